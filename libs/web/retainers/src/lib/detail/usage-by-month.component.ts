import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { formatHours, formatMonth } from '../shared/format';

export interface MonthUsage {
  /** YYYY-MM in the client's time zone. */
  month: string;
  minutes: number;
}

/** "2026-05" → "2026-06". */
function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Hours used per month as a table with a bar for each month; months without use show 0. */
@Component({
  selector: 'vigil-usage-by-month',
  template: `
    @if (rows().length) {
      <table class="usage" aria-label="Hours used by month" data-testid="usage-by-month">
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col" class="num">Hours used</th>
            <th scope="col"><span class="visually-hidden">Share of the busiest month</span></th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.month) {
            <tr>
              <td class="nowrap">{{ row.label }}</td>
              <td class="num">{{ row.hours }}</td>
              <td class="bar-cell" aria-hidden="true">
                <span class="bar" [style.width.%]="row.share"></span>
              </td>
            </tr>
          }
        </tbody>
      </table>
    } @else {
      <p class="muted">No time has been used yet.</p>
    }
  `,
  styles: `
    .usage {
      border-collapse: collapse;
      width: 100%;
      max-width: 40rem;
    }
    th,
    td {
      padding: 0.375rem 0.5rem;
      text-align: left;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    th {
      font: var(--mat-sys-title-small);
    }
    .num {
      text-align: right;
      font-variant-numeric: tabular-nums;
      width: 7rem;
    }
    .nowrap {
      white-space: nowrap;
      width: 9rem;
    }
    .bar-cell {
      width: 60%;
    }
    .bar {
      display: block;
      height: 0.75rem;
      min-width: 1px;
      border-radius: 0.25rem;
      background: var(--mat-sys-primary);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsageByMonthComponent {
  readonly usage = input.required<readonly MonthUsage[]>();

  protected readonly rows = computed(() => {
    const sorted = [...this.usage()].sort((a, b) => a.month.localeCompare(b.month));
    const first = sorted[0];
    const last = sorted.at(-1);
    if (!first || !last) return [];
    const byMonth = new Map(sorted.map((u) => [u.month, u.minutes]));
    const months: MonthUsage[] = [];
    for (let m = first.month; m <= last.month && months.length < 120; m = nextMonth(m))
      months.push({ month: m, minutes: byMonth.get(m) ?? 0 });
    const max = Math.max(...months.map((u) => u.minutes), 1);
    return months.map((u) => ({
      month: u.month,
      label: formatMonth(u.month),
      hours: formatHours(u.minutes),
      share: Math.max(0, (u.minutes / max) * 100),
    }));
  });
}
