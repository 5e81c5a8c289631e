import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import {
  ActivateRetainerDocument,
  ApiService,
  RetainerDetailFieldsFragment,
  formMessage,
} from '@vigil/web/data-access';
import { formatDay, formatHours } from '../shared/format';

/** Draft → active: the purchased hours go on the ledger. Errors stay in the dialog. */
@Component({
  selector: 'vigil-activate-dialog',
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title>Activate {{ retainer.reference }}?</h2>
    <mat-dialog-content>
      <p>
        {{ hours(retainer.minutesPurchased) }} go on the ledger now, for the term
        {{ day(retainer.termStart) }} to {{ day(retainer.termEnd) }}. Consultants can then log time
        against it. A client has at most one active retainer.
      </p>
      @if (error()) {
        <p class="form-error" role="alert" data-testid="dialog-error">{{ error() }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close [disabled]="busy()">Cancel</button>
      <button
        mat-flat-button
        type="button"
        data-testid="confirm-activate"
        [disabled]="busy()"
        (click)="activate()"
      >
        {{ busy() ? 'Activating…' : 'Activate' }}
      </button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActivateDialog {
  private readonly api = inject(ApiService);
  private readonly ref =
    inject<MatDialogRef<ActivateDialog, RetainerDetailFieldsFragment>>(MatDialogRef);
  protected readonly retainer = inject<RetainerDetailFieldsFragment>(MAT_DIALOG_DATA);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly hours = formatHours;
  protected readonly day = formatDay;

  async activate(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    this.ref.disableClose = true;
    try {
      const data = await this.api.mutate(ActivateRetainerDocument, { id: this.retainer.id });
      this.ref.close(data.activateRetainer);
    } catch (e) {
      this.error.set(formMessage(e));
    } finally {
      this.busy.set(false);
      this.ref.disableClose = false;
    }
  }
}
