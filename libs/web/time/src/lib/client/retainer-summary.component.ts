import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { formatHours } from '@vigil/shared/domain';
import { ClientRetainerFieldsFragment } from '@vigil/web/data-access';
import { daysBetween, mediumDate } from '../shared/dates';

const STATUS: Record<string, string> = {
  ACTIVE: 'Active',
  DRAFT: 'Not yet active',
  EXPIRED: 'Expired',
  TERMINATED: 'Terminated',
};

/** The retainer at a glance: hours left, used and purchased, and when the term ends. */
@Component({
  selector: 'vigil-retainer-summary',
  template: `
    <section class="summary" aria-labelledby="summary-title">
      <h2 id="summary-title" class="visually-hidden">Hours and term</h2>
      <dl class="figures">
        <div class="figure main">
          <dt>Hours left</dt>
          <dd data-testid="client-balance">{{ formatHours(retainer().balanceMinutes) }}</dd>
        </div>
        <div class="figure">
          <dt>Hours used</dt>
          <dd data-testid="client-used">
            {{ usedMinutes() === null ? '…' : formatHours(usedMinutes()!) }}
          </dd>
        </div>
        <div class="figure">
          <dt>Purchased</dt>
          <dd data-testid="client-purchased">{{ formatHours(retainer().minutesPurchased) }}</dd>
        </div>
        <div class="figure">
          <dt>Term ends</dt>
          <dd data-testid="client-term-end">{{ mediumDate(retainer().termEnd) }}</dd>
          <dd class="sub">{{ daysLeft() }}</dd>
        </div>
      </dl>
      <div class="bar" aria-hidden="true">
        <div class="fill" [style.width.%]="sharePercent()"></div>
      </div>
      <p class="details">
        {{ shareText() }} · Term {{ mediumDate(retainer().termStart) }} –
        {{ mediumDate(retainer().termEnd) }} · {{ status() }} · Response tier
        {{ retainer().responseTier }}
      </p>
      @if (credits()) {
        <p class="details">
          Includes {{ formatHours(credits()) }} of top-ups, rollover and adjustments on top of the
          hours purchased.
        </p>
      }
      @if (retainer().overageMinutes > 0) {
        <p class="overage" role="note">
          {{ formatHours(retainer().overageMinutes) }} were used beyond the hours available and are
          billed as overage.
        </p>
      } @else if (retainer().balanceMinutes <= 0 && retainer().status === 'ACTIVE') {
        <p class="overage" role="note">
          No hours are left.
          {{
            retainer().overagePolicy === 'BLOCK'
              ? 'Further time needs a top-up; talk to your account manager.'
              : 'Further time is billed as overage.'
          }}
        </p>
      }
    </section>
  `,
  styleUrl: './retainer-summary.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RetainerSummaryComponent {
  readonly retainer = input.required<ClientRetainerFieldsFragment>();
  /** Minutes debited so far (from the usage by month); null while loading. */
  readonly usedMinutes = input<number | null>(null);
  /** Today in the organisation's time zone. */
  readonly today = input.required<string>();

  protected readonly formatHours = formatHours;
  protected readonly mediumDate = mediumDate;
  protected readonly status = computed(
    () => STATUS[this.retainer().status] ?? this.retainer().status,
  );
  protected readonly daysLeft = computed(() => {
    const days = daysBetween(this.today(), this.retainer().termEnd);
    if (days > 1) return `${days} days left`;
    if (days === 1) return 'Ends tomorrow';
    if (days === 0) return 'Ends today';
    return days === -1 ? 'Ended yesterday' : `Ended ${-days} days ago`;
  });
  /** Credits beyond the purchase: balance = purchased + credits − used. */
  protected readonly credits = computed(() => {
    const used = this.usedMinutes();
    if (used === null) return 0;
    return this.retainer().balanceMinutes + used - this.retainer().minutesPurchased;
  });
  private readonly available = computed(
    () => this.retainer().minutesPurchased + Math.max(this.credits(), 0),
  );
  protected readonly sharePercent = computed(() => {
    const used = this.usedMinutes() ?? 0;
    const available = this.available();
    return available > 0 ? Math.min(100, Math.round((used * 100) / available)) : 0;
  });
  protected readonly shareText = computed(() =>
    this.usedMinutes() === null ? 'Loading usage' : `${this.sharePercent()}% used`,
  );
}
