import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { Clipboard } from '@angular/cdk/clipboard';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  ApiError,
  ApiService,
  FieldMap,
  formMessage,
  InviteUserDocument,
  InviteUserMutation,
  showServerError,
  type Role,
} from '@vigil/web/data-access';
import { ZonedDatePipe } from '@vigil/web/ui';

export interface InviteDialogData {
  organizationId: string;
  /** The inviter's time zone, for the expiry date. */
  timeZone: string;
}

const FIELDS: FieldMap = {
  'input.email': { control: 'email', label: 'Email' },
  'input.role': { control: 'role', label: 'Role' },
};

/** Invite a colleague by email; shows the single-use link to pass on (e-mail delivery comes later). */
@Component({
  selector: 'vigil-invite-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ZonedDatePipe,
  ],
  templateUrl: './invite.dialog.html',
  styles: [
    `
      form,
      .created {
        display: flex;
        flex-direction: column;
        gap: 0.75rem;
        min-width: min(26rem, 80vw);
        padding-top: 0.5rem;
      }
      .link-label {
        margin: 0;
        font-weight: 600;
      }
      .link {
        display: block;
        padding: 0.75rem;
        border-radius: 0.5rem;
        background: var(--mat-sys-surface-container-high);
        overflow-wrap: anywhere;
        user-select: all;
      }
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InviteDialog {
  private readonly api = inject(ApiService);
  private readonly clipboard = inject(Clipboard);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly ref = inject<MatDialogRef<InviteDialog, boolean>>(MatDialogRef);
  protected readonly data = inject<InviteDialogData>(MAT_DIALOG_DATA);
  protected readonly roles: { value: Role; label: string; hint: string }[] = [
    { value: 'CLIENT_VIEWER', label: 'Client viewer', hint: 'sees everything, changes nothing' },
    { value: 'CLIENT_ADMIN', label: 'Client admin', hint: 'also invites and manages people' },
  ];
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly copied = signal('');
  protected readonly created = signal<InviteUserMutation['inviteUser'] | null>(null);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    role: ['CLIENT_VIEWER' as Role, Validators.required],
  });

  async submit(): Promise<void> {
    this.error.set(null);
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      this.focus('input.ng-invalid, mat-select.ng-invalid');
      return;
    }
    this.busy.set(true);
    try {
      const { email, role } = this.form.getRawValue();
      const data = await this.api.mutate(InviteUserDocument, {
        input: { organizationId: this.data.organizationId, email: email.trim(), role },
      });
      this.created.set(data.inviteUser);
      this.focus('[data-testid="invite-copy"]');
    } catch (e) {
      if (e instanceof ApiError && showServerError(this.form, e, FIELDS))
        this.focus('input.ng-invalid, mat-select.ng-invalid');
      else this.error.set(formMessage(e));
    } finally {
      this.busy.set(false);
    }
  }

  protected copy(link: string): void {
    this.copied.set(
      this.clipboard.copy(link)
        ? 'Link copied. Paste it into a message to your colleague.'
        : 'The link could not be copied. Select it and copy it yourself.',
    );
  }

  protected close(): void {
    this.ref.close(this.created() !== null);
  }

  private focus(selector: string): void {
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus());
  }
}
