import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { ApiService, AuditLogDocument, AuthService, remote } from '@vigil/web/data-access';
import {
  countOf,
  currentAfter,
  PagerComponent,
  PageStateComponent,
  rangeSummary,
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

      <vigil-audit-filters [showOrganization]="!isClient()" [entries]="rows()" />

      @if (filter().error) {
        <p class="form-error" role="alert">{{ filter().error }}</p>
      } @else {
        <p class="count" role="status" data-testid="audit-total">{{ total() }}</p>

        <vigil-page-state
          [loading]="list.loading() && !list.value()"
          [error]="list.error()"
          [empty]="!list.error() && !!list.value() && rows().length === 0"
          [emptyMessage]="
            filtered() ? 'No audit entries match these filters.' : 'No audit entries yet.'
          "
          (retry)="list.reload()"
        />

        @if (!list.error() && rows().length) {
          <vigil-audit-table
            [rows]="rows()"
            [timeZone]="tz()"
            [actorId]="filter().actorUserId"
            [busy]="list.loading()"
            (filterActor)="filterByActor($event)"
          />
          <vigil-pager
            label="Pages of the audit log"
            [summary]="range()"
            [hasPrevious]="url.position().cursors.length > 0"
            [hasNext]="!!list.value()?.auditLog?.pageInfo?.hasNextPage"
            [busy]="list.loading()"
            (previous)="url.previous()"
            (next)="next()"
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
  protected readonly rows = computed(
    () => this.list.value()?.auditLog.edges.map((e) => e.node) ?? [],
  );
  protected readonly total = computed(() => {
    const page = this.list.value();
    return page ? countOf(page.auditLog.totalCount, 'entry', 'entries') : '';
  });
  protected readonly range = computed(() => {
    const page = this.list.value()?.auditLog;
    if (!page) return '';
    const index = this.url.position().cursors.length;
    return rangeSummary(index, PAGE_SIZE, page.edges.length, page.totalCount);
  });
  protected readonly filtered = computed(() => {
    const { error: _error, ...filter } = this.filter();
    return Object.values(filter).some((v) => v !== null);
  });

  constructor() {
    // A cursor from an old link that the API no longer accepts: start again at page 1.
    effect(() => {
      if (this.list.apiError()?.field === 'after') this.url.firstPage();
    });
  }

  protected filterByActor(entry: AuditEntry): void {
    if (entry.actorUserId) this.url.setFilters({ actor: entry.actorUserId });
  }

  protected next(): void {
    const end = this.list.value()?.auditLog.pageInfo.endCursor;
    if (end) this.url.next(end);
  }
}
