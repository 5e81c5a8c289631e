import { addDays, calendarDateIn, zonedTimeToInstant, zoneOffsetMs } from './time-zones';
import { addUsFederalBusinessDays } from './us-holidays';

export enum RegulatoryRegime {
  EU_GDPR = 'EU_GDPR',
  UK_GDPR = 'UK_GDPR',
  NIS2_ESSENTIAL = 'NIS2_ESSENTIAL',
  NIS2_IMPORTANT = 'NIS2_IMPORTANT',
  DORA = 'DORA',
  SEC = 'SEC',
  HIPAA_COVERED_ENTITY = 'HIPAA_COVERED_ENTITY',
  HIPAA_BUSINESS_ASSOCIATE = 'HIPAA_BUSINESS_ASSOCIATE',
  PCI_DSS_MERCHANT = 'PCI_DSS_MERCHANT',
}

export const REGIME_LABELS: Record<RegulatoryRegime, string> = {
  [RegulatoryRegime.EU_GDPR]: 'EU GDPR',
  [RegulatoryRegime.UK_GDPR]: 'UK GDPR',
  [RegulatoryRegime.NIS2_ESSENTIAL]: 'NIS2 (essential entity)',
  [RegulatoryRegime.NIS2_IMPORTANT]: 'NIS2 (important entity)',
  [RegulatoryRegime.DORA]: 'DORA (EU financial entity)',
  [RegulatoryRegime.SEC]: 'SEC (US public company)',
  [RegulatoryRegime.HIPAA_COVERED_ENTITY]: 'HIPAA (covered entity)',
  [RegulatoryRegime.HIPAA_BUSINESS_ASSOCIATE]: 'HIPAA (business associate)',
  [RegulatoryRegime.PCI_DSS_MERCHANT]: 'PCI DSS (merchant)',
};

/** What is known about an incident, as far as notification duties go. */
export interface RegulatoryFacts {
  /** the client's IANA zone (for "business days" and "1 month" arithmetic) */
  timeZone: string;
  /** when the client became aware */
  awareAt: Date | null;
  personalDataAffected: boolean;
  healthDataAffected: boolean;
  cardDataAffected: boolean;
  /** people/records affected */
  recordsAffected: number | null;
  /** NIS2 "significant incident" */
  significantIncident: boolean;
  /** DORA major classification */
  majorClassifiedAt: Date | null;
  /** SEC */
  materialityDeterminedAt: Date | null;
}

export type ObligationCode =
  | 'EU_GDPR_AUTHORITY'
  | 'UK_GDPR_ICO'
  | 'NIS2_EARLY_WARNING'
  | 'NIS2_NOTIFICATION'
  | 'NIS2_FINAL_REPORT'
  | 'DORA_INITIAL'
  | 'DORA_INTERMEDIATE'
  | 'DORA_FINAL'
  | 'SEC_8K'
  | 'HIPAA_INDIVIDUALS'
  | 'HIPAA_HHS'
  | 'HIPAA_HHS_ANNUAL'
  | 'PCI_NOTIFY'
  | 'PCI_REPORT';

export interface ProposedDeadline {
  obligation: ObligationCode;
  regime: RegulatoryRegime;
  title: string;
  /** the rule in words with its source, e.g. "GDPR Art. 33(1): notify the supervisory authority without undue delay and within 72 hours of becoming aware" */
  rule: string;
  triggerLabel: string;
  triggerAt: Date;
  dueAt: Date;
}

/**
 * What starts a deadline's clock: a fact of the incident (AWARE = facts.awareAt,
 * MAJOR_CLASSIFIED = facts.majorClassifiedAt, MATERIALITY = facts.materialityDeterminedAt,
 * AWARE_YEAR_END = local midnight ending the calendar year of awareness) or an earlier obligation
 * of the chain (its submission when known, else its due instant).
 */
export type RegulatoryTrigger =
  'AWARE' | 'MAJOR_CLASSIFIED' | 'MATERIALITY' | 'AWARE_YEAR_END' | { after: ObligationCode };

/**
 * How long after the trigger the deadline falls:
 * - hours: elapsed time (across a DST change the local clock time shifts by an hour);
 * - days: whole days on the client's wall clock (same local time n days later);
 * - months: calendar months on the client's wall clock, clamped to the month's last day;
 * - usBusinessDays: US federal business days after the trigger's local date, due at `at` ('HH:mm') in `atTimeZone`;
 * - businessDays: Monday–Friday after the trigger's local date, due at the end of the last one (local midnight).
 */
export type DeadlineOffset =
  | { hours: number }
  | { days: number }
  | { months: number }
  | { usBusinessDays: number; at: string; atTimeZone: string }
  | { businessDays: number };

export interface DeadlineBound {
  trigger: RegulatoryTrigger;
  offset: DeadlineOffset;
  /** Shown instead of the trigger's usual label. */
  triggerLabel?: string;
}

export interface RegulatoryRule {
  obligation: ObligationCode;
  /** Proposed when any of these is in the client's profile (once, for the first one listed). */
  regimes: readonly RegulatoryRegime[];
  /** Not proposed when one of these is in the profile too (another rule of the table covers it). */
  unlessRegimes?: readonly RegulatoryRegime[];
  title: string;
  /** The rule in words, with its source. */
  rule: string;
  /** Whether the facts call for this obligation (the triggers must also be known). */
  applies: (facts: RegulatoryFacts) => boolean;
  /** A sentence added to `rule` for these facts, or null. */
  note?: (facts: RegulatoryFacts) => string | null;
  /**
   * The deadline is the earliest of these bounds. The first bound's trigger must be known; a later
   * bound whose trigger is unknown is left out.
   */
  bounds: readonly [DeadlineBound, ...DeadlineBound[]];
}

const NIS2 = [RegulatoryRegime.NIS2_ESSENTIAL, RegulatoryRegime.NIS2_IMPORTANT] as const;
const HIPAA_CE = RegulatoryRegime.HIPAA_COVERED_ENTITY;
const HIPAA_BA = RegulatoryRegime.HIPAA_BUSINESS_ASSOCIATE;
const HIPAA_HHS_THRESHOLD = 500;

const personalData = (f: RegulatoryFacts): boolean => f.personalDataAffected;
const significant = (f: RegulatoryFacts): boolean => f.significantIncident;
const always = (): boolean => true;
const healthData = (f: RegulatoryFacts): boolean => f.healthDataAffected;
const cardData = (f: RegulatoryFacts): boolean => f.cardDataAffected;

/** The data table behind proposeDeadlines; a rule may follow only rules listed before it. */
export const REGULATORY_RULES: readonly RegulatoryRule[] = [
  {
    obligation: 'EU_GDPR_AUTHORITY',
    regimes: [RegulatoryRegime.EU_GDPR],
    title: 'Notify the supervisory authority (GDPR)',
    rule: 'GDPR Art. 33(1): notify the competent supervisory authority of a personal data breach without undue delay and, where feasible, within 72 hours of becoming aware of it (a later notification must give the reasons for the delay).',
    applies: personalData,
    bounds: [{ trigger: 'AWARE', offset: { hours: 72 } }],
  },
  {
    obligation: 'UK_GDPR_ICO',
    regimes: [RegulatoryRegime.UK_GDPR],
    title: "Notify the Information Commissioner's Office (UK GDPR)",
    rule: "UK GDPR Art. 33(1): notify the Information Commissioner's Office of a personal data breach without undue delay and, where feasible, within 72 hours of becoming aware of it.",
    applies: personalData,
    bounds: [{ trigger: 'AWARE', offset: { hours: 72 } }],
  },
  {
    obligation: 'NIS2_EARLY_WARNING',
    regimes: NIS2,
    title: 'NIS2 early warning to the CSIRT or competent authority',
    rule: 'NIS2 Directive (EU) 2022/2555 Art. 23(4)(a): early warning to the CSIRT or competent authority without undue delay and in any event within 24 hours of becoming aware of the significant incident.',
    applies: significant,
    bounds: [{ trigger: 'AWARE', offset: { hours: 24 } }],
  },
  {
    obligation: 'NIS2_NOTIFICATION',
    regimes: NIS2,
    title: 'NIS2 incident notification',
    rule: 'NIS2 Directive (EU) 2022/2555 Art. 23(4)(b): incident notification, updating the early warning with an initial assessment, without undue delay and in any event within 72 hours of becoming aware of the significant incident.',
    applies: significant,
    bounds: [{ trigger: 'AWARE', offset: { hours: 72 } }],
  },
  {
    obligation: 'NIS2_FINAL_REPORT',
    regimes: NIS2,
    title: 'NIS2 final report',
    rule: "NIS2 Directive (EU) 2022/2555 Art. 23(4)(d): final report not later than one month after the submission of the incident notification (counted from the notification's due time until its submission is recorded; a calendar month on the client's clock, ending on the month's last day when it has no such date).",
    applies: significant,
    bounds: [{ trigger: { after: 'NIS2_NOTIFICATION' }, offset: { months: 1 } }],
  },
  {
    obligation: 'DORA_INITIAL',
    regimes: [RegulatoryRegime.DORA],
    title: 'DORA initial notification',
    rule: 'DORA Regulation (EU) 2022/2554 Art. 19(4) with Delegated Regulation (EU) 2025/301 Art. 5(1): initial notification within 4 hours of classifying the incident as major and no later than 24 hours after becoming aware of it; the earlier of the two applies.',
    applies: always,
    bounds: [
      { trigger: 'MAJOR_CLASSIFIED', offset: { hours: 4 } },
      { trigger: 'AWARE', offset: { hours: 24 } },
    ],
  },
  {
    obligation: 'DORA_INTERMEDIATE',
    regimes: [RegulatoryRegime.DORA],
    title: 'DORA intermediate report',
    rule: "DORA Regulation (EU) 2022/2554 Art. 19(4) with Delegated Regulation (EU) 2025/301 Art. 5(2): intermediate report within 72 hours of the submission of the initial notification (counted from the initial notification's due time until its submission is recorded).",
    applies: always,
    bounds: [{ trigger: { after: 'DORA_INITIAL' }, offset: { hours: 72 } }],
  },
  {
    obligation: 'DORA_FINAL',
    regimes: [RegulatoryRegime.DORA],
    title: 'DORA final report',
    rule: "DORA Regulation (EU) 2022/2554 Art. 19(4) with Delegated Regulation (EU) 2025/301 Art. 5(3): final report within one month of the submission of the latest intermediate report (counted from its due time until its submission is recorded; a calendar month on the client's clock, ending on the month's last day when it has no such date).",
    applies: always,
    bounds: [{ trigger: { after: 'DORA_INTERMEDIATE' }, offset: { months: 1 } }],
  },
  {
    obligation: 'SEC_8K',
    regimes: [RegulatoryRegime.SEC],
    title: 'File Form 8-K Item 1.05 (material cybersecurity incident)',
    rule: "SEC Form 8-K Item 1.05 and General Instruction B.1: file within four business days after determining that the cybersecurity incident is material. Vigil counts 4 US federal business days after the day of the determination (on the client's calendar) and makes it due at 17:30 America/New_York that day, EDGAR's cut-off for a filing to keep that filing date (Regulation S-T Rule 13(a)(4)).",
    applies: always,
    bounds: [
      {
        trigger: 'MATERIALITY',
        offset: { usBusinessDays: 4, at: '17:30', atTimeZone: 'America/New_York' },
      },
    ],
  },
  {
    obligation: 'HIPAA_INDIVIDUALS',
    regimes: [HIPAA_CE],
    title: 'Notify the affected individuals (HIPAA)',
    rule: 'HIPAA Breach Notification Rule, 45 CFR 164.404(b): notify each affected individual without unreasonable delay and in no case later than 60 calendar days after discovery of the breach.',
    applies: healthData,
    bounds: [{ trigger: 'AWARE', offset: { days: 60 }, triggerLabel: 'Breach discovered' }],
  },
  {
    obligation: 'HIPAA_INDIVIDUALS',
    regimes: [HIPAA_BA],
    unlessRegimes: [HIPAA_CE],
    title: 'Notify the covered entity (HIPAA business associate)',
    rule: 'HIPAA Breach Notification Rule, 45 CFR 164.410(b): a business associate notifies the covered entity, identifying each affected individual, without unreasonable delay and in no case later than 60 calendar days after discovery of the breach; the covered entity then notifies the individuals and HHS.',
    applies: healthData,
    bounds: [{ trigger: 'AWARE', offset: { days: 60 }, triggerLabel: 'Breach discovered' }],
  },
  {
    obligation: 'HIPAA_HHS',
    regimes: [HIPAA_CE],
    title: 'Notify the Secretary of HHS (500 or more individuals)',
    rule: 'HIPAA Breach Notification Rule, 45 CFR 164.408(b): for a breach of unsecured protected health information of 500 or more individuals, notify the Secretary of HHS contemporaneously with the individuals, no later than 60 calendar days after discovery.',
    applies: (f) =>
      f.healthDataAffected &&
      (f.recordsAffected === null || f.recordsAffected >= HIPAA_HHS_THRESHOLD),
    note: (f) =>
      f.recordsAffected === null
        ? 'The number of individuals affected is not known yet, so the 60-day notice is proposed; under 500 it becomes the annual log (45 CFR 164.408(c)).'
        : null,
    bounds: [{ trigger: 'AWARE', offset: { days: 60 }, triggerLabel: 'Breach discovered' }],
  },
  {
    obligation: 'HIPAA_HHS_ANNUAL',
    regimes: [HIPAA_CE],
    title: 'Report to HHS in the annual breach log (fewer than 500 individuals)',
    rule: 'HIPAA Breach Notification Rule, 45 CFR 164.408(c): a breach of fewer than 500 individuals is logged and reported to the Secretary of HHS no later than 60 days after the end of the calendar year of discovery.',
    applies: (f) =>
      f.healthDataAffected && f.recordsAffected !== null && f.recordsAffected < HIPAA_HHS_THRESHOLD,
    bounds: [{ trigger: 'AWARE_YEAR_END', offset: { days: 60 } }],
  },
  {
    obligation: 'PCI_NOTIFY',
    regimes: [RegulatoryRegime.PCI_DSS_MERCHANT],
    title: 'Notify the acquirer and card brands',
    rule: 'PCI DSS Req. 12.10.1 and the card brand rules (e.g. Visa "What To Do If Compromised"): notify the acquirer and the card brands immediately on suspicion or confirmation of a cardholder data compromise. Vigil counts "immediately" as 24 hours after awareness.',
    applies: cardData,
    bounds: [{ trigger: 'AWARE', offset: { hours: 24 } }],
  },
  {
    obligation: 'PCI_REPORT',
    regimes: [RegulatoryRegime.PCI_DSS_MERCHANT],
    title: 'Send the card brand incident report',
    rule: 'Card brand rules (e.g. Visa "What To Do If Compromised"): provide the incident report within 3 business days. Vigil counts Monday–Friday after the day of awareness on the client\'s calendar, due at the end of the third (local midnight).',
    applies: cardData,
    bounds: [{ trigger: 'AWARE', offset: { businessDays: 3 } }],
  },
];

const HOUR_MS = 3_600_000;

interface WallClock {
  date: string;
  hour: number;
  minute: number;
  /** seconds and milliseconds past the minute */
  restMs: number;
}

function wallClock(timeZone: string, at: number): WallClock {
  const wall = new Date(at + zoneOffsetMs(timeZone, at));
  return {
    date: wall.toISOString().slice(0, 10),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    restMs: wall.getUTCSeconds() * 1000 + wall.getUTCMilliseconds(),
  };
}

function instantOfWall(timeZone: string, w: WallClock): number {
  return zonedTimeToInstant(w.date, w.hour, timeZone, w.minute).getTime() + w.restMs;
}

function addMonthsToDate(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
  first.setUTCDate(Math.min(d, lastDay.getUTCDate()));
  return first.toISOString().slice(0, 10);
}

function isWeekday(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6;
}

/** The instant `offset` after `trigger`, read on the wall clock of `timeZone` where it matters. */
export function applyDeadlineOffset(timeZone: string, trigger: Date, offset: DeadlineOffset): Date {
  const t = trigger.getTime();
  if ('hours' in offset) return new Date(t + offset.hours * HOUR_MS);
  if ('days' in offset) {
    const w = wallClock(timeZone, t);
    return new Date(instantOfWall(timeZone, { ...w, date: addDays(w.date, offset.days) }));
  }
  if ('months' in offset) {
    const w = wallClock(timeZone, t);
    return new Date(
      instantOfWall(timeZone, { ...w, date: addMonthsToDate(w.date, offset.months) }),
    );
  }
  if ('usBusinessDays' in offset) {
    const day = addUsFederalBusinessDays(calendarDateIn(timeZone, t), offset.usBusinessDays);
    const [hour, minute] = offset.at.split(':').map(Number) as [number, number];
    return zonedTimeToInstant(day, hour, offset.atTimeZone, minute);
  }
  let day = calendarDateIn(timeZone, t);
  for (let left = offset.businessDays; left > 0;) {
    day = addDays(day, 1);
    if (isWeekday(day)) left--;
  }
  return zonedTimeToInstant(addDays(day, 1), 0, timeZone);
}

const TRIGGER_LABELS: Record<Exclude<RegulatoryTrigger, object>, string> = {
  AWARE: 'Became aware',
  MAJOR_CLASSIFIED: 'Classified as major',
  MATERIALITY: 'Materiality determined',
  AWARE_YEAR_END: 'End of the calendar year of discovery',
};

/**
 * The deadlines a client's regimes call for, given what is known of the incident, in due order
 * (ties in table order). Each obligation appears at most once; a rule is left out when its regime
 * is not in the profile, its facts do not hold or its trigger is unknown. `submittedAt`: when
 * earlier notifications of a chain were actually submitted (DORA intermediate counts from the
 * initial's submission if known else its due; NIS2 final from the notification; DORA final from
 * the intermediate).
 */
export function proposeDeadlines(
  regimes: readonly RegulatoryRegime[],
  facts: RegulatoryFacts,
  submittedAt: Partial<Record<ObligationCode, Date>> = {},
): ProposedDeadline[] {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: facts.timeZone });
  } catch {
    throw new RangeError(`timeZone: ${facts.timeZone} is not a known IANA time zone`);
  }
  const profile = new Set(regimes);
  const proposed = new Map<ObligationCode, ProposedDeadline & { order: number }>();
  const titles = new Map<ObligationCode, string>();

  const triggerOf = (bound: DeadlineBound): { at: Date; label: string } | null => {
    const { trigger } = bound;
    if (typeof trigger === 'object') {
      const submitted = submittedAt[trigger.after];
      const title = titles.get(trigger.after) ?? trigger.after;
      if (submitted) return { at: submitted, label: `${title} submitted` };
      const earlier = proposed.get(trigger.after);
      return earlier ? { at: earlier.dueAt, label: `${title} due` } : null;
    }
    const label = bound.triggerLabel ?? TRIGGER_LABELS[trigger];
    switch (trigger) {
      case 'AWARE':
        return facts.awareAt && { at: facts.awareAt, label };
      case 'MAJOR_CLASSIFIED':
        return facts.majorClassifiedAt && { at: facts.majorClassifiedAt, label };
      case 'MATERIALITY':
        return facts.materialityDeterminedAt && { at: facts.materialityDeterminedAt, label };
      case 'AWARE_YEAR_END': {
        if (!facts.awareAt) return null;
        const year = Number(calendarDateIn(facts.timeZone, facts.awareAt).slice(0, 4));
        return {
          at: zonedTimeToInstant(`${String(year + 1).padStart(4, '0')}-01-01`, 0, facts.timeZone),
          label: `End of ${year}, the calendar year of discovery`,
        };
      }
    }
  };

  for (const [order, rule] of REGULATORY_RULES.entries()) {
    titles.set(rule.obligation, rule.title);
    const regime = rule.regimes.find((r) => profile.has(r));
    if (regime === undefined || proposed.has(rule.obligation)) continue;
    if (rule.unlessRegimes?.some((r) => profile.has(r))) continue;
    if (!rule.applies(facts)) continue;
    const [first, ...others] = rule.bounds;
    const start = triggerOf(first);
    if (!start) continue;
    let best = { ...start, dueAt: applyDeadlineOffset(facts.timeZone, start.at, first.offset) };
    for (const bound of others) {
      const other = triggerOf(bound);
      if (!other) continue;
      const dueAt = applyDeadlineOffset(facts.timeZone, other.at, bound.offset);
      if (dueAt.getTime() < best.dueAt.getTime()) best = { ...other, dueAt };
    }
    const note = rule.note?.(facts);
    proposed.set(rule.obligation, {
      obligation: rule.obligation,
      regime,
      title: rule.title,
      rule: note ? `${rule.rule} ${note}` : rule.rule,
      triggerLabel: best.label,
      triggerAt: new Date(best.at.getTime()),
      dueAt: best.dueAt,
      order,
    });
  }
  return [...proposed.values()]
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.order - b.order)
    .map(({ order: _order, ...deadline }) => deadline);
}
