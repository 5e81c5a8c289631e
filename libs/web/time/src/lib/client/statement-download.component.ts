import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import {
  AbstractControl,
  FormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  ApiError,
  ApiService,
  ClientRetainerFieldsFragment,
  ClientRetainerStatementDocument,
  FieldMap,
  focusFirstInvalid,
  formMessage,
  showServerError,
} from '@vigil/web/data-access';
import { isIsoDay } from '../shared/dates';

const FIELDS: FieldMap = {
  from: { control: 'from', label: 'From' },
  to: { control: 'to', label: 'To' },
};

/** "To" must not come before "From". */
function ordered(group: AbstractControl): ValidationErrors | null {
  const from = group.get('from')?.value as string;
  const to = group.get('to')?.value as string;
  return isIsoDay(from) && isIsoDay(to) && to < from ? { order: true } : null;
}

/** A file name that any system accepts: "retainer-ACME-2026-2026-01-01-2026-03-31.csv". */
export function statementFileName(reference: string, from: string, to: string): string {
  const safe = reference
    .trim()
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `retainer-${safe || 'statement'}-${from}-${to}.csv`;
}

/** The ledger as a CSV file for a chosen period (days in the organisation's calendar). */
@Component({
  selector: 'vigil-statement-download',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  templateUrl: './statement-download.component.html',
  styleUrl: './statement-download.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatementDownloadComponent {
  private readonly api = inject(ApiService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly retainer = input.required<ClientRetainerFieldsFragment>();
  /** Today in the organisation's time zone. */
  readonly today = input.required<string>();

  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  /** The last file made, kept as a link to download again. */
  protected readonly file = signal<{ url: string; name: string } | null>(null);

  protected readonly form = inject(FormBuilder).nonNullable.group(
    { from: ['', Validators.required], to: ['', Validators.required] },
    { validators: ordered },
  );

  constructor() {
    // The whole term so far, by default.
    effect(() => {
      const r = this.retainer();
      const today = this.today();
      untracked(() => {
        const to = r.termEnd < today ? r.termEnd : today;
        this.form.reset({ from: r.termStart, to: to < r.termStart ? r.termStart : to });
        this.forget();
      });
    });
    inject(DestroyRef).onDestroy(() => this.forget());
  }

  protected async download(): Promise<void> {
    this.form.markAllAsTouched();
    this.error.set(null);
    if (this.form.invalid || this.busy()) {
      if (this.form.hasError('order')) this.error.set('“To” must be on or after “From”.');
      focusFirstInvalid(this.host);
      return;
    }
    const { from, to } = this.form.getRawValue();
    const r = this.retainer();
    this.busy.set(true);
    try {
      const data = await this.api.query(ClientRetainerStatementDocument, {
        retainerId: r.id,
        from,
        to,
      });
      this.forget();
      const blob = new Blob([data.retainerStatement], { type: 'text/csv;charset=utf-8' });
      const file = {
        url: URL.createObjectURL(blob),
        name: statementFileName(r.reference, from, to),
      };
      this.file.set(file);
      this.save(file);
    } catch (e) {
      if (!(e instanceof ApiError) || !showServerError(this.form, e, FIELDS)) {
        this.error.set(formMessage(e));
      }
    } finally {
      this.busy.set(false);
    }
  }

  /** Starts the browser's download; the visible link stays for another try. */
  private save(file: { url: string; name: string }): void {
    const a = document.createElement('a');
    a.href = file.url;
    a.download = file.name;
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
  }

  private forget(): void {
    const file = this.file();
    if (file) URL.revokeObjectURL(file.url);
    this.file.set(null);
  }
}
