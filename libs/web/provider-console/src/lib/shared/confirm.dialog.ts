import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ApiError, fieldMessage } from '@vigil/web/data-access';

export interface ConfirmData {
  title: string;
  message: string;
  confirmLabel: string;
  /** Shows an optional free-text reason, passed to `run`. */
  reasonLabel?: string;
  /** Does the work; the dialog stays open with the error when it throws. */
  run: (reason: string | null) => Promise<void>;
}

/** "Are you sure?" for a consequential action, which runs here so its errors show here. */
@Component({
  selector: 'vigil-confirm-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
  ],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p>{{ data.message }}</p>
      @if (data.reasonLabel) {
        <mat-form-field appearance="outline" class="full">
          <mat-label>{{ data.reasonLabel }}</mat-label>
          <textarea matInput [formControl]="reason" rows="3" maxlength="500"></textarea>
          <mat-hint align="end">{{ reason.value.length }} / 500</mat-hint>
        </mat-form-field>
      }
      @if (error()) {
        <p class="form-error" role="alert">{{ error() }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close [disabled]="busy()">Cancel</button>
      <button
        mat-flat-button
        type="button"
        data-testid="confirm"
        [disabled]="busy()"
        (click)="confirm()"
      >
        {{ busy() ? 'Working…' : data.confirmLabel }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .full {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ConfirmDialog, boolean>>(MatDialogRef);
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: Validators.maxLength(500),
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  async confirm(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    this.ref.disableClose = true;
    try {
      await this.data.run(this.reason.value.trim() || null);
      this.ref.close(true);
    } catch (e) {
      this.error.set(e instanceof ApiError ? capitalise(fieldMessage(e)) : 'Something went wrong.');
    } finally {
      this.busy.set(false);
      this.ref.disableClose = false;
    }
  }
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
