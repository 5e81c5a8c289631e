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
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { Role } from '@vigil/shared/domain';
import {
  ApiService,
  AuthService,
  EngagementFieldsFragment,
  EngagementPhase,
  EngagementsDocument,
  remote,
  Severity,
} from '@vigil/web/data-access';
import {
  connectionPage,
  countOf,
  currentAfter,
  PagerComponent,
  PageStateComponent,
  UrlState,
  urlTextControl,
  ZonedDatePipe,
} from '@vigil/web/ui';
import { duration, minutesSince, overdue, PHASE_ORDER, phaseLabel } from '../format';
import { SlaBadgeComponent } from '../sla/sla-badge.component';
import { slaBadgesFor } from '../sla/sla-badges';
import { DashboardComponent } from './dashboard.component';
import { DeclareDialog } from './declare.dialog';
import { SavedViews } from './saved-views';

const PAGE_SIZE = 25;
const SEVERITIES: Severity[] = ['SEV1', 'SEV2', 'SEV3', 'SEV4'];

/**
 * The consultants' workspace: the engagements they are on (or all they may see), newest first,
 * with severity, phase, the commitment to watch first (a live countdown), commander, age, the
 * last client update and when the next is due.
 * Filters live in the URL; a set of filters can be saved as a named view.
 */
@Component({
  selector: 'vigil-engagement-workspace',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    PageStateComponent,
    PagerComponent,
    ZonedDatePipe,
    DashboardComponent,
    SlaBadgeComponent,
  ],
  template: `
    <div class="page">
      <div class="page-header">
        <h1>Engagements</h1>
        <button mat-flat-button type="button" data-testid="declare-engagement" (click)="declare()">
          Declare an incident
        </button>
      </div>

      @if (seesDashboard()) {
        <vigil-engagement-dashboard />
      }

      <div class="filters" role="search" aria-label="Filter engagements">
        <mat-button-toggle-group
          [value]="scope()"
          (change)="setFilter('scope', $event.value === 'all' ? 'all' : null)"
          aria-label="Whose engagements"
        >
          <mat-button-toggle value="mine" data-testid="scope-mine">Mine</mat-button-toggle>
          <mat-button-toggle value="all" data-testid="scope-all">All I may see</mat-button-toggle>
        </mat-button-toggle-group>
        <mat-form-field appearance="outline" class="search">
          <mat-label>Search</mat-label>
          <input matInput type="search" [formControl]="search" data-testid="engagements-search" />
          <mat-hint>Title, reference or client</mat-hint>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Severity</mat-label>
          <mat-select
            multiple
            [value]="severities()"
            (selectionChange)="setFilter('sev', $event.value.join(',') || null)"
          >
            @for (s of allSeverities; track s) {
              <mat-option [value]="s">{{ s }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Phase</mat-label>
          <mat-select
            multiple
            [value]="phases()"
            (selectionChange)="setFilter('phase', $event.value.join(',') || null)"
          >
            @for (p of allPhases; track p) {
              <mat-option [value]="p">{{ phaseLabel(p) }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-checkbox
          [checked]="includeClosed()"
          (change)="setFilter('closed', $event.checked ? '1' : null)"
        >
          Include closed
        </mat-checkbox>
        <mat-checkbox
          [checked]="overdueOnly()"
          (change)="setFilter('overdue', $event.checked ? '1' : null)"
          data-testid="overdue-only"
        >
          Client update overdue
        </mat-checkbox>
      </div>

      <div class="views" aria-label="Saved views">
        @for (view of views.list(); track view.name) {
          <span class="view">
            <a mat-stroked-button [routerLink]="[]" [queryParams]="view.query">{{ view.name }}</a>
            <button
              mat-icon-button
              type="button"
              (click)="views.remove(view.name)"
              [attr.aria-label]="'Delete view ' + view.name"
            >
              ×
            </button>
          </span>
        }
        <form class="save-view" (submit)="saveView($event, viewName.value); viewName.value = ''">
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>Save these filters as</mat-label>
            <input matInput #viewName maxlength="40" data-testid="view-name" />
          </mat-form-field>
          <button mat-stroked-button type="submit">Save view</button>
        </form>
      </div>

      <p class="count" role="status" data-testid="engagements-total">{{ total() }}</p>

      <vigil-page-state
        [loading]="list.loading() && !list.value()"
        [error]="list.error()"
        [empty]="!list.error() && !!list.value() && page.rows().length === 0"
        [emptyMessage]="emptyMessage()"
        (retry)="list.reload()"
      />

      @if (!list.error() && page.rows().length) {
        <div class="table-wrap" [class.busy]="list.loading()">
          <table class="entries" data-testid="engagements-table">
            <thead>
              <tr>
                <th scope="col">Engagement</th>
                <th scope="col">Client</th>
                <th scope="col">Severity</th>
                <th scope="col">Phase</th>
                <th scope="col">Next commitment</th>
                <th scope="col">Commander</th>
                <th scope="col">Age</th>
                <th scope="col">Last client update</th>
                <th scope="col">Next update due</th>
              </tr>
            </thead>
            <tbody>
              @for (e of page.rows(); track e.id) {
                <tr>
                  <td>
                    <a [routerLink]="['/provider/engagements', e.id]" class="ref">{{
                      e.reference
                    }}</a>
                    <span class="title">{{ e.title }}</span>
                  </td>
                  <td>{{ e.organizationName }}</td>
                  <td>
                    <span class="sev" [attr.data-sev]="e.severity">{{ e.severity }}</span>
                  </td>
                  <td>{{ phaseLabel(e.phase) }}</td>
                  <td data-testid="engagement-commitment">
                    @if (badges().get(e.id); as b) {
                      <vigil-sla-badge [commitment]="b" [showGoal]="true" />
                    } @else {
                      <span class="muted">None running</span>
                    }
                  </td>
                  <td>{{ e.commanderName ?? 'Not acknowledged' }}</td>
                  <td>{{ age(e.declaredAt) }}</td>
                  <td>
                    {{
                      e.lastClientUpdateAt
                        ? (e.lastClientUpdateAt | zonedDate: timeZone())
                        : 'None yet'
                    }}
                  </td>
                  <td [class.late]="late(e)">
                    {{ e.nextUpdateDueAt ? (e.nextUpdateDueAt | zonedDate: timeZone()) : '—' }}
                    @if (late(e)) {
                      <span class="late-label">overdue</span>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <vigil-pager
          label="Pages of engagements"
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
  styleUrls: ['../../../../ui/src/styles/table.css', './workspace.page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorkspacePage {
  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  protected readonly url = new UrlState();
  protected readonly search = urlTextControl(this.url, 'q');
  protected readonly views = new SavedViews(() => this.auth.user()?.id ?? 'anyone');
  protected readonly allSeverities = SEVERITIES;
  protected readonly allPhases = PHASE_ORDER as readonly EngagementPhase[];
  protected readonly phaseLabel = phaseLabel;
  protected readonly timeZone = computed(() => this.auth.user()?.timeZone ?? 'UTC');
  protected readonly seesDashboard = computed(() => {
    const role = this.auth.user()?.role;
    return role === Role.PROVIDER_ADMIN || role === Role.ACCOUNT_MANAGER;
  });
  private readonly now = signal(Date.now());

  protected readonly scope = computed(() => (this.url.get('scope') === 'all' ? 'all' : 'mine'));
  protected readonly severities = computed(() => listOf(this.url.get('sev')) as Severity[]);
  protected readonly phases = computed(() => listOf(this.url.get('phase')) as EngagementPhase[]);
  protected readonly includeClosed = computed(() => this.url.get('closed') === '1');
  protected readonly overdueOnly = computed(() => this.url.get('overdue') === '1');

  private readonly params = computed(
    () => ({
      search: this.url.get('q').trim(),
      mine: this.scope() === 'mine',
      severities: this.severities(),
      phases: this.phases(),
      open: !this.includeClosed(),
      overdue: this.overdueOnly(),
      after: currentAfter(this.url.position()),
    }),
    { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
  );
  protected readonly list = remote(this.params, (p) =>
    this.api.query(EngagementsDocument, {
      filter: {
        search: p.search || null,
        mine: p.mine || null,
        severities: p.severities.length ? p.severities : null,
        phases: p.phases.length ? p.phases : null,
        open: p.open || null,
        updateOverdue: p.overdue || null,
      },
      first: PAGE_SIZE,
      after: p.after,
    }),
  );
  protected readonly page = connectionPage({
    url: this.url,
    pageSize: PAGE_SIZE,
    connection: () => this.list.value()?.engagements,
    cursorRejected: () => this.list.apiError()?.field === 'after',
  });
  /** Fetched for the rows shown, each time the list has loaded. */
  protected readonly badges = slaBadgesFor(() =>
    this.list.value() ? this.page.rows().map((e) => e.id) : null,
  );
  protected readonly total = computed(() => {
    const total = this.page.totalCount();
    return total === null ? '' : countOf(total, 'engagement');
  });
  protected readonly emptyMessage = computed(() => {
    const p = this.params();
    if (p.search) return `No engagements match “${p.search}”.`;
    if (p.mine) return 'You are on no open engagement. “All I may see” shows your clients’ others.';
    return 'No engagements match these filters.';
  });

  protected setFilter(name: string, value: string | null): void {
    this.url.setFilters({ [name]: value });
  }

  protected age(declaredAt: string): string {
    return duration(minutesSince(declaredAt, this.now()));
  }

  protected late(e: { nextUpdateDueAt: string | null; phase: string }): boolean {
    return e.phase !== 'CLOSED' && overdue(e.nextUpdateDueAt, this.now());
  }

  protected saveView(event: Event, name: string): void {
    event.preventDefault();
    const query: Record<string, string> = {};
    for (const key of ['scope', 'q', 'sev', 'phase', 'closed', 'overdue']) {
      const value = this.url.get(key);
      if (value) query[key] = value;
    }
    this.views.save(name, query);
  }

  protected declare(): void {
    this.dialog
      .open<DeclareDialog, void, EngagementFieldsFragment>(DeclareDialog, {
        injector: this.injector,
        width: '40rem',
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((created) => {
        if (created) void this.router.navigate(['/provider/engagements', created.id]);
      });
  }
}

function listOf(value: string): string[] {
  return value ? value.split(',').filter(Boolean) : [];
}
