import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import {
  ApiService,
  AuthService,
  EngagementCommitmentsDocument,
  remote,
  SlaCycleFieldsFragment,
} from '@vigil/web/data-access';
import { formatInZone, PageStateComponent } from '@vigil/web/ui';
import { promise } from '../sla/countdown';
import { RegulatoryDeadlineComponent } from '../engagement/regulatory-deadline.component';
import { SlaBadgeComponent } from '../sla/sla-badge.component';

/**
 * What the provider promised on this incident and how each promise went (due, met, late), and
 * the regulators' deadlines the team confirmed, with their rules: read-only for the client.
 */
@Component({
  selector: 'vigil-portal-commitments',
  imports: [PageStateComponent, RegulatoryDeadlineComponent, SlaBadgeComponent],
  template: `
    <section aria-labelledby="commitments-title" data-testid="portal-commitments">
      <h2 id="commitments-title">Our commitments</h2>
      <vigil-page-state
        [loading]="data.loading() && !data.value()"
        [error]="data.error()"
        (retry)="data.reload()"
      />
      @if (data.value()) {
        <ul class="commitments">
          @for (c of cycles(); track c.id) {
            <li data-testid="portal-commitment" [attr.data-state]="c.state">
              <span class="what">{{ promise(c) }}</span>
              <vigil-sla-badge [commitment]="c" />
              <span class="muted">{{ when(c) }}</span>
            </li>
          } @empty {
            <li class="muted">No commitment runs on this incident yet.</li>
          }
        </ul>
      }
    </section>

    <section aria-labelledby="regulatory-title" data-testid="portal-deadlines">
      <h2 id="regulatory-title">Regulatory deadlines</h2>
      @for (d of deadlines(); track d.id) {
        <vigil-regulatory-deadline [deadline]="d" />
      } @empty {
        @if (data.value()) {
          <p class="muted">No notification to a regulator has been confirmed for this incident.</p>
        }
      }
    </section>
  `,
  styles: `
    h2 {
      font: var(--mat-sys-title-medium);
      margin-top: 1.5rem;
    }
    .commitments {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .commitments li {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      align-items: baseline;
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .what {
      font-weight: 600;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PortalCommitmentsComponent {
  readonly engagementId = input.required<string>();
  /** Moves when the incident changed or 30 s have passed: read again. */
  readonly revision = input(0);

  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  private readonly timeZone = computed(() => this.auth.user()?.timeZone ?? 'UTC');
  protected readonly promise = promise;
  protected readonly data = remote(
    () => ({ id: this.engagementId(), revision: this.revision() }),
    ({ id }) => this.api.query(EngagementCommitmentsDocument, { id }),
  );
  /** Regulators' deadlines have their own section. Live ones first, then the kept ones. */
  protected readonly cycles = computed(() => {
    const all = (this.data.value()?.engagementSla ?? []).filter((c) => c.kind !== 'REGULATORY');
    const live = (c: SlaCycleFieldsFragment): boolean =>
      c.state === 'RUNNING' || c.state === 'PAUSED' || (c.state === 'BREACHED' && !c.stoppedAt);
    return [...all.filter(live), ...all.filter((c) => !live(c)).reverse()];
  });
  protected readonly deadlines = computed(() =>
    (this.data.value()?.engagementRegulatory.deadlines ?? []).filter(
      (d) => d.status === 'CONFIRMED' || d.status === 'SUBMITTED',
    ),
  );

  /** What the badge does not say: when it was due or kept, in the viewer's zone, or why not. */
  protected when(c: SlaCycleFieldsFragment): string {
    const at = (iso: string): string => formatInZone(iso, this.timeZone());
    switch (c.state) {
      case 'PAUSED': {
        const open = c.pauses.find((p) => !p.to);
        return open ? `since ${at(open.from)}: ${open.reason}` : '';
      }
      case 'MET':
        return c.stoppedAt ? at(c.stoppedAt) : '';
      case 'CANCELLED':
        return c.cancelReason ?? '';
      case 'BREACHED':
        if (c.stoppedAt && !c.cancelReason) return at(c.stoppedAt);
        return c.dueAt ? `was due ${at(c.dueAt)}` : '';
      default:
        return c.dueAt ? `due ${at(c.dueAt)}` : '';
    }
  }
}
