import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { interval } from 'rxjs';
import {
  AnswerEngagementTaskDocument,
  ApiService,
  AuthService,
  EngagementClientUpdatesDocument,
  EngagementDetailDocument,
  EngagementReviewDocument,
  EngagementTaskFieldsFragment,
  EngagementTaskListDocument,
  formMessage,
  remote,
} from '@vigil/web/data-access';
import { formatInZone, PageStateComponent, ZonedDatePipe } from '@vigil/web/ui';
import { KIND_LABELS, phaseLabel } from '../format';
import { PhaseBarComponent } from '../engagement/phase-bar.component';
import { REVIEW_SECTIONS } from '../engagement/review.component';
import { followEngagement } from '../live-activity';
import { loadTimeline } from '../timeline-loader';
import { SlaBadgeComponent } from '../sla/sla-badge.component';
import { slaBadgesFor } from '../sla/sla-badges';
import { UpdateCardComponent } from '../update-card.component';
import { PortalCommitmentsComponent } from './commitments.component';

/** How often the commitments are read again, besides every change that arrives live. */
const COMMITMENTS_REFRESH_MS = 30_000;

/**
 * One incident as the client follows it: the phase and the commitment due first, the latest
 * update at the top, the timeline the team shares, what the provider promised and the regulators'
 * deadlines, and the questions put to this person, answered in place. The provider's changes
 * arrive live.
 */
@Component({
  selector: 'vigil-portal-incident',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
    PageStateComponent,
    PhaseBarComponent,
    PortalCommitmentsComponent,
    SlaBadgeComponent,
    UpdateCardComponent,
    ZonedDatePipe,
  ],
  templateUrl: './incident-page.component.html',
  styleUrl: './incident.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PortalIncidentPage {
  /** From the route (:id). */
  readonly id = input.required<string>();
  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  protected readonly timeZone = computed(() => this.auth.user()?.timeZone ?? 'UTC');
  protected readonly phaseLabel = phaseLabel;
  protected readonly kindLabel = (k: string): string => KIND_LABELS[k] ?? k;
  protected readonly reviewSections = REVIEW_SECTIONS;
  private readonly revision = signal(0);
  protected readonly live = followEngagement(this.id, () => this.revision.update((n) => n + 1));
  private readonly params = computed(() => ({ id: this.id(), revision: this.revision() }));
  private readonly polls = signal(0);
  /** The commitments move with every change and with time: read again every 30 s too. */
  protected readonly slaRevision = computed(() => this.revision() + this.polls());
  private readonly badges = slaBadgesFor(
    () => [this.id()],
    () => this.slaRevision(),
  );
  protected readonly headerBadge = computed(() => this.badges().get(this.id()) ?? null);

  protected readonly data = remote(this.params, async ({ id }) => {
    const detail = await this.api.query(EngagementDetailDocument, { id });
    const updates = await this.api.query(EngagementClientUpdatesDocument, { id });
    const timeline = await loadTimeline(this.api, id);
    const tasks = await this.api.query(EngagementTaskListDocument, { id });
    const review = await this.api.query(EngagementReviewDocument, { id });
    return {
      engagement: detail.engagement,
      updates: updates.clientUpdates,
      timeline: timeline.events,
      tasks: tasks.engagementTasks,
      review: review.postIncidentReview,
    };
  });
  protected readonly engagement = computed(() => {
    const e = this.data.value()?.engagement;
    return e && e.id === this.id() ? e : null;
  });
  protected readonly latest = computed(() => this.data.value()?.updates[0] ?? null);
  protected readonly earlier = computed(() => this.data.value()?.updates.slice(1) ?? []);
  protected readonly openRequests = computed(() =>
    (this.data.value()?.tasks ?? []).filter((t) => !t.answer && t.status !== 'CANCELLED'),
  );
  protected readonly answered = computed(() =>
    (this.data.value()?.tasks ?? []).filter((t) => !!t.answer),
  );
  protected readonly notFound = computed(() => this.data.apiError()?.code === 'NOT_FOUND');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    interval(COMMITMENTS_REFRESH_MS)
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.polls.update((n) => n + 1));
  }

  protected at(iso: string, zone: string): string {
    return formatInZone(iso, zone);
  }

  protected async answer(task: EngagementTaskFieldsFragment, text: string): Promise<void> {
    this.error.set(null);
    if (!text.trim()) {
      this.error.set('Write your answer first.');
      return;
    }
    this.busy.set(true);
    try {
      await this.api.mutate(AnswerEngagementTaskDocument, {
        input: { id: task.id, expectedVersion: task.version, answer: text.trim() },
      });
      this.revision.update((n) => n + 1);
    } catch (e) {
      this.error.set(formMessage(e));
    } finally {
      this.busy.set(false);
    }
  }
}
