import type { Severity, SlaGoalKind } from '@vigil/web/data-access';
import { formatMonth } from '../shared/months';
import { GOAL_KINDS, goalLabel, SEVERITIES } from '../shared/labels';

export interface ComplianceRow {
  organizationId: string;
  clientName: string;
  month: string;
  kind: SlaGoalKind;
  severity: Severity | null;
  finished: number;
  met: number;
  breached: number;
}

/** A severity column, or the one for goals without a severity (a regulator's deadline). */
export type SeverityColumn = Severity | 'NONE';

export interface ComplianceCell {
  met: number;
  finished: number;
  breached: number;
  /** "83.3%": never 100% while one was breached. */
  share: string;
}

export interface ComplianceGoalRow {
  kind: SlaGoalKind;
  label: string;
  cells: Partial<Record<SeverityColumn, ComplianceCell>>;
}

export interface ComplianceMonth {
  month: string;
  label: string;
  goals: ComplianceGoalRow[];
}

export interface ComplianceClient {
  organizationId: string;
  clientName: string;
  total: ComplianceCell;
  months: ComplianceMonth[];
}

export interface ComplianceReport {
  clients: ComplianceClient[];
  /** SEV1–SEV4, plus "no severity" when a row has none. */
  columns: SeverityColumn[];
}

/** The share met, rounded down to one decimal so a single breach never reads as 100%. */
export function metShare(met: number, finished: number): string {
  if (finished <= 0) return '—';
  const tenths = Math.floor((met * 1000) / finished);
  return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)}%`;
}

function cell(met: number, finished: number, breached: number): ComplianceCell {
  return { met, finished, breached, share: metShare(met, finished) };
}

/** The API's rows as one table per client: months in order, goals in policy order, severities as columns. */
export function complianceReport(rows: readonly ComplianceRow[]): ComplianceReport {
  const clients = new Map<string, { name: string; rows: ComplianceRow[] }>();
  for (const row of rows) {
    const entry = clients.get(row.organizationId) ?? { name: row.clientName, rows: [] };
    entry.rows.push(row);
    clients.set(row.organizationId, entry);
  }
  const withoutSeverity = rows.some((r) => r.severity === null);
  const columns: SeverityColumn[] = withoutSeverity ? [...SEVERITIES, 'NONE'] : [...SEVERITIES];
  const kindOrder = (kind: string): number => {
    const i = GOAL_KINDS.indexOf(kind as SlaGoalKind);
    return i < 0 ? GOAL_KINDS.length : i;
  };
  const result = [...clients.entries()].map(([organizationId, { name, rows: own }]) => {
    const months = [...new Set(own.map((r) => r.month))].sort();
    const sum = own.reduce(
      (acc, r) => ({
        met: acc.met + r.met,
        finished: acc.finished + r.finished,
        breached: acc.breached + r.breached,
      }),
      { met: 0, finished: 0, breached: 0 },
    );
    return {
      organizationId,
      clientName: name,
      total: cell(sum.met, sum.finished, sum.breached),
      months: months.map((month) => {
        const inMonth = own.filter((r) => r.month === month);
        const kinds = [...new Set(inMonth.map((r) => r.kind))].sort(
          (a, b) => kindOrder(a) - kindOrder(b),
        );
        return {
          month,
          label: formatMonth(month, true),
          goals: kinds.map((kind) => {
            const cells: Partial<Record<SeverityColumn, ComplianceCell>> = {};
            for (const r of inMonth.filter((x) => x.kind === kind)) {
              const column = r.severity ?? 'NONE';
              const before = cells[column];
              cells[column] = before
                ? cell(
                    before.met + r.met,
                    before.finished + r.finished,
                    before.breached + r.breached,
                  )
                : cell(r.met, r.finished, r.breached);
            }
            return { kind, label: goalLabel(kind), cells };
          }),
        };
      }),
    };
  });
  result.sort((a, b) => a.clientName.localeCompare(b.clientName, 'en'));
  return { clients: result, columns };
}
