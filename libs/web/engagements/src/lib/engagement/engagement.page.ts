import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { interval } from 'rxjs';
import { ApiService, AuthService, EngagementDetailDocument, remote } from '@vigil/web/data-access';
import { PageStateComponent } from '@vigil/web/ui';
import { incidentTypeLabel, phaseLabel } from '../format';
import { followEngagement } from '../live-activity';
import { SlaBadgeComponent } from '../sla/sla-badge.component';
import { slaBadgesFor } from '../sla/sla-badges';
import { ClientUpdatesComponent } from './client-updates.component';
import { EvidenceComponent } from './evidence.component';
import { IndicatorsComponent } from './indicators.component';
import { OverviewComponent } from './overview.component';
import { PhaseBarComponent } from './phase-bar.component';
import { RegulatoryComponent } from './regulatory.component';
import { ReviewComponent } from './review.component';
import { ScopeComponent } from './scope.component';
import { SlaComponent } from './sla.component';
import { TasksComponent } from './tasks.component';
import { TimelineComponent } from './timeline.component';

/** How often the commitments are read again, besides every change that arrives live. */
const SLA_REFRESH_MS = 30_000;

/** What changed, per part of the page: each part reloads when its counter moves. */
export interface Revisions {
  engagement: number;
  timeline: number;
  tasks: number;
  updates: number;
  /** Commitments: every change can move a clock, and they are read again every 30 s. */
  sla: number;
}

/**
 * One engagement for provider staff: the commitment due first in the header, the phase bar, then
 * tabs for the overview (metrics, gate, severity, team), the timeline, tasks, client updates, the
 * SLA commitments, the regulators' deadlines, scope, indicators, evidence and the post-incident
 * review. Changes made by colleagues arrive live over the engagement's activity subscription.
 */
@Component({
  selector: 'vigil-engagement-page',
  imports: [
    RouterLink,
    MatTabsModule,
    PageStateComponent,
    PhaseBarComponent,
    OverviewComponent,
    TimelineComponent,
    TasksComponent,
    ClientUpdatesComponent,
    IndicatorsComponent,
    EvidenceComponent,
    ScopeComponent,
    ReviewComponent,
    SlaBadgeComponent,
    SlaComponent,
    RegulatoryComponent,
  ],
  template: `
    <div class="page">
      <p class="back"><a routerLink="/provider/engagements">← Engagements</a></p>
      <vigil-page-state
        [loading]="detail.loading() && !engagement()"
        [error]="notFound() ? null : detail.error()"
        [empty]="notFound()"
        emptyMessage="This engagement does not exist, or it is not one of your clients’."
        (retry)="detail.reload()"
      />
      @if (engagement(); as e) {
        <header class="head">
          <h1>
            <span class="ref">{{ e.reference }}</span> {{ e.title }}
          </h1>
          <p class="sub">
            {{ e.organizationName }} · {{ typeLabel(e.incidentType) }} ·
            <span class="sev" [attr.data-sev]="e.severity" data-testid="engagement-severity">{{
              e.severity
            }}</span>
            · <span data-testid="engagement-phase">{{ phaseLabel(e.phase) }}</span>
            @if (headerBadge(); as b) {
              · <vigil-sla-badge [commitment]="b" [showGoal]="true" data-testid="header-sla" />
            }
            @if (live()) {
              <span class="live" title="Changes by colleagues appear as they happen">● live</span>
            }
          </p>
        </header>
        <vigil-phase-bar [phase]="e.phase" />
        <mat-tab-group
          [selectedIndex]="tab()"
          (selectedIndexChange)="tab.set($event)"
          animationDuration="0ms"
        >
          <mat-tab label="Overview">
            <vigil-engagement-overview [engagement]="e" (changed)="bump('engagement')" />
          </mat-tab>
          <mat-tab label="Timeline">
            <ng-template matTabContent>
              <vigil-engagement-timeline
                [engagementId]="e.id"
                [closed]="e.phase === 'CLOSED'"
                [revision]="revisions().timeline"
                [reference]="e.reference"
              />
            </ng-template>
          </mat-tab>
          <mat-tab label="Tasks">
            <ng-template matTabContent>
              <vigil-engagement-tasks [engagement]="e" [revision]="revisions().tasks" />
            </ng-template>
          </mat-tab>
          <mat-tab label="Client updates">
            <ng-template matTabContent>
              <vigil-client-updates
                [engagement]="e"
                [revision]="revisions().updates"
                (changed)="bump('engagement')"
              />
            </ng-template>
          </mat-tab>
          <mat-tab label="SLA">
            <ng-template matTabContent>
              <vigil-engagement-sla
                [engagementId]="e.id"
                [revision]="revisions().sla"
                (changed)="bump('engagement')"
              />
            </ng-template>
          </mat-tab>
          <mat-tab label="Regulatory">
            <ng-template matTabContent>
              <vigil-engagement-regulatory
                [engagementId]="e.id"
                [organizationId]="e.organizationId"
                [revision]="revisions().sla"
                (changed)="bump('sla')"
              />
            </ng-template>
          </mat-tab>
          <mat-tab label="Scope">
            <ng-template matTabContent>
              <vigil-engagement-scope [engagementId]="e.id" />
            </ng-template>
          </mat-tab>
          <mat-tab label="Indicators">
            <ng-template matTabContent>
              <vigil-engagement-indicators [engagementId]="e.id" [reference]="e.reference" />
            </ng-template>
          </mat-tab>
          <mat-tab label="Evidence">
            <ng-template matTabContent>
              <vigil-engagement-evidence [engagementId]="e.id" />
            </ng-template>
          </mat-tab>
          <mat-tab label="Review">
            <ng-template matTabContent>
              <vigil-engagement-review [engagementId]="e.id" />
            </ng-template>
          </mat-tab>
        </mat-tab-group>
      }
    </div>
  `,
  styles: `
    .back {
      margin: 0 0 0.5rem;
    }
    .head h1 {
      margin: 0;
    }
    .ref {
      color: var(--mat-sys-on-surface-variant);
    }
    .sub {
      margin: 0.25rem 0 0.75rem;
    }
    .sev {
      font-weight: 600;
    }
    .sev[data-sev='SEV1'],
    .sev[data-sev='SEV2'] {
      color: var(--mat-sys-error);
    }
    .live {
      margin-left: 0.5rem;
      color: var(--mat-sys-primary);
      font-size: 0.85rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EngagementPage {
  /** From the route (:id). */
  readonly id = input.required<string>();

  private readonly api = inject(ApiService);
  protected readonly auth = inject(AuthService);
  protected readonly tab = signal(0);
  protected readonly revisions = signal<Revisions>({
    engagement: 0,
    timeline: 0,
    tasks: 0,
    updates: 0,
    sla: 0,
  });
  protected readonly live = followEngagement(this.id, ({ kind }) => {
    if (kind === 'ENGAGEMENT') this.bump('engagement');
    else if (kind === 'TIMELINE_EVENT' || kind === 'WITHDRAWN') this.bump('timeline');
    else if (kind === 'TASK') this.bump('tasks');
    else if (kind === 'CLIENT_UPDATE') this.bump('updates');
    else this.bump('sla');
  });
  protected readonly phaseLabel = phaseLabel;
  protected readonly typeLabel = incidentTypeLabel;

  private readonly params = computed(
    () => ({ id: this.id(), revision: this.revisions().engagement }),
    { equal: (a, b) => a.id === b.id && a.revision === b.revision },
  );
  protected readonly detail = remote(this.params, ({ id }) =>
    this.api.query(EngagementDetailDocument, { id }),
  );
  protected readonly engagement = computed(() => {
    const e = this.detail.value()?.engagement;
    return e && e.id === this.id() ? e : null;
  });
  protected readonly notFound = computed(() => this.detail.apiError()?.code === 'NOT_FOUND');
  private readonly badges = slaBadgesFor(
    () => [this.id()],
    () => this.revisions().sla,
  );
  protected readonly headerBadge = computed(() => this.badges().get(this.id()) ?? null);

  constructor() {
    interval(SLA_REFRESH_MS)
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.bump('sla'));
  }

  /** A change to any part can move a commitment's clock, so the commitments are read again too. */
  protected bump(part: keyof Revisions): void {
    this.revisions.update((r) => ({ ...r, [part]: r[part] + 1, sla: r.sla + 1 }));
  }
}
