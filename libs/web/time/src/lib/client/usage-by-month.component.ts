import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { formatHours } from '@vigil/shared/domain';
import { monthName } from '../shared/dates';

/** Hours used per month: a table that reads well aloud, with a bar for the eye. */
@Component({
  selector: 'vigil-usage-by-month',
  template: `
    @if (rows().length) {
      <table class="usage" aria-label="Hours used by month" data-testid="client-usage">
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col" class="num">Hours used</th>
            <th scope="col" class="bar-col"><span class="visually-hidden">Share</span></th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.month) {
            <tr>
              <th scope="row">{{ row.label }}</th>
              <td class="num">{{ formatHours(row.minutes) }}</td>
              <td class="bar-col">
                <div class="bar" aria-hidden="true">
                  <div class="fill" [style.width.%]="row.percent"></div>
                </div>
              </td>
            </tr>
          }
        </tbody>
      </table>
    } @else {
      <p class="muted">No hours have been used yet.</p>
    }
  `,
  styles: `
    .usage {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      padding: 0.375rem 0.5rem;
      text-align: left;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    thead th {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    tbody th {
      font-weight: 400;
      white-space: nowrap;
    }
    .num {
      text-align: right;
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    .bar-col {
      width: 50%;
    }
    .bar {
      height: 0.75rem;
      border-radius: 0.25rem;
      background: var(--mat-sys-surface-container-highest);
      overflow: hidden;
    }
    .fill {
      height: 100%;
      background: var(--mat-sys-primary);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsageByMonthComponent {
  readonly usage = input.required<readonly { month: string; minutes: number }[]>();
  protected readonly formatHours = formatHours;
  protected readonly rows = computed(() => {
    const usage = this.usage();
    const max = Math.max(0, ...usage.map((u) => u.minutes));
    return usage.map((u) => ({
      month: u.month,
      label: monthName(u.month),
      minutes: u.minutes,
      percent: max > 0 ? Math.max(0, Math.round((u.minutes * 100) / max)) : 0,
    }));
  });
}
