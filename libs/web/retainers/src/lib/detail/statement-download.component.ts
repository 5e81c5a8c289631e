import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ApiService, RetainerStatementCsvDocument, formMessage } from '@vigil/web/data-access';
import { dayNumber } from '../shared/format';
import { fileSafe, saveFile } from '@vigil/web/ui';

/** A file name from the reference: letters, digits, dots, dashes and underscores only. */
export function statementFileName(reference: string, from: string, to: string): string {
  return `statement-${fileSafe(reference, 'retainer')}-${from}-${to}.csv`;
}

/** The ledger between two of the client's calendar days as a CSV file, for finance. */
@Component({
  selector: 'vigil-statement-download',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    <form class="statement" [formGroup]="form" (ngSubmit)="download()" novalidate>
      <mat-form-field appearance="outline">
        <mat-label>From</mat-label>
        <input matInput type="date" formControlName="from" required data-testid="statement-from" />
        <mat-error>Enter the first day.</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>To</mat-label>
        <input matInput type="date" formControlName="to" required data-testid="statement-to" />
        <mat-error>Enter the last day.</mat-error>
      </mat-form-field>
      <button mat-stroked-button type="submit" [disabled]="busy()" data-testid="statement-download">
        {{ busy() ? 'Preparing…' : 'Download CSV' }}
      </button>
    </form>
    <p class="hint">Days in {{ timeZone() }}, the client’s time zone; both days included.</p>
    <p role="status" [class.form-error]="failed()">{{ message() }}</p>
  `,
  styles: `
    .statement {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      align-items: baseline;
    }
    .hint {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatementDownloadComponent {
  private readonly api = inject(ApiService);
  readonly retainerId = input.required<string>();
  readonly reference = input.required<string>();
  readonly termStart = input.required<string>();
  readonly termEnd = input.required<string>();
  /** The client's time zone, in which the days are counted. */
  readonly timeZone = input.required<string>();

  protected readonly form = inject(FormBuilder).nonNullable.group({
    from: ['', Validators.required],
    to: ['', Validators.required],
  });
  protected readonly busy = signal(false);
  protected readonly message = signal('');
  protected readonly failed = signal(false);

  constructor() {
    effect(() => this.form.setValue({ from: this.termStart(), to: this.termEnd() }));
  }

  async download(): Promise<void> {
    this.form.markAllAsTouched();
    const { from, to } = this.form.getRawValue();
    if (this.form.invalid || this.busy()) return;
    if (dayNumber(to) < dayNumber(from)) {
      this.fail('The last day cannot be before the first.');
      return;
    }
    this.busy.set(true);
    this.message.set('');
    try {
      const data = await this.api.query(RetainerStatementCsvDocument, {
        retainerId: this.retainerId(),
        from,
        to,
      });
      const name = statementFileName(this.reference(), from, to);
      saveFile(data.retainerStatement, name, 'text/csv;charset=utf-8');
      const lines = Math.max(0, data.retainerStatement.trim().split(/\r?\n/).length - 1);
      this.failed.set(false);
      this.message.set(`Downloaded ${name} (${lines} ${lines === 1 ? 'entry' : 'entries'}).`);
    } catch (e) {
      this.fail(formMessage(e));
    } finally {
      this.busy.set(false);
    }
  }

  private fail(message: string): void {
    this.failed.set(true);
    this.message.set(message);
  }
}
