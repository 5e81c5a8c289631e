import { formatHours } from '@vigil/shared/domain';
import { LedgerEntryKind, RetainerStatus } from '@vigil/web/data-access';

export { formatHours };

const DAY_MS = 86_400_000;
const calendar = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
const months = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** Days since 1970-01-01 for a calendar date (YYYY-MM-DD); NaN when it is not one. */
export function dayNumber(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS : NaN;
}

/** The calendar date (YYYY-MM-DD) of a day number. */
export function fromDayNumber(day: number): string {
  return new Date(Math.round(day) * DAY_MS).toISOString().slice(0, 10);
}

/** "1 May 2026" for a calendar date, as it is (no time zone shift); "—" when missing. */
export function formatDay(date: string | null | undefined): string {
  if (!date) return '—';
  const day = dayNumber(date);
  return Number.isNaN(day) ? date : calendar.format(new Date(day * DAY_MS));
}

/** "May 2026" for "2026-05". */
export function formatMonth(month: string): string {
  const day = dayNumber(`${month}-01`);
  return Number.isNaN(day) ? month : months.format(new Date(day * DAY_MS));
}

/** "+10 h" / "-1.5 h": a signed ledger amount. */
export function signedHours(minutes: number): string {
  return minutes > 0 ? `+${formatHours(minutes)}` : formatHours(minutes);
}

/** "7.5 h / 30 days". */
export function burnRate(minutesPer30Days: number): string {
  return `${formatHours(minutesPer30Days)} / 30 days`;
}

/** Whole percent of the purchased minutes used; null when nothing was purchased. */
export function shareUsed(used: number, purchased: number): number | null {
  return purchased > 0 ? Math.round((used * 100) / purchased) : null;
}

export function formatMoney(cents: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(cents / 100);
  } catch {
    return `${(cents / 100).toFixed(2)} ${currency}`;
  }
}

const KINDS: Record<LedgerEntryKind, string> = {
  PURCHASE: 'Purchase',
  TOP_UP: 'Top-up',
  TIME_DEBIT: 'Time',
  PROACTIVE_DEBIT: 'Proactive work',
  ADJUSTMENT: 'Adjustment',
  ROLLOVER_CREDIT: 'Rollover',
  EXPIRY_WRITE_OFF: 'Expiry write-off',
  REVERSAL: 'Reversal',
};

export function kindLabel(kind: LedgerEntryKind): string {
  return KINDS[kind] ?? kind;
}

const STATUSES: Record<RetainerStatus, string> = {
  DRAFT: 'Draft',
  ACTIVE: 'Active',
  EXPIRED: 'Expired',
  TERMINATED: 'Terminated',
};

export function statusLabel(status: string): string {
  return STATUSES[status as RetainerStatus] ?? status;
}
