import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { burnRate, dayNumber, formatDay, formatHours, fromDayNumber } from '../shared/format';
import { BurnDown } from './burn-down';

const W = 640;
const H = 260;
const M = { top: 16, right: 20, bottom: 36, left: 52 };
const short = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
const shortYear = new Intl.DateTimeFormat('en-GB', {
  month: 'short',
  year: '2-digit',
  timeZone: 'UTC',
});

interface Tick {
  at: number;
  label: string;
}

/** A step of 1, 2, 2.5 or 5 × 10^n giving about `count` ticks up to `max`. */
function niceStep(max: number, count: number): number {
  const raw = Math.max(max, 1) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= raw) ?? 10;
  return step * power;
}

/**
 * Hours left over the term, drawn as SVG: the ledger's running balance as a step line, and a
 * dashed projection from today at the last 30 days' rate. Screen readers get a summary in the
 * image's label and a table of the points.
 */
@Component({
  selector: 'vigil-burn-down-chart',
  template: `
    <figure class="chart">
      <svg
        [attr.viewBox]="'0 0 ' + width + ' ' + height"
        role="img"
        [attr.aria-label]="summary()"
        data-testid="burn-down"
      >
        @for (t of geometry().yTicks; track t.at) {
          <line class="grid" [attr.x1]="left" [attr.x2]="right" [attr.y1]="t.at" [attr.y2]="t.at" />
          <text class="label" [attr.x]="left - 6" [attr.y]="t.at + 4" text-anchor="end">
            {{ t.label }}
          </text>
        }
        @for (t of geometry().xTicks; track t.at) {
          <line
            class="tick"
            [attr.x1]="t.at"
            [attr.x2]="t.at"
            [attr.y1]="bottom"
            [attr.y2]="bottom + 4"
          />
          <text class="label" [attr.x]="t.at" [attr.y]="bottom + 18" text-anchor="middle">
            {{ t.label }}
          </text>
        }
        <line
          class="axis"
          [attr.x1]="left"
          [attr.x2]="right"
          [attr.y1]="geometry().zero"
          [attr.y2]="geometry().zero"
        />
        @if (geometry().todayX !== null) {
          <line
            class="today"
            [attr.x1]="geometry().todayX"
            [attr.x2]="geometry().todayX"
            [attr.y1]="top"
            [attr.y2]="bottom"
          />
          <text
            class="label"
            [attr.x]="geometry().todayLabel.x"
            [attr.y]="geometry().todayLabel.y"
            [attr.text-anchor]="geometry().todayLabel.anchor"
          >
            Today
          </text>
        }
        <line
          class="today"
          [attr.x1]="geometry().endX"
          [attr.x2]="geometry().endX"
          [attr.y1]="top"
          [attr.y2]="bottom"
        />
        <text class="label" [attr.x]="geometry().endX" [attr.y]="top - 4" text-anchor="end">
          Term end
        </text>
        @if (geometry().area) {
          <path class="area" [attr.d]="geometry().area" />
          <path class="actual" [attr.d]="geometry().line" />
        }
        @if (geometry().dot; as dot) {
          <circle class="dot" [attr.cx]="dot.x" [attr.cy]="dot.y" r="4" />
        }
        @if (geometry().projection) {
          <path class="projection" [attr.d]="geometry().projection" />
        }
      </svg>
      <figcaption class="legend">
        <span><span class="key actual-key" aria-hidden="true"></span>Hours left</span>
        @if (data().projection.length) {
          <span>
            <span class="key projection-key" aria-hidden="true"></span>
            Projection at the last 30 days’ rate ({{ rate() }})
          </span>
        }
      </figcaption>
    </figure>
    <table class="visually-hidden">
      <caption>
        Hours left by date ({{
          reference()
        }})
      </caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Hours left</th>
        </tr>
      </thead>
      <tbody>
        @for (p of data().actual; track $index) {
          <tr>
            <td>{{ day(p.date) }}{{ p.opening ? ' (after the purchase)' : '' }}</td>
            <td>{{ hours(p.minutes) }}</td>
          </tr>
        }
        @for (p of data().projection.slice(1); track $index) {
          <tr>
            <td>{{ day(p.date) }} (projected)</td>
            <td>{{ hours(p.minutes) }}</td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styleUrl: './burn-down-chart.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BurnDownChartComponent {
  readonly data = input.required<BurnDown>();
  readonly reference = input.required<string>();
  readonly termStart = input.required<string>();
  readonly termEnd = input.required<string>();
  readonly minutesPurchased = input.required<number>();

  protected readonly width = W;
  protected readonly height = H;
  protected readonly left = M.left;
  protected readonly right = W - M.right;
  protected readonly top = M.top;
  protected readonly bottom = H - M.bottom;
  protected readonly day = formatDay;
  protected readonly hours = formatHours;
  protected readonly rate = computed(() => burnRate(this.data().burnedLast30Days));

  protected readonly geometry = computed(() => {
    const { actual, projection, today } = this.data();
    const points = [...actual, ...projection];
    const days = [this.termStart(), this.termEnd(), ...points.map((p) => p.date)].map(dayNumber);
    const x0 = Math.min(...days);
    const x1 = Math.max(...days, x0 + 1);
    const minutes = [this.minutesPurchased(), ...points.map((p) => p.minutes)];
    const step = niceStep(Math.max(...minutes, 60) / 60, 4);
    const y1 = Math.ceil(Math.max(...minutes, 60) / 60 / step) * step;
    const y0 = Math.min(0, Math.floor(Math.min(...minutes) / 60 / step) * step);
    const x = (date: string): number =>
      M.left + ((dayNumber(date) - x0) / (x1 - x0)) * (W - M.left - M.right);
    const y = (mins: number): number =>
      M.top + ((y1 - mins / 60) / (y1 - y0)) * (this.bottom - M.top);
    const r = (n: number): string => n.toFixed(1);

    const yTicks: Tick[] = [];
    for (let v = y0; v <= y1 + 1e-9; v += step)
      yTicks.push({ at: y(v * 60), label: `${+v.toFixed(2)} h` });

    const xTicks = monthTicks(x0, x1).map((d, i) => ({
      at: x(d),
      label: (i === 0 || d.endsWith('-01-01') ? shortYear : short).format(
        new Date(`${d}T00:00:00Z`),
      ),
    }));

    let line = '';
    let area = '';
    const first = actual[0];
    if (first) {
      line = `M${r(x(first.date))},${r(y(first.minutes))}`;
      for (const p of actual.slice(1)) line += ` H${r(x(p.date))} V${r(y(p.minutes))}`;
      area = `${line} V${r(y(0))} H${r(x(first.date))} Z`;
    }
    const last = actual.at(-1);
    const dot = last ? { x: x(last.date), y: y(last.minutes) } : null;
    const [from, to] = projection;
    const projectionPath =
      from && to
        ? `M${r(x(from.date))},${r(y(from.minutes))} L${r(x(to.date))},${r(y(to.minutes))}`
        : '';
    const todayDay = dayNumber(today);
    const endX = x(this.termEnd());
    // Next to the term end, "Today" goes inside the plot, left of its line, so the two do not collide.
    const todayLabel =
      Math.abs(endX - x(today)) < 80
        ? { x: x(today) - 4, y: M.top + 12, anchor: 'end' }
        : { x: x(today), y: M.top - 4, anchor: 'middle' };
    return {
      yTicks,
      xTicks,
      zero: y(0),
      line,
      area,
      projection: projectionPath,
      dot,
      todayX: todayDay >= x0 && todayDay <= x1 ? x(today) : null,
      endX,
      todayLabel,
    };
  });

  protected readonly summary = computed(() => {
    const { actual, exhaustion, burnedLast30Days, today } = this.data();
    const last = actual.at(-1);
    const term = `The term runs from ${formatDay(this.termStart())} to ${formatDay(this.termEnd())}.`;
    if (!last) return `Burn-down of ${this.reference()}: no hours on the ledger yet. ${term}`;
    const left = `${formatHours(last.minutes)} left of ${formatHours(this.minutesPurchased())} on ${formatDay(last.date)}.`;
    let outlook: string;
    if (last.minutes <= 0) outlook = 'The hours are used up.';
    else if (today >= this.termEnd()) outlook = 'The term has ended.';
    else if (!exhaustion || burnedLast30Days <= 0)
      outlook = 'No hours were used in the last 30 days, so the hours last to the end of the term.';
    else if (exhaustion <= this.termEnd())
      outlook = `At ${burnRate(burnedLast30Days)}, the hours run out on ${formatDay(exhaustion)}, before the term ends.`;
    else outlook = `At ${burnRate(burnedLast30Days)}, the hours last past the end of the term.`;
    return `Burn-down of ${this.reference()}: ${left} ${outlook} ${term}`;
  });
}

/** The first day of each month in [x0, x1], thinned to at most 8 labels. */
function monthTicks(x0: number, x1: number): string[] {
  const start = fromDayNumber(x0);
  const months: string[] = [];
  let [y, m] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  if (!start.endsWith('-01')) m += 1;
  for (;;) {
    if (m > 12) [y, m] = [y + 1, 1];
    const d = `${y}-${String(m).padStart(2, '0')}-01`;
    if (dayNumber(d) > x1) break;
    months.push(d);
    m += 1;
  }
  const every = Math.ceil(months.length / 8);
  return months.filter((_, i) => i % every === 0);
}
