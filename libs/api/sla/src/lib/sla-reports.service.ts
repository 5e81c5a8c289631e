import { Injectable } from '@nestjs/common';
import { badInput } from '@vigil/api/core';
import { TenantDb } from '@vigil/api/database';
import { csvDocument, Severity, SLA_GOAL_LABELS, SlaGoalKind } from '@vigil/shared/domain';
import { requireManager } from './sla-access';

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

export type ResponseMeasure = 'ACKNOWLEDGE' | 'CONTAIN' | 'RECOVER';

export interface ResponseTimeRow {
  severity: Severity;
  measure: ResponseMeasure;
  count: number;
  meanMinutes: number;
  medianMinutes: number;
  p90Minutes: number;
}

export interface ReportRange {
  fromMonth: string;
  toMonth: string;
  organizationId?: string | null;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Whether the promises were kept: SLA compliance per client, month (in the client's time zone),
 * goal and severity, and the time to acknowledge, contain and recover per severity. Row-level
 * security limits both to the clients the reader may see.
 */
@Injectable()
export class SlaReportsService {
  constructor(private readonly db: TenantDb) {}

  compliance(range: ReportRange): Promise<ComplianceRow[]> {
    requireManager(this.db.actor());
    const r = checkRange(range);
    return this.db.run(
      async (em) =>
        (await em.query(
          `SELECT c.organization_id AS "organizationId", o.name AS "clientName",
             to_char(c.started_at AT TIME ZONE o.time_zone, 'YYYY-MM') AS month,
             c.kind, c.severity,
             count(*)::int AS finished,
             count(*) FILTER (WHERE c.state = 'MET')::int AS met,
             count(*) FILTER (WHERE c.state = 'BREACHED')::int AS breached
           FROM sla_cycles c JOIN organizations o ON o.id = c.organization_id
           WHERE c.state IN ('MET', 'BREACHED')
             AND to_char(c.started_at AT TIME ZONE o.time_zone, 'YYYY-MM') BETWEEN $1 AND $2
             AND ($3::uuid IS NULL OR c.organization_id = $3::uuid)
           GROUP BY 1, 2, 3, 4, 5
           ORDER BY o.name, 3, c.kind, c.severity NULLS LAST`,
          [r.fromMonth, r.toMonth, r.organizationId ?? null],
        )) as ComplianceRow[],
    );
  }

  responseTimes(range: ReportRange): Promise<ResponseTimeRow[]> {
    requireManager(this.db.actor());
    const r = checkRange(range);
    return this.db.run(async (em) =>
      (
        (await em.query(
          `SELECT e.severity, v.measure, count(*)::int AS count,
           avg(v.minutes)::float8 AS mean, percentile_cont(0.5) WITHIN GROUP (ORDER BY v.minutes) AS median,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY v.minutes) AS p90
         FROM engagements e JOIN organizations o ON o.id = e.organization_id
         CROSS JOIN LATERAL (VALUES
           ('ACKNOWLEDGE', extract(epoch FROM e.acknowledged_at - e.declared_at) / 60),
           ('CONTAIN', extract(epoch FROM e.contained_at - e.declared_at) / 60),
           ('RECOVER', extract(epoch FROM e.recovered_at - e.declared_at) / 60)) AS v(measure, minutes)
         WHERE v.minutes IS NOT NULL
           AND to_char(e.declared_at AT TIME ZONE o.time_zone, 'YYYY-MM') BETWEEN $1 AND $2
           AND ($3::uuid IS NULL OR e.organization_id = $3::uuid)
         GROUP BY e.severity, v.measure
         ORDER BY e.severity, array_position(ARRAY['ACKNOWLEDGE', 'CONTAIN', 'RECOVER'], v.measure)`,
          [r.fromMonth, r.toMonth, r.organizationId ?? null],
        )) as {
          severity: Severity;
          measure: ResponseMeasure;
          count: number;
          mean: number;
          median: number;
          p90: number;
        }[]
      ).map((row) => ({
        severity: row.severity,
        measure: row.measure,
        count: row.count,
        meanMinutes: Math.round(row.mean),
        medianMinutes: Math.round(row.median),
        p90Minutes: Math.round(row.p90),
      })),
    );
  }

  async complianceCsv(range: ReportRange): Promise<string> {
    const rows = await this.compliance(range);
    return csvDocument(
      ['Client', 'Month', 'Goal', 'Severity', 'Finished', 'Met', 'Breached', 'Met %'],
      rows.map((r) => [
        r.clientName,
        r.month,
        SLA_GOAL_LABELS[r.kind],
        r.severity ?? '',
        r.finished,
        r.met,
        r.breached,
        sharePercent(r.met, r.finished),
      ]),
    );
  }

  async responseTimesCsv(range: ReportRange): Promise<string> {
    const rows = await this.responseTimes(range);
    return csvDocument(
      ['Severity', 'Measure', 'Engagements', 'Mean (min)', 'Median (min)', 'P90 (min)'],
      rows.map((r) => [
        r.severity,
        r.measure,
        r.count,
        r.meanMinutes,
        r.medianMinutes,
        r.p90Minutes,
      ]),
    );
  }
}

/** Met share in percent with one decimal ("" when nothing finished). */
export function sharePercent(met: number, finished: number): string {
  return finished ? (Math.round((met / finished) * 1000) / 10).toFixed(1) : '';
}

function checkRange(range: ReportRange): ReportRange {
  if (!MONTH.test(range.fromMonth)) throw badInput('fromMonth', 'must be a month as YYYY-MM');
  if (!MONTH.test(range.toMonth)) throw badInput('toMonth', 'must be a month as YYYY-MM');
  if (range.toMonth < range.fromMonth) throw badInput('toMonth', 'must not be before fromMonth');
  return range;
}
