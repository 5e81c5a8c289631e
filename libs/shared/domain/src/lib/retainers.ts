export enum RetainerStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  TERMINATED = 'TERMINATED',
}

export enum OveragePolicy {
  ALLOW = 'ALLOW',
  BLOCK = 'BLOCK',
}

export enum LedgerEntryKind {
  PURCHASE = 'PURCHASE',
  TOP_UP = 'TOP_UP',
  TIME_DEBIT = 'TIME_DEBIT',
  PROACTIVE_DEBIT = 'PROACTIVE_DEBIT',
  ADJUSTMENT = 'ADJUSTMENT',
  ROLLOVER_CREDIT = 'ROLLOVER_CREDIT',
  EXPIRY_WRITE_OFF = 'EXPIRY_WRITE_OFF',
  REVERSAL = 'REVERSAL',
}

export enum TimeEntryStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

export enum WorkReferenceType {
  RETAINER = 'RETAINER',
  ENGAGEMENT = 'ENGAGEMENT',
  ASSESSMENT = 'ASSESSMENT',
  TABLETOP = 'TABLETOP',
}

export const MINUTES_PER_QUARTER_HOUR = 15;
export const MAX_MINUTES_PER_DAY = 24 * 60;
export const DEFAULT_ALERT_THRESHOLDS: readonly number[] = [75, 90, 100];

/** Durations are positive whole quarter hours. */
export function isQuarterHours(minutes: number): boolean {
  return Number.isInteger(minutes) && minutes > 0 && minutes % MINUTES_PER_QUARTER_HOUR === 0;
}

/** "7.25 h" from minutes, without floating-point surprises in the display. */
export function formatHours(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const abs = Math.abs(minutes);
  const hours = Math.floor(abs / 60);
  const rest = abs % 60;
  return `${sign}${hours}${
    rest
      ? `.${String(Math.round((rest / 60) * 100))
          .padStart(2, '0')
          .replace(/0$/, '')}`
      : ''
  } h`;
}

/** True when `date` (YYYY-MM-DD) lies in [start, end], all calendar dates in one time zone. */
export function isWithinTerm(date: string, termStart: string, termEnd: string): boolean {
  return date >= termStart && date <= termEnd;
}
