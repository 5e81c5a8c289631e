import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  inject,
  signal,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  ApiError,
  ApiService,
  AssignUserToOrganizationDocument,
  AuthService,
  DeactivateUserDocument,
  PeopleDocument,
  remote,
  UnassignUserFromOrganizationDocument,
} from '@vigil/web/data-access';
import {
  connectionPage,
  countOf,
  currentAfter,
  PagerComponent,
  PageStateComponent,
  UrlState,
  urlTextControl,
} from '@vigil/web/ui';
import { ConfirmData, ConfirmDialog } from '../shared/confirm.dialog';
import { roleLabel } from '../shared/format';
import { AssignDialog, AssignDialogData } from './assign.dialog';
import { ChangeRoleData, ChangeRoleDialog } from './change-role.dialog';
import { InviteDialog, InviteDialogData } from './invite.dialog';
import { PeopleTableComponent, Person } from './people-table.component';

const PAGE_SIZE = 20;

/** The provider's own staff: invite, change roles, assign to clients, deactivate. */
@Component({
  selector: 'vigil-people-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    PageStateComponent,
    PagerComponent,
    PeopleTableComponent,
  ],
  template: `
    <div class="page">
      <div class="page-header">
        <h1>People</h1>
        <button mat-flat-button type="button" data-testid="invite" (click)="invite()">
          Invite
        </button>
      </div>
      <p class="lead">Staff of {{ me()?.organization?.name }}.</p>

      <div class="filters" role="search" aria-label="Filter people">
        <mat-form-field appearance="outline" class="search">
          <mat-label>Search</mat-label>
          <input matInput type="search" [formControl]="search" data-testid="people-search" />
          <mat-hint>Name or email</mat-hint>
        </mat-form-field>
      </div>

      <p class="count" role="status" data-testid="people-total">{{ total() }}</p>

      <vigil-page-state
        [loading]="list.loading() && !list.value()"
        [error]="list.error()"
        [empty]="!list.error() && !!list.value() && page.rows().length === 0"
        [emptyMessage]="emptyMessage()"
        (retry)="list.reload()"
      />

      @if (!list.error() && page.rows().length) {
        <vigil-people-table
          [rows]="page.rows()"
          [timeZone]="tz()"
          [meId]="me()?.id ?? null"
          [pending]="unassigning()"
          [busy]="list.loading()"
          (changeRole)="changeRole($event)"
          (assign)="assign($event)"
          (deactivate)="deactivate($event)"
          (unassign)="unassign($event.person, $event.org)"
        />
        <vigil-pager
          label="Pages of people"
          [summary]="page.range()"
          [hasPrevious]="page.hasPrevious()"
          [hasNext]="page.hasNext()"
          [busy]="list.loading()"
          (previous)="page.previous()"
          (next)="page.next()"
        />
      }
    </div>
  `,
  styleUrl: '../shared/list-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeoplePage {
  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);
  protected readonly url = new UrlState();
  protected readonly search = urlTextControl(this.url, 'q');
  protected readonly me = computed(() => this.auth.user());
  protected readonly tz = computed(() => this.me()?.timeZone ?? 'UTC');
  /** The chip whose removal is in flight, as "userId/organizationId". */
  protected readonly unassigning = signal<string | null>(null);

  private readonly params = computed(
    () => {
      const organizationId = this.me()?.organizationId;
      return organizationId
        ? {
            organizationId,
            search: this.url.get('q').trim(),
            after: currentAfter(this.url.position()),
          }
        : null;
    },
    { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
  );
  protected readonly list = remote(this.params, (p) =>
    this.api.query(PeopleDocument, {
      filter: { organizationId: p.organizationId, search: p.search || null },
      first: PAGE_SIZE,
      after: p.after,
    }),
  );
  protected readonly page = connectionPage({
    url: this.url,
    pageSize: PAGE_SIZE,
    connection: () => this.list.value()?.users,
    cursorRejected: () => this.list.apiError()?.field === 'after',
  });
  protected readonly total = computed(() => {
    const count = this.page.totalCount();
    return count === null ? '' : countOf(count, 'person', 'people');
  });
  protected readonly emptyMessage = computed(() => {
    const search = this.url.get('q').trim();
    return search ? `No people match “${search}”.` : 'No people yet.';
  });

  protected invite(): void {
    const me = this.me();
    if (!me) return;
    const data: InviteDialogData = {
      organizationId: me.organizationId,
      organizationName: me.organization.name,
      timeZone: this.tz(),
    };
    this.dialog.open(InviteDialog, { data, ...this.dialogOptions('34rem') });
  }

  protected changeRole(person: Person): void {
    const data: ChangeRoleData = { userId: person.id, name: person.name, role: person.role };
    this.dialog
      .open<ChangeRoleDialog, ChangeRoleData, string>(ChangeRoleDialog, {
        data,
        ...this.dialogOptions('30rem'),
      })
      .afterClosed()
      .subscribe((role) => {
        if (!role) return;
        this.notify(`${person.name} is now ${roleLabel(role).toLowerCase()}.`);
        this.list.reload();
      });
  }

  protected assign(person: Person): void {
    const data: AssignDialogData = {
      userId: person.id,
      name: person.name,
      assignedIds: person.assignedOrganizations.map((o) => o.id),
    };
    this.dialog
      .open(AssignDialog, { data, ...this.dialogOptions('36rem') })
      .afterClosed()
      .subscribe(() => this.list.reload());
  }

  protected async unassign(person: Person, org: { id: string; name: string }): Promise<void> {
    this.unassigning.set(`${person.id}/${org.id}`);
    try {
      await this.api.mutate(UnassignUserFromOrganizationDocument, {
        userId: person.id,
        organizationId: org.id,
      });
      this.list.reload();
      this.snackBar
        .open(`${person.name} is no longer assigned to ${org.name}.`, 'Undo', { duration: 8000 })
        .onAction()
        .subscribe(() => void this.reassign(person, org));
    } catch (e) {
      this.notify(e instanceof ApiError ? e.message : 'The assignment could not be removed.');
    } finally {
      this.unassigning.set(null);
    }
  }

  protected deactivate(person: Person): void {
    const data: ConfirmData = {
      title: `Deactivate ${person.name}?`,
      message: `${person.name} can no longer sign in, and every session they have ends now. Their records and audit history are kept.`,
      confirmLabel: 'Deactivate',
      run: async () => {
        await this.api.mutate(DeactivateUserDocument, { userId: person.id });
      },
    };
    this.dialog
      .open(ConfirmDialog, { data, ...this.dialogOptions('32rem') })
      .afterClosed()
      .subscribe((done) => {
        if (!done) return;
        this.notify(`${person.name} is deactivated.`);
        this.list.reload();
      });
  }

  private async reassign(person: Person, org: { id: string; name: string }): Promise<void> {
    try {
      await this.api.mutate(AssignUserToOrganizationDocument, {
        userId: person.id,
        organizationId: org.id,
      });
      this.notify(`${person.name} is assigned to ${org.name} again.`);
    } catch (e) {
      this.notify(e instanceof ApiError ? e.message : 'The assignment could not be restored.');
    }
    this.list.reload();
  }

  private dialogOptions(width: string) {
    return { injector: this.injector, width, maxWidth: '95vw' };
  }

  private notify(message: string): void {
    this.snackBar.open(message, 'Close', { duration: 5000 });
  }
}
