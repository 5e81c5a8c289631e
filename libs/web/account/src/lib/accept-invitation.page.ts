import { ChangeDetectionStrategy, Component, computed, input, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { ApiError, InvitationPreviewDocument, postGraphql } from '@vigil/web/data-access';
import { ZonedDatePipe } from '@vigil/web/ui';
import { AcceptInvitationFormComponent } from './accept-invitation-form.component';
import { roleLabel } from '@vigil/shared/domain';
import { browserTimeZone } from './time-zones';

type State =
  'missing' | 'loading' | 'unknown' | 'failed' | 'accepted' | 'revoked' | 'expired' | 'pending';

/**
 * Where an invitation link lands: who invited you to what, then name, password and time zone.
 * Public, so it talks to the API with a plain fetch and never loads Apollo.
 */
@Component({
  selector: 'vigil-accept-invitation',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatProgressSpinnerModule,
    ZonedDatePipe,
    AcceptInvitationFormComponent,
  ],
  template: `
    <main id="main">
      <div class="page center">
        <mat-card appearance="outlined">
          <mat-card-header>
            <mat-card-title><h1>Accept your invitation</h1></mat-card-title>
          </mat-card-header>
          <mat-card-content>
            @switch (state()) {
              @case ('missing') {
                <p role="alert" data-testid="accept-state">
                  This link has no invitation token. Open the link from your invitation again,
                  exactly as you received it, or ask the person who invited you for a new
                  invitation.
                </p>
              }
              @case ('loading') {
                <div class="loading" role="status">
                  <mat-spinner diameter="32" aria-label="Loading" />
                  <span>Checking your invitation…</span>
                </div>
              }
              @case ('unknown') {
                <p role="alert" data-testid="accept-state">
                  This invitation link is not valid. It may be incomplete, or it may have been
                  replaced by a newer invitation. Ask the person who invited you for a new one.
                </p>
              }
              @case ('failed') {
                <div role="alert" data-testid="accept-state">
                  <p class="form-error">{{ loadError() }}</p>
                  <button mat-stroked-button type="button" (click)="preview.reload()">
                    Try again
                  </button>
                </div>
              }
              @case ('accepted') {
                <p role="alert" data-testid="accept-state">
                  This invitation was already accepted, so the link no longer works. If it was you,
                  <a routerLink="/sign-in">sign in</a> with the password you chose. Otherwise ask
                  the person who invited you for a new invitation.
                </p>
              }
              @case ('revoked') {
                <p role="alert" data-testid="accept-state">
                  This invitation was withdrawn, so the link no longer works. If you should still
                  have access, ask the person who invited you for a new invitation.
                </p>
              }
              @case ('expired') {
                <p role="alert" data-testid="accept-state">
                  This invitation expired {{ invitation()?.expiresAt | zonedDate: zone }}.
                  Invitations work for a limited time; ask the person who invited you to send a new
                  one.
                </p>
              }
              @case ('pending') {
                @if (invitation(); as inv) {
                  <p class="invited" data-testid="accept-invited">
                    You are invited to <strong>{{ inv.organizationName }}</strong> as
                    <strong>{{ role(inv.role) }}</strong> ({{ inv.email }}).
                  </p>
                  <p class="expires">
                    The invitation works until {{ inv.expiresAt | zonedDate: zone }}. Choose your
                    name and password to create your account.
                  </p>
                  <vigil-accept-invitation-form
                    [token]="token() ?? ''"
                    (stale)="preview.reload()"
                  />
                }
              }
            }
          </mat-card-content>
        </mat-card>
      </div>
    </main>
  `,
  styles: [
    `
      .center {
        display: grid;
        place-items: center;
        min-height: 100vh;
        box-sizing: border-box;
      }
      mat-card {
        width: min(30rem, 100%);
      }
      h1 {
        font: var(--mat-sys-headline-small);
        margin: 0;
      }
      .loading {
        display: flex;
        align-items: center;
        gap: 0.75rem;
        padding: 1rem 0;
      }
      .invited {
        font: var(--mat-sys-body-large);
      }
      .expires {
        color: var(--mat-sys-on-surface-variant);
      }
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AcceptInvitationPage {
  /** From the query string: ?token=… */
  readonly token = input<string>();
  protected readonly zone = browserTimeZone();

  protected readonly preview = resource({
    params: () => this.token()?.trim() || undefined,
    loader: ({ params, abortSignal }) =>
      postGraphql(InvitationPreviewDocument, { token: params }, { signal: abortSignal }),
  });

  protected readonly invitation = computed(() =>
    this.preview.hasValue() ? this.preview.value().invitationPreview : null,
  );

  protected readonly loadError = computed(() => {
    const error = this.preview.error();
    return error instanceof ApiError
      ? error.message
      : 'Your invitation could not be checked. Try again.';
  });

  protected readonly state = computed<State>(() => {
    if (!this.token()?.trim()) return 'missing';
    const invitation = this.invitation();
    if (invitation) {
      if (invitation.status === 'ACCEPTED') return 'accepted';
      if (invitation.status === 'REVOKED') return 'revoked';
      if (invitation.status === 'EXPIRED' || Date.parse(invitation.expiresAt) <= Date.now())
        return 'expired';
      return 'pending';
    }
    if (this.preview.isLoading()) return 'loading';
    const error = this.preview.error();
    if (
      error instanceof ApiError &&
      (error.code === 'NOT_FOUND' || error.code === 'BAD_USER_INPUT')
    )
      return 'unknown';
    return error ? 'failed' : 'loading';
  });

  protected role(role: string): string {
    return roleLabel(role);
  }
}
