import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { ApiService, AuditLogDocument, AuthService, remote } from '@vigil/web/data-access';
import {
  connectionPage,
  countOf,
  currentAfter,
  PagerComponent,
  PageStateComponent,
  UrlState,
} from '@vigil/web/ui';
import { AuditFiltersComponent } from './audit-filters.component';
import { auditFilterFromUrl } from './audit-format';
import { AuditEntry, AuditTableComponent } from './audit-table.component';

const PAGE_SIZE = 20;

/**
 * The audit log, newest first, filtered through the URL. Provider admins see every organisation;
 * a client admin (the client portal mounts this at /portal/audit) sees their own organisation's,
 * without the organisation filter.
 */
@Component({
  selector: 'vigil-audit-log-page',
  imports: [AuditFiltersComponent, AuditTableComponent, PageStateComponent, PagerComponent],
  template: `
    <div class="page">
      <div class="page-header">
        <h1>Audit log</h1>
      </div>
      <p class="lead">
        @if (isClient()) {
          Every change to {{ viewer()?.organization?.name }}, newest first.
        } @else {
          Every change across Vigil, newest first.
        }
        Times are in {{ tz() }}.
      </p>

      <vigil-audit-filters [showOrganization]="!isClient()" [entries]="page.rows()" />

      @if (filter().error) {
        <p class="form-error" role="alert">{{ filter().error }}</p>
      } @else {
        <p class="count" role="status" data-testid="audit-total">{{ total() }}</p>

        <vigil-page-state
          [loading]="list.loading() && !list.value()"
          [error]="list.error()"
          [empty]="!list.error() && !!list.value() && page.rows().length === 0"
          [emptyMessage]="
            filtered() ? 'No audit entries match these filters.' : 'No audit entries yet.'
          "
          (retry)="list.reload()"
        />

        @if (!list.error() && page.rows().length) {
          <vigil-audit-table
            [rows]="page.rows()"
            [timeZone]="tz()"
            [actorId]="filter().actorUserId"
            [busy]="list.loading()"
            (filterActor)="filterByActor($event)"
          />
          <vigil-pager
            label="Pages of the audit log"
            [summary]="page.range()"
            [hasPrevious]="page.hasPrevious()"
            [hasNext]="page.hasNext()"
            [busy]="list.loading()"
            (previous)="page.previous()"
            (next)="page.next()"
          />
        }
      }
    </div>
  `,
  styleUrl: '../shared/list-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditLogPage {
  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  protected readonly url = new UrlState();
  protected readonly viewer = this.auth.user;
  protected readonly isClient = computed(() => !this.auth.isProvider());
  protected readonly tz = computed(() => this.viewer()?.timeZone ?? 'UTC');

  protected readonly filter = computed(
    () => auditFilterFromUrl((name) => this.url.get(name), this.tz(), !this.isClient()),
    { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
  );
  private readonly params = computed(
    () => {
      const { error, ...filter } = this.filter();
      return error ? null : { filter, after: currentAfter(this.url.position()) };
    },
    { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
  );
  protected readonly list = remote(this.params, (p) =>
    this.api.query(AuditLogDocument, { filter: p.filter, first: PAGE_SIZE, after: p.after }),
  );
  protected readonly page = connectionPage({
    url: this.url,
    pageSize: PAGE_SIZE,
    connection: () => this.list.value()?.auditLog,
    cursorRejected: () => this.list.apiError()?.field === 'after',
  });
  protected readonly total = computed(() => {
    const count = this.page.totalCount();
    return count === null ? '' : countOf(count, 'entry', 'entries');
  });
  protected readonly filtered = computed(() => {
    const { error: _error, ...filter } = this.filter();
    return Object.values(filter).some((v) => v !== null);
  });

  protected filterByActor(entry: AuditEntry): void {
    if (entry.actorUserId) this.url.setFilters({ actor: entry.actorUserId });
  }
}
