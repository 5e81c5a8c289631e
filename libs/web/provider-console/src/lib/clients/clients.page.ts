import { ChangeDetectionStrategy, Component, Injector, computed, inject } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Role } from '@vigil/shared/domain';
import {
  ApiService,
  AuthService,
  OffboardClientOrganizationDocument,
  OrganizationFieldsFragment,
  OrganizationsDocument,
  OrganizationStatus,
  remote,
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
import { ClientsTableComponent } from './clients-table.component';
import { OrganizationDialog, OrganizationDialogData } from './organization.dialog';

const PAGE_SIZE = 20;
const STATUS: Record<string, { value: OrganizationStatus; label: string }> = {
  active: { value: 'ACTIVE', label: 'Active' },
  offboarded: { value: 'OFFBOARDED', label: 'Offboarded' },
};

/** Every client organisation the viewer may see; provider admins also create, edit and offboard. */
@Component({
  selector: 'vigil-clients-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ClientsTableComponent,
    PageStateComponent,
    PagerComponent,
  ],
  template: `
    <div class="page">
      <div class="page-header">
        <h1>Client organisations</h1>
        @if (isAdmin()) {
          <button mat-flat-button type="button" data-testid="new-client" (click)="openEditor(null)">
            New client organisation
          </button>
        }
      </div>

      <div class="filters" role="search" aria-label="Filter client organisations">
        <mat-form-field appearance="outline" class="search">
          <mat-label>Search</mat-label>
          <input matInput type="search" [formControl]="search" data-testid="clients-search" />
          <mat-hint>Name or slug</mat-hint>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Status</mat-label>
          <mat-select
            [value]="statusKey()"
            (selectionChange)="setStatus($event.value)"
            data-testid="clients-status"
          >
            <mat-option value="active">Active</mat-option>
            <mat-option value="offboarded">Offboarded</mat-option>
            <mat-option value="all">All</mat-option>
          </mat-select>
        </mat-form-field>
      </div>

      <p class="count" role="status" data-testid="clients-total">{{ total() }}</p>

      <vigil-page-state
        [loading]="list.loading() && !list.value()"
        [error]="list.error()"
        [empty]="!list.error() && !!list.value() && page.rows().length === 0"
        [emptyMessage]="emptyMessage()"
        (retry)="list.reload()"
      >
        @if (filtered()) {
          <button mat-stroked-button type="button" (click)="clearFilters()">Clear filters</button>
        } @else if (isAdmin()) {
          <button mat-stroked-button type="button" (click)="openEditor(null)">
            New client organisation
          </button>
        }
      </vigil-page-state>

      @if (!list.error() && page.rows().length) {
        <vigil-clients-table
          [rows]="page.rows()"
          [timeZone]="tz()"
          [canManage]="isAdmin()"
          [busy]="list.loading()"
          (edit)="openEditor($event)"
          (offboard)="offboard($event)"
        />
        <vigil-pager
          label="Pages of client organisations"
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
export class ClientsPage {
  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);
  protected readonly url = new UrlState();
  protected readonly search = urlTextControl(this.url, 'q');
  protected readonly statusKey = computed(() => {
    const key = this.url.get('status').toLowerCase();
    return key in STATUS ? key : 'all';
  });
  protected readonly tz = computed(() => this.auth.user()?.timeZone ?? 'UTC');
  protected readonly isAdmin = computed(() => this.auth.user()?.role === Role.PROVIDER_ADMIN);

  private readonly params = computed(
    () => ({
      search: this.url.get('q').trim(),
      status: STATUS[this.statusKey()]?.value ?? null,
      after: currentAfter(this.url.position()),
    }),
    { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
  );
  protected readonly list = remote(this.params, (p) =>
    this.api.query(OrganizationsDocument, {
      filter: { search: p.search || null, status: p.status },
      first: PAGE_SIZE,
      after: p.after,
    }),
  );
  protected readonly page = connectionPage({
    url: this.url,
    pageSize: PAGE_SIZE,
    connection: () => this.list.value()?.organizations,
    cursorRejected: () => this.list.apiError()?.field === 'after',
  });
  protected readonly total = computed(() => {
    const count = this.page.totalCount();
    return count === null ? '' : countOf(count, 'organisation');
  });
  protected readonly filtered = computed(() => !!this.params().search || !!this.params().status);
  protected readonly emptyMessage = computed(() => {
    const { search } = this.params();
    const status = STATUS[this.statusKey()]?.label;
    if (search)
      return `No client organisations match “${search}”${status ? ` with status ${status}` : ''}.`;
    if (status) return `No client organisations match status ${status}.`;
    return 'No client organisations yet.';
  });

  protected setStatus(key: string): void {
    this.url.setFilters({ status: key === 'all' ? null : key });
  }

  protected clearFilters(): void {
    this.search.setValue('', { emitEvent: false });
    this.url.setFilters({ q: null, status: null });
  }

  protected openEditor(org: OrganizationFieldsFragment | null): void {
    this.dialog
      .open<OrganizationDialog, OrganizationDialogData, OrganizationFieldsFragment>(
        OrganizationDialog,
        { data: { org }, injector: this.injector, width: '36rem', maxWidth: '95vw' },
      )
      .afterClosed()
      .subscribe((saved) => {
        if (saved) this.notify(org ? `Saved changes to ${saved.name}.` : `Created ${saved.name}.`);
        // Also after a conflict: the list shows the latest version to edit again.
        if (saved || org) this.list.reload();
      });
  }

  protected offboard(org: OrganizationFieldsFragment): void {
    const data: ConfirmData = {
      title: `Offboard ${org.name}?`,
      message: 'Its people can no longer sign in and their sessions end now. All records are kept.',
      confirmLabel: 'Offboard',
      reasonLabel: 'Reason (optional)',
      run: async (reason) => {
        await this.api.mutate(OffboardClientOrganizationDocument, { id: org.id, reason });
      },
    };
    this.dialog
      .open(ConfirmDialog, { data, injector: this.injector, width: '32rem', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((done) => {
        if (!done) return;
        this.notify(`Offboarded ${org.name}.`);
        this.list.reload();
      });
  }

  private notify(message: string): void {
    this.snackBar.open(message, 'Close', { duration: 5000 });
  }
}
