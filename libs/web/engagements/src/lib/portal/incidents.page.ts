import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { Role } from '@vigil/shared/domain';
import {
  ApiService,
  AuthService,
  EngagementsDocument,
  MyEngagementTasksDocument,
  remote,
} from '@vigil/web/data-access';
import { PageStateComponent, ZonedDatePipe } from '@vigil/web/ui';
import { phaseLabel } from '../format';
import { SlaBadgeComponent } from '../sla/sla-badge.component';
import { slaBadgesFor } from '../sla/sla-badges';

/**
 * The client's incidents, open ones first, with their phase, when the provider promised the
 * next update and a countdown of the commitment due first; above them, the questions the provider is waiting for this person to answer.
 */
@Component({
  selector: 'vigil-portal-incidents',
  imports: [MatButtonModule, RouterLink, PageStateComponent, SlaBadgeComponent, ZonedDatePipe],
  template: `
    <div class="page">
      <div class="page-header">
        <h1>Our incidents</h1>
        @if (canReport()) {
          <a mat-flat-button routerLink="/portal/incidents/report" data-testid="report-incident"
            >Report an incident</a
          >
        }
      </div>
      @if (requests().length) {
        <section class="requests" aria-labelledby="requests-title">
          <h2 id="requests-title">We need information from you</h2>
          <ul>
            @for (t of requests(); track t.id) {
              <li>
                <a [routerLink]="['/portal/incidents', t.engagementId]">{{ t.title }}</a>
                @if (t.dueAt) {
                  <span class="muted"> · by {{ t.dueAt | zonedDate: timeZone() }}</span>
                }
              </li>
            }
          </ul>
        </section>
      }
      <vigil-page-state
        [loading]="list.loading() && !list.value()"
        [error]="list.error()"
        [empty]="!!list.value() && rows().length === 0"
        emptyMessage="No incidents. If something is happening, report it and we respond at once."
        (retry)="list.reload()"
      />
      <ul class="incidents" data-testid="incidents">
        @for (e of rows(); track e.id) {
          <li [class.closed]="e.phase === 'CLOSED'">
            <a [routerLink]="['/portal/incidents', e.id]" class="title"
              >{{ e.reference }} · {{ e.title }}</a
            >
            <span class="sev" [attr.data-sev]="e.severity">{{ e.severity }}</span>
            <span>{{ phaseLabel(e.phase) }}</span>
            @if (badges().get(e.id); as b) {
              <vigil-sla-badge [commitment]="b" [showGoal]="true" />
            }
            <span class="muted">
              Reported {{ e.declaredAt | zonedDate: timeZone() }}
              @if (e.nextUpdateDueAt && e.phase !== 'CLOSED') {
                · next update by {{ e.nextUpdateDueAt | zonedDate: timeZone() }}
              }
            </span>
          </li>
        }
      </ul>
    </div>
  `,
  styles: `
    .requests {
      border: 1px solid var(--mat-sys-tertiary);
      border-radius: 0.75rem;
      padding: 0.5rem 1rem;
      margin-bottom: 1rem;
    }
    .requests h2 {
      font: var(--mat-sys-title-medium);
    }
    .incidents {
      list-style: none;
      padding: 0;
    }
    .incidents li {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      align-items: baseline;
      padding: 0.75rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .incidents li.closed {
      opacity: 0.75;
    }
    .title {
      font-weight: 600;
      flex: 1 1 100%;
    }
    .sev {
      font-weight: 600;
    }
    .sev[data-sev='SEV1'],
    .sev[data-sev='SEV2'] {
      color: var(--mat-sys-error);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PortalIncidentsPage {
  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  protected readonly timeZone = computed(() => this.auth.user()?.timeZone ?? 'UTC');
  protected readonly phaseLabel = phaseLabel;
  protected readonly canReport = computed(() => this.auth.user()?.role === Role.CLIENT_ADMIN);
  protected readonly list = remote(
    () => ({}),
    () => this.api.query(EngagementsDocument, { first: 100 }),
  );
  protected readonly rows = computed(() => {
    const all = this.list.value()?.engagements.edges.map((e) => e.node) ?? [];
    return [...all.filter((e) => e.phase !== 'CLOSED'), ...all.filter((e) => e.phase === 'CLOSED')];
  });
  /** Fetched for the incidents shown, once they have loaded. */
  protected readonly badges = slaBadgesFor(() =>
    this.list.value() ? this.rows().map((e) => e.id) : null,
  );
  private readonly mine = remote(
    () => ({}),
    () => this.api.query(MyEngagementTasksDocument, {}),
  );
  protected readonly requests = computed(() => this.mine.value()?.myEngagementTasks ?? []);
}
