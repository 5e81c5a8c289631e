import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { AuthService } from '@vigil/web/data-access';
import { formatInZone } from '@vigil/web/ui';
import { Commitment, countdown, countdownLabel, goalName } from './countdown';
import { secondClock } from './second-clock';

/**
 * A commitment's countdown: the time left ticking live (one shared clock for the whole page),
 * a colour band that deepens under an hour and under 30 minutes, "… over" once breached, and
 * "Paused", "Met" or "Cancelled" when the clock does not run. The words carry the state (colour
 * only repeats it), and a screen reader hears the goal and the due time in the viewer's zone.
 */
@Component({
  selector: 'vigil-sla-badge',
  template: `
    @if (view(); as v) {
      <span
        class="sla-badge"
        [attr.data-band]="v.band"
        [attr.role]="v.live ? 'timer' : 'img'"
        [attr.aria-label]="label()"
        [attr.title]="label()"
        data-testid="sla-badge"
      >
        @if (showGoal()) {
          <span class="goal">{{ goal() }}:</span>
        }
        <span class="text">{{ v.text }}</span>
      </span>
    }
  `,
  styles: `
    :host {
      display: inline-block;
    }
    .sla-badge {
      display: inline-flex;
      gap: 0.3rem;
      align-items: baseline;
      padding: 0.1rem 0.55rem;
      border: 1px solid transparent;
      border-radius: 1rem;
      font: var(--mat-sys-label-medium);
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .goal {
      font-weight: 400;
    }
    [data-band='UNDER_HOUR'] {
      background: light-dark(#fff1c7, #3f3200);
      color: light-dark(#4d3a00, #ffe28f);
      border-color: currentColor;
    }
    [data-band='UNDER_HALF_HOUR'] {
      background: light-dark(#ffdcc4, #552200);
      color: light-dark(#642700, #ffd7bd);
      border: 2px solid currentColor;
      font-weight: 700;
    }
    [data-band='BREACHED'] {
      background: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
      font-weight: 700;
    }
    [data-band='PAUSED'] {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
      border: 1px dashed var(--mat-sys-outline);
    }
    [data-band='MET'] {
      background: light-dark(#d4f4dc, #0d3a1b);
      color: light-dark(#0a4f21, #b7f0c4);
    }
    [data-band='CANCELLED'] {
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SlaBadgeComponent {
  /** The commitment to count down; nothing shows without one. */
  readonly commitment = input<Commitment | null | undefined>(null);
  /** Say which goal it is before the time (lists and headers); off where the row says it. */
  readonly showGoal = input(false);

  private readonly auth = inject(AuthService);
  private readonly timeZone = computed(() => this.auth.user()?.timeZone ?? 'UTC');
  private readonly now = secondClock();

  /** Reads the clock only while the time moves, so finished badges never recompute. */
  private readonly at = computed(() => {
    const c = this.commitment();
    if (!c) return null;
    return countdown(c, Date.now()).live ? this.now() : Date.now();
  });
  protected readonly view = computed(() => {
    const c = this.commitment();
    const now = this.at();
    return c && now !== null ? countdown(c, now) : null;
  });
  protected readonly goal = computed(() => {
    const c = this.commitment();
    return c ? goalName(c) : '';
  });
  protected readonly label = computed(() => {
    const c = this.commitment();
    const now = this.at();
    const zone = this.timeZone();
    return c && now !== null ? countdownLabel(c, now, (iso) => formatInZone(iso, zone)) : '';
  });
}
