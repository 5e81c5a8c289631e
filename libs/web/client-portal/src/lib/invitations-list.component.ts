import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  inject,
  input,
  resource,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { DEFAULT_PAGE_SIZE } from '@vigil/shared/domain';
import {
  ApiService,
  formMessage,
  InvitationsDocument,
  RevokeInvitationDocument,
  type InvitationStatus,
} from '@vigil/web/data-access';
import { PageStateComponent, ZonedDatePipe } from '@vigil/web/ui';
import { firstValueFrom } from 'rxjs';
import { InviteDialog, InviteDialogData } from './invite.dialog';
import { INVITATION_STATUS_LABELS, ROLE_LABELS, label } from './labels';
import { RevokeInvitationData, RevokeInvitationDialog } from './revoke-invitation.dialog';

type StatusFilter = InvitationStatus | 'ALL';

/** Invitations of the organisation (client admins only): filter by status, revoke, invite. */
@Component({
  selector: 'vigil-invitations-list',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    MatTableModule,
    PageStateComponent,
    ZonedDatePipe,
  ],
  templateUrl: './invitations-list.component.html',
  styles: [
    `
      h2 {
        font: var(--mat-sys-title-large);
        margin: 0;
      }
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvitationsListComponent {
  private readonly api = inject(ApiService);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);

  readonly organizationId = input.required<string>();
  readonly timeZone = input('UTC');

  protected readonly statuses: { value: StatusFilter; label: string }[] = [
    { value: 'PENDING', label: 'Pending' },
    { value: 'ACCEPTED', label: 'Accepted' },
    { value: 'REVOKED', label: 'Revoked' },
    { value: 'EXPIRED', label: 'Expired' },
    { value: 'ALL', label: 'All invitations' },
  ];
  protected readonly columns = ['email', 'role', 'status', 'createdAt', 'expiresAt', 'actions'];
  protected readonly status = signal<StatusFilter>('PENDING');
  /** The `after` cursors that led to the current page; empty on page 1. */
  protected readonly cursors = signal<string[]>([]);
  protected readonly message = signal('');
  protected readonly actionError = signal<string | null>(null);
  protected readonly revoking = signal<string | null>(null);

  protected readonly invitations = resource({
    params: () => ({
      organizationId: this.organizationId(),
      status: this.status() === 'ALL' ? null : (this.status() as InvitationStatus),
      first: DEFAULT_PAGE_SIZE,
      after: this.cursors().at(-1) ?? null,
    }),
    loader: ({ params }) => this.api.query(InvitationsDocument, params),
  });

  protected readonly rows = computed(() =>
    this.invitations.hasValue()
      ? this.invitations.value().invitations.edges.map((e) => e.node)
      : [],
  );
  protected readonly hasNext = computed(
    () => this.invitations.hasValue() && this.invitations.value().invitations.pageInfo.hasNextPage,
  );
  protected readonly total = computed(() =>
    this.invitations.hasValue() ? this.invitations.value().invitations.totalCount : 0,
  );
  protected readonly loadError = computed(() =>
    this.invitations.error() ? formMessage(this.invitations.error()) : null,
  );
  protected readonly emptyMessage = computed(() =>
    this.status() === 'ALL'
      ? 'No one has been invited yet.'
      : `No ${label(INVITATION_STATUS_LABELS, this.status()).toLowerCase()} invitations.`,
  );

  protected roleLabel(role: string): string {
    return label(ROLE_LABELS, role);
  }

  protected statusLabel(status: string): string {
    return label(INVITATION_STATUS_LABELS, status);
  }

  /** Past its time but not yet marked by the worker: it no longer works, so say so. */
  protected isLapsed(invitation: { status: string; expiresAt: string }): boolean {
    return invitation.status === 'PENDING' && Date.parse(invitation.expiresAt) <= Date.now();
  }

  protected filter(status: StatusFilter): void {
    this.status.set(status);
    this.cursors.set([]);
    this.message.set('');
    this.actionError.set(null);
  }

  protected next(): void {
    const end = this.invitations.hasValue()
      ? this.invitations.value().invitations.pageInfo.endCursor
      : null;
    if (end) this.cursors.update((c) => [...c, end]);
  }

  protected previous(): void {
    this.cursors.update((c) => c.slice(0, -1));
  }

  protected async invite(): Promise<void> {
    const ref = this.dialog.open<InviteDialog, InviteDialogData, boolean>(InviteDialog, {
      data: { organizationId: this.organizationId(), timeZone: this.timeZone() },
      injector: this.injector,
      autoFocus: 'first-tabbable',
      width: '32rem',
      maxWidth: '95vw',
    });
    await firstValueFrom(ref.afterClosed());
    // Escape also closes the dialog after an invitation was made: always show the latest list.
    this.message.set('');
    this.cursors.set([]);
    this.invitations.reload();
  }

  protected async revoke(invitation: { id: string; email: string }): Promise<void> {
    const ref = this.dialog.open<RevokeInvitationDialog, RevokeInvitationData, boolean>(
      RevokeInvitationDialog,
      { data: { email: invitation.email }, injector: this.injector },
    );
    if (!(await firstValueFrom(ref.afterClosed()))) return;
    this.message.set('');
    this.actionError.set(null);
    this.revoking.set(invitation.id);
    try {
      await this.api.mutate(RevokeInvitationDocument, { id: invitation.id });
      this.message.set(`The invitation for ${invitation.email} was revoked.`);
      this.invitations.reload();
    } catch (e) {
      this.actionError.set(formMessage(e));
      this.invitations.reload();
    } finally {
      this.revoking.set(null);
    }
  }
}
