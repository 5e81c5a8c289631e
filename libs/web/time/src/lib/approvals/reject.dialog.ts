import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { formatHours } from '@vigil/shared/domain';
import {
  ApiService,
  TimeEntryItemFragment,
  TimeRejectEntryDocument,
  formMessage,
} from '@vigil/web/data-access';
import { longDay } from '../shared/dates';

export interface RejectData {
  entry: TimeEntryItemFragment;
  who: string;
  retainer: string;
}

/** Sends a submitted entry back to its author with a reason they will read. */
@Component({
  selector: 'vigil-reject-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
  ],
  template: `
    <h2 mat-dialog-title>Reject time entry</h2>
    <form [formGroup]="form" (ngSubmit)="reject()" novalidate>
      <mat-dialog-content>
        <dl class="entry">
          <dt>Who</dt>
          <dd>{{ data.who }}</dd>
          <dt>Retainer</dt>
          <dd>{{ data.retainer }}</dd>
          <dt>When</dt>
          <dd>{{ day }}, {{ hours }}</dd>
          <dt>Description</dt>
          <dd class="text">{{ data.entry.description }}</dd>
        </dl>
        <mat-form-field appearance="outline" class="full">
          <mat-label>Reason</mat-label>
          <textarea
            #reasonField
            matInput
            [formControl]="reason"
            rows="3"
            maxlength="500"
            required
            cdkFocusInitial
            data-testid="reject-reason"
          ></textarea>
          <mat-hint>{{ data.who }} sees this and can correct the entry.</mat-hint>
          <mat-hint align="end">{{ reason.value.length }} / 500</mat-hint>
          @if (reason.hasError('required') || reason.hasError('pattern')) {
            <mat-error>Say why, so the entry can be corrected.</mat-error>
          }
        </mat-form-field>
        @if (error()) {
          <p class="form-error" role="alert">{{ error() }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="busy()">Cancel</button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="confirm-reject">
          {{ busy() ? 'Rejecting…' : 'Reject entry' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .full {
      width: 100%;
      margin-top: 0.5rem;
    }
    .entry {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 1rem;
      margin: 0 0 0.5rem;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
    }
    .text {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RejectDialog {
  private readonly api = inject(ApiService);
  private readonly ref = inject<MatDialogRef<RejectDialog, boolean>>(MatDialogRef);
  protected readonly data = inject<RejectData>(MAT_DIALOG_DATA);
  protected readonly day = longDay(this.data.entry.workDate);
  protected readonly hours = formatHours(this.data.entry.minutes);
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(500), Validators.pattern(/\S/)],
  });
  private readonly reasonField = viewChild<ElementRef<HTMLTextAreaElement>>('reasonField');
  protected readonly form = new FormGroup({ reason: this.reason });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async reject(): Promise<void> {
    this.reason.markAsTouched();
    if (this.reason.invalid) this.reasonField()?.nativeElement.focus();
    if (this.reason.invalid || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.ref.disableClose = true;
    try {
      await this.api.mutate(TimeRejectEntryDocument, {
        input: { id: this.data.entry.id, reason: this.reason.value.trim() },
      });
      this.ref.close(true);
    } catch (e) {
      this.error.set(formMessage(e));
    } finally {
      this.busy.set(false);
      this.ref.disableClose = false;
    }
  }
}
