import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { PROVIDER_ROLES, Role } from '@vigil/shared/domain';
import { ApiError, ApiService, ChangeUserRoleDocument, fieldMessage } from '@vigil/web/data-access';
import { capitalise } from '../shared/confirm.dialog';
import { roleLabel } from '../shared/format';

export interface ChangeRoleData {
  userId: string;
  name: string;
  role: string;
}

const ROLE_NOTES: Partial<Record<Role, string>> = {
  [Role.PROVIDER_ADMIN]:
    'Sees and manages every client organisation, the people and the audit log.',
  [Role.ACCOUNT_MANAGER]: 'Sees the client organisations they are assigned to.',
  [Role.CONSULTANT]: 'Works incidents for the client organisations they are assigned to.',
};

/** Changes a provider person's role. */
@Component({
  selector: 'vigil-change-role-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
  ],
  template: `
    <h2 mat-dialog-title>Change the role of {{ data.name }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <mat-form-field appearance="outline" class="full">
          <mat-label>Role</mat-label>
          <mat-select formControlName="role" data-testid="role-select">
            @for (r of roles; track r) {
              <mat-option [value]="r">{{ label(r) }}</mat-option>
            }
          </mat-select>
          <mat-hint>{{ note(role.value) }}</mat-hint>
        </mat-form-field>
        @if (error()) {
          <p class="form-error" role="alert">{{ error() }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button
          mat-flat-button
          type="submit"
          [disabled]="busy() || role.value === data.role"
          data-testid="save-role"
        >
          {{ busy() ? 'Saving…' : 'Change role' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .full {
      width: 100%;
      margin-bottom: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangeRoleDialog {
  protected readonly data = inject<ChangeRoleData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ChangeRoleDialog, string>>(MatDialogRef);
  private readonly api = inject(ApiService);
  protected readonly roles = PROVIDER_ROLES;
  protected readonly label = roleLabel;
  protected readonly role = new FormControl(this.data.role as Role, {
    nonNullable: true,
    validators: Validators.required,
  });
  protected readonly form = new FormGroup({ role: this.role });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected note(role: Role): string {
    return ROLE_NOTES[role] ?? '';
  }

  async save(): Promise<void> {
    if (this.busy() || this.role.value === this.data.role) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const result = await this.api.mutate(ChangeUserRoleDocument, {
        input: { userId: this.data.userId, role: this.role.value },
      });
      this.ref.close(result.changeUserRole.role);
    } catch (e) {
      this.error.set(e instanceof ApiError ? capitalise(fieldMessage(e)) : 'Something went wrong.');
    } finally {
      this.busy.set(false);
    }
  }
}
