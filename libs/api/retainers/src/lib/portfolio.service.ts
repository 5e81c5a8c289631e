import { Injectable } from '@nestjs/common';
import { badInput, notFound } from '@vigil/api/core';
import { escapeLike, RetainerEntity, TenantDb } from '@vigil/api/database';
import { csvDocument, isClientRole, LedgerEntryKind, Role } from '@vigil/shared/domain';

export enum PortfolioSort {
  TERM_END = 'TERM_END',
  HOURS_LEFT = 'HOURS_LEFT',
  SHARE_USED = 'SHARE_USED',
  CLIENT = 'CLIENT',
  EXHAUSTION = 'EXHAUSTION',
}

export interface PortfolioRow {
  retainer_id: string;
  organization_id: string;
  organization_name: string;
  time_zone: string;
  reference: string;
  response_tier: string;
  status: string;
  term_start: string;
  term_end: string;
  minutes_purchased: number;
  balance_minutes: number;
  used_minutes: number;
  burned_last_30_days: number;
  projected_exhaustion: string | null;
  at_risk: boolean;
  account_manager_id: string;
  /** Every row the filter keeps, before the page is cut (the same on each row). */
  total_count: number;
}

const ORDER: Record<PortfolioSort, string> = {
  [PortfolioSort.TERM_END]: 'term_end ASC, retainer_id',
  [PortfolioSort.HOURS_LEFT]: 'balance_minutes ASC, retainer_id',
  [PortfolioSort.SHARE_USED]: 'share_used DESC NULLS LAST, retainer_id',
  [PortfolioSort.CLIENT]: 'organization_name ASC, retainer_id',
  [PortfolioSort.EXHAUSTION]: 'projected_exhaustion ASC NULLS LAST, retainer_id',
};

/** The columns of a portfolio row, but its total_count. */
const OUTPUT = `retainer_id, organization_id, organization_name, time_zone, reference, response_tier, status,
  term_start, term_end, minutes_purchased, balance_minutes, used_minutes, share_used, account_manager_id,
  burned_last_30_days, projected_exhaustion, at_risk`;

/** The same orders on the retainers themselves, before the page is cut. */
const BASE_ORDER: Record<Exclude<PortfolioSort, PortfolioSort.EXHAUSTION>, string> = {
  [PortfolioSort.TERM_END]: 'r.term_end ASC, r.id',
  [PortfolioSort.HOURS_LEFT]: 'r.balance_minutes ASC, r.id',
  [PortfolioSort.SHARE_USED]: 'share_used DESC NULLS LAST, r.id',
  [PortfolioSort.CLIENT]: 'o.name ASC, r.id',
};

const DEBITS = [
  LedgerEntryKind.TIME_DEBIT,
  LedgerEntryKind.PROACTIVE_DEBIT,
  LedgerEntryKind.REVERSAL,
];

/**
 * The account manager's portfolio: every active or draft retainer they own (admins: all), with the
 * burn rate over the last 30 days and the date the hours run out at that rate. At risk: the hours
 * run out before the term ends, or the term ends within 30 days. Dates are in the client's zone.
 */
@Injectable()
export class PortfolioService {
  constructor(private readonly db: TenantDb) {}

  page(
    filter: { atRiskOnly?: boolean; search?: string },
    sort: PortfolioSort,
    limit: number,
    offset: number,
  ): Promise<{ rows: PortfolioRow[]; total: number }> {
    const actor = this.db.actor();
    return this.db.run(async (em) => {
      const params: unknown[] = [];
      const where = [`r.status IN ('ACTIVE', 'DRAFT')`];
      if (actor.role === Role.ACCOUNT_MANAGER) {
        params.push(actor.userId);
        where.push(`r.account_manager_id = $${params.length}`);
      }
      const search = filter.search?.trim();
      if (search) {
        params.push(`%${escapeLike(search)}%`);
        where.push(`(o.name ILIKE $${params.length} OR r.reference ILIKE $${params.length})`);
      }
      // The burn reads the ledger, so it is worked out only for the rows shown when the order and
      // the filter do not depend on it; sorting by exhaustion or keeping the at-risk ones needs it
      // for every retainer first. The client is joined before the page is cut only when the
      // search or the order needs its name. Either way one statement gives the page and the total.
      const burnFirst = filter.atRiskOnly === true || sort === PortfolioSort.EXHAUSTION;
      const clientFirst = Boolean(search) || sort === PortfolioSort.CLIENT;
      const baseOrder = burnFirst ? null : BASE_ORDER[sort];
      const window = (order: string): string => `ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`;
      // What needs neither the ledger nor the client's calendar: the retainers themselves.
      const base = `
          SELECT r.id AS retainer_id, r.organization_id, r.reference,
            r.response_tier, r.status, r.term_start, r.term_end, r.minutes_purchased, r.balance_minutes,
            CASE WHEN r.status = 'DRAFT' THEN 0 ELSE r.minutes_purchased - r.balance_minutes END AS used_minutes,
            CASE WHEN r.minutes_purchased > 0 AND r.status = 'ACTIVE'
                 THEN (r.minutes_purchased - r.balance_minutes)::numeric / r.minutes_purchased END AS share_used,
            r.account_manager_id, ${burnFirst ? 'NULL::int' : 'count(*) OVER ()::int'} AS total_count
          FROM retainers r ${clientFirst ? 'JOIN organizations o ON o.id = r.organization_id' : ''}
          WHERE ${where.join(' AND ')}
          ${baseOrder === null ? '' : window(baseOrder)}`;
      params.push(DEBITS);
      const sql = `/* portfolio:page */
        WITH b AS MATERIALIZED (${base}),
        q AS (
          SELECT b.*, o.name AS organization_name, o.time_zone, day.today, burn.minutes AS burned_last_30_days,
            -- A draft has not started: it neither burns nor runs out.
            CASE WHEN b.status = 'DRAFT' THEN NULL
                 WHEN b.balance_minutes <= 0 THEN day.today
                 WHEN burn.minutes > 0 THEN day.today + ceil(b.balance_minutes * 30.0 / burn.minutes)::int
            END AS exhaustion_date
          FROM b
          JOIN organizations o ON o.id = b.organization_id
          CROSS JOIN LATERAL (SELECT (now() AT TIME ZONE o.time_zone)::date AS today) day
          CROSS JOIN LATERAL (
            SELECT coalesce(-sum(l.minutes), 0)::int AS minutes FROM ledger_entries l
            WHERE l.retainer_id = b.retainer_id AND l.kind = ANY($${params.length}::ledger_entry_kind[])
              AND l.created_at >= now() - interval '30 days') burn
        ), r AS (
          SELECT retainer_id, organization_id, organization_name, time_zone, reference, response_tier, status,
            term_start::text AS term_start, term_end::text AS term_end, minutes_purchased, balance_minutes,
            used_minutes, share_used, account_manager_id, burned_last_30_days,
            exhaustion_date::text AS projected_exhaustion,
            status = 'ACTIVE' AND ((exhaustion_date IS NOT NULL AND exhaustion_date < term_end) OR term_end <= today + 30) AS at_risk,
            total_count
          FROM q
        )
        ${
          burnFirst
            ? `SELECT ${OUTPUT}, count(*) OVER ()::int AS total_count FROM r ${filter.atRiskOnly ? 'WHERE at_risk' : ''} ${window(ORDER[sort])}`
            : `SELECT * FROM r ORDER BY ${ORDER[sort]}`
        }`;
      const rows = (await em.query(sql, params)) as PortfolioRow[];
      // Past the last row the page is empty and carries no total: the first row of the same list does.
      if (rows.length === 0 && offset > 0) {
        return { rows, total: (await this.page(filter, sort, 1, 0)).total };
      }
      return { rows, total: rows[0]?.total_count ?? 0 };
    });
  }

  /** Minutes used per calendar month (client's time zone) over the retainer's life. */
  usageByMonth(retainerId: string): Promise<{ month: string; minutes: number }[]> {
    return this.db.run(async (em) => {
      const retainer = await em.findOneBy(RetainerEntity, { id: retainerId });
      if (!retainer) throw notFound('Retainer');
      return (await em.query(
        `SELECT to_char(l.created_at AT TIME ZONE o.time_zone, 'YYYY-MM') AS month, (-sum(l.minutes))::int AS minutes
         FROM ledger_entries l JOIN organizations o ON o.id = l.organization_id
         WHERE l.retainer_id = $1 AND l.kind = ANY($2::ledger_entry_kind[])
         GROUP BY 1 ORDER BY 1`,
        [retainerId, DEBITS],
      )) as { month: string; minutes: number }[];
    });
  }

  /**
   * A CSV statement for finance: one line per ledger entry in [from, to] (client's calendar days),
   * with the running balance. Client users get approved time only; the ledger itself is the same.
   */
  statement(retainerId: string, from: string, to: string): Promise<string> {
    const actor = this.db.actor();
    if (from > to) throw badInput('to', 'must not be before from');
    return this.db.run(async (em) => {
      const retainer = await em.findOneBy(RetainerEntity, { id: retainerId });
      if (!retainer) throw notFound('Retainer');
      const rows = (await em.query(
        `SELECT to_char(l.created_at AT TIME ZONE o.time_zone, 'YYYY-MM-DD') AS date, l.kind, l.minutes, l.balance_after,
                coalesce(t.description, l.reason, '') AS description, coalesce(u.name, '') AS person, coalesce(t.work_date::text, '') AS work_date
         FROM ledger_entries l
         JOIN organizations o ON o.id = l.organization_id
         LEFT JOIN time_entries t ON l.reference_type = 'TimeEntry' AND t.id = l.reference_id
         LEFT JOIN users u ON u.id = t.user_id
         WHERE l.retainer_id = $1 AND (l.created_at AT TIME ZONE o.time_zone)::date BETWEEN $2::date AND $3::date
         ORDER BY l.seq`,
        [retainerId, from, to],
      )) as {
        date: string;
        kind: string;
        minutes: number;
        balance_after: number;
        description: string;
        person: string;
        work_date: string;
      }[];
      const hours = (m: number): string => (m / 60).toFixed(2);
      const client = actor.role !== null && isClientRole(actor.role);
      return csvDocument(
        [
          'Retainer',
          'Posted on',
          'Work date',
          'Entry',
          'Description',
          'Consultant',
          'Hours',
          'Balance after (hours)',
          'Currency',
          'Hourly rate',
          'Amount',
        ],
        rows.map((r) => [
          retainer.reference,
          r.date,
          r.work_date,
          r.kind,
          client && r.kind !== LedgerEntryKind.TIME_DEBIT ? r.kind : r.description,
          r.person,
          hours(r.minutes),
          hours(r.balance_after),
          retainer.currency,
          (retainer.hourlyRateCents / 100).toFixed(2),
          r.minutes < 0 ? (((-r.minutes / 60) * retainer.hourlyRateCents) / 100).toFixed(2) : '',
        ]),
      );
    });
  }
}
