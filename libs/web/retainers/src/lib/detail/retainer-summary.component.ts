import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RetainerDetailFieldsFragment } from '@vigil/web/data-access';
import { formatDay, formatHours, formatMoney, shareUsed } from '../shared/format';

/** The retainer's figures: term, hours purchased / used / left, overage, rates, rollover, alerts. */
@Component({
  selector: 'vigil-retainer-summary',
  template: `
    @let r = retainer();
    <dl class="facts">
      <div>
        <dt>Client</dt>
        <dd>{{ clientName() }}</dd>
      </div>
      <div>
        <dt>Term</dt>
        <dd>{{ day(r.termStart) }} – {{ day(r.termEnd) }}</dd>
      </div>
      <div>
        <dt>Response tier</dt>
        <dd>{{ r.responseTier }}</dd>
      </div>
      <div>
        <dt>Hours purchased</dt>
        <dd>{{ hours(r.minutesPurchased) }}</dd>
      </div>
      <div>
        <dt>Hours used</dt>
        <dd>
          {{ hours(used()) }}
          @if (share() !== null) {
            <span class="muted">({{ share() }}%)</span>
          }
        </dd>
      </div>
      <div class="key">
        <dt>Hours left</dt>
        <dd>
          <span data-testid="balance" [class.negative]="r.balanceMinutes < 0">{{
            hours(r.balanceMinutes)
          }}</span>
          @if (r.status === 'DRAFT') {
            <span class="muted draft">({{ hours(r.minutesPurchased) }} once active)</span>
          }
        </dd>
      </div>
      <div>
        <dt>Overage</dt>
        <dd>
          {{ hours(r.overageMinutes) }}
          <span class="muted">({{ r.overagePolicy === 'ALLOW' ? 'allowed' : 'blocked' }})</span>
        </dd>
      </div>
      <div>
        <dt>Hourly rate</dt>
        <dd>{{ money(r.hourlyRateCents) }}</dd>
      </div>
      <div>
        <dt>Overage rate</dt>
        <dd>{{ money(r.overageRateCents) }}</dd>
      </div>
      <div>
        <dt>Rollover</dt>
        <dd>
          {{ r.rolloverMaxMinutes === null ? 'None' : 'Up to ' + hours(r.rolloverMaxMinutes) }}
        </dd>
      </div>
      <div>
        <dt>Alerts at</dt>
        <dd>{{ thresholds() }}</dd>
      </div>
      <div>
        <dt>Account manager</dt>
        <dd>{{ managerLabel() }}</dd>
      </div>
    </dl>
  `,
  styles: `
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
      gap: 0.75rem 1.5rem;
      margin: 0;
    }
    dt {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0.125rem 0 0;
      font: var(--mat-sys-body-large);
    }
    .key dd {
      font: var(--mat-sys-title-large);
    }
    .draft {
      margin-left: 0.25rem;
      font: var(--mat-sys-body-medium);
    }
    .negative {
      color: var(--mat-sys-error);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RetainerSummaryComponent {
  readonly retainer = input.required<RetainerDetailFieldsFragment>();
  readonly clientName = input.required<string>();
  /** Whether the viewer is the retainer's account manager. */
  readonly mine = input(false);
  /** The account manager's name, when it could be loaded. */
  readonly managerName = input<string | null>(null);

  protected readonly hours = formatHours;
  protected readonly day = formatDay;
  /** Nothing is used before activation (the purchase is not on the ledger yet). */
  protected readonly used = computed(() => {
    const r = this.retainer();
    return r.status === 'DRAFT' ? 0 : r.minutesPurchased - r.balanceMinutes;
  });
  protected readonly share = computed(() =>
    shareUsed(this.used(), this.retainer().minutesPurchased),
  );
  protected readonly thresholds = computed(() => {
    const t = this.retainer().alertThresholds;
    return t.length ? t.map((p) => `${p}%`).join(', ') : 'None';
  });
  protected readonly managerLabel = computed(() => {
    const name = this.managerName() ?? '—';
    return this.mine() ? `${name} (you)` : name;
  });

  protected money(cents: number): string {
    return formatMoney(cents, this.retainer().currency);
  }
}
