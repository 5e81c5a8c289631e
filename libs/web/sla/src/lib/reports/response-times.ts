import type { Severity } from '@vigil/web/data-access';
import { formatElapsed } from '../shared/durations';
import { measureLabel, SEVERITIES } from '../shared/labels';

export interface ResponseTimeRow {
  severity: Severity;
  measure: string;
  count: number;
  meanMinutes: number;
  medianMinutes: number;
  p90Minutes: number;
}

export interface ResponseTimeLine {
  measure: string;
  label: string;
  count: number;
  mean: string;
  median: string;
  p90: string;
}

export interface ResponseTimeGroup {
  severity: Severity;
  lines: ResponseTimeLine[];
}

const MEASURE_ORDER = ['ACKNOWLEDGE', 'CONTAIN', 'RECOVER'];

/** Per severity (SEV1 first), the measures in the order an incident goes through them. */
export function responseTimeGroups(rows: readonly ResponseTimeRow[]): ResponseTimeGroup[] {
  const order = (m: string): number => {
    const i = MEASURE_ORDER.indexOf(m);
    return i < 0 ? MEASURE_ORDER.length : i;
  };
  return SEVERITIES.map((severity) => ({
    severity,
    lines: rows
      .filter((r) => r.severity === severity)
      .sort((a, b) => order(a.measure) - order(b.measure))
      .map((r) => ({
        measure: r.measure,
        label: measureLabel(r.measure),
        count: r.count,
        mean: formatElapsed(r.meanMinutes),
        median: formatElapsed(r.medianMinutes),
        p90: formatElapsed(r.p90Minutes),
      })),
  })).filter((g) => g.lines.length > 0);
}
