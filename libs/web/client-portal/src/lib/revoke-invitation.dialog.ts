import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';

export interface RevokeInvitationData {
  email: string;
}

/** Asks before an invitation link stops working; closes with true to go ahead. */
@Component({
  selector: 'vigil-revoke-invitation-dialog',
  imports: [MatDialogModule, MatButtonModule],
  template: `
    <h2 mat-dialog-title>Revoke this invitation?</h2>
    <mat-dialog-content>
      <p>
        The link sent to <strong>{{ data.email }}</strong> will stop working. You can invite them
        again later.
      </p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">Keep it</button>
      <button
        mat-flat-button
        type="button"
        [mat-dialog-close]="true"
        data-testid="revoke-confirm"
        cdkFocusInitial
      >
        Revoke invitation
      </button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RevokeInvitationDialog {
  protected readonly data = inject<RevokeInvitationData>(MAT_DIALOG_DATA);
}
