import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  effect,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { Clipboard } from '@angular/cdk/clipboard';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Role, rolesInvitableBy } from '@vigil/shared/domain';
import { ApiService, InviteUserDocument, InviteUserMutation } from '@vigil/web/data-access';
import { ZonedDatePipe } from '@vigil/web/ui';
import { applyApiError } from '../shared/form-errors';
import { roleLabel } from '../shared/format';

export interface InviteDialogData {
  organizationId: string;
  organizationName: string;
  timeZone: string;
}

type Invitation = InviteUserMutation['inviteUser'];

/** Invite someone to the provider organisation; the link is shown here until e-mail exists. */
@Component({
  selector: 'vigil-invite-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ZonedDatePipe,
  ],
  template: `
    <h2 mat-dialog-title>Invite to {{ data.organizationName }}</h2>
    @if (created(); as result) {
      <mat-dialog-content>
        <p role="status">
          Invitation created for <strong>{{ result.invitation.email }}</strong> as
          {{ roleLabel(result.invitation.role) }}. Send them this link; it works once and expires
          {{ result.invitation.expiresAt | zonedDate: data.timeZone }}.
        </p>
        <mat-form-field appearance="outline" class="full">
          <mat-label>Invitation link</mat-label>
          <input
            matInput
            readonly
            #link
            [value]="result.link"
            (focus)="$any($event.target).select()"
            data-testid="invitation-link"
          />
        </mat-form-field>
        <p class="copied" aria-live="polite">{{ copied() ? 'Link copied.' : '' }}</p>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-stroked-button type="button" (click)="copy(result.link)">Copy link</button>
        <button mat-flat-button type="button" [mat-dialog-close]="true">Done</button>
      </mat-dialog-actions>
    } @else {
      <form [formGroup]="form" (ngSubmit)="invite()" novalidate>
        <mat-dialog-content>
          <mat-form-field appearance="outline" class="full">
            <mat-label>Email</mat-label>
            <input
              matInput
              type="email"
              formControlName="email"
              required
              autocomplete="off"
              data-testid="invite-email"
            />
            @if (form.controls.email.hasError('required')) {
              <mat-error>Enter their email address.</mat-error>
            } @else if (form.controls.email.hasError('email')) {
              <mat-error>That is not an email address.</mat-error>
            } @else if (form.controls.email.hasError('server')) {
              <mat-error>{{ form.controls.email.getError('server') }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline" class="full">
            <mat-label>Role</mat-label>
            <mat-select formControlName="role" required data-testid="invite-role">
              @for (role of roles; track role) {
                <mat-option [value]="role">{{ roleLabel(role) }}</mat-option>
              }
            </mat-select>
            @if (form.controls.role.hasError('server')) {
              <mat-error>{{ form.controls.role.getError('server') }}</mat-error>
            }
          </mat-form-field>
          @if (error()) {
            <p class="form-error" role="alert">{{ error() }}</p>
          }
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" mat-dialog-close>Cancel</button>
          <button mat-flat-button type="submit" [disabled]="busy()" data-testid="send-invite">
            {{ busy() ? 'Inviting…' : 'Invite' }}
          </button>
        </mat-dialog-actions>
      </form>
    }
  `,
  styles: `
    .full {
      width: 100%;
    }
    .copied {
      min-height: 1.25rem;
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InviteDialog {
  protected readonly data = inject<InviteDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(ApiService);
  private readonly clipboard = inject(Clipboard);
  protected readonly roles = rolesInvitableBy(Role.PROVIDER_ADMIN, true);
  protected readonly roleLabel = roleLabel;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly created = signal<Invitation | null>(null);
  protected readonly copied = signal(false);
  private readonly link = viewChild<ElementRef<HTMLInputElement>>('link');
  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    role: [Role.CONSULTANT, Validators.required],
  });

  constructor() {
    // The form is gone once the invitation exists: keep focus in the dialog, on the link.
    effect(() => this.link()?.nativeElement.focus());
  }

  async invite(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const { email, role } = this.form.getRawValue();
      const result = await this.api.mutate(InviteUserDocument, {
        input: { email: email.trim(), role, organizationId: this.data.organizationId },
      });
      this.created.set(result.inviteUser);
    } catch (e) {
      this.error.set(applyApiError(this.form, e));
    } finally {
      this.busy.set(false);
    }
  }

  copy(link: string): void {
    this.copied.set(this.clipboard.copy(link));
  }
}
