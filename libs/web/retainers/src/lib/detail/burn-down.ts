import { LedgerEntryFieldsFragment, LedgerEntryKind } from '@vigil/web/data-access';
import { dayNumber, fromDayNumber } from '../shared/format';
import { addDays, calendarDateIn } from '@vigil/shared/domain';

/** Hours left (in minutes) at the end of a calendar day of the client. */
export interface BurnPoint {
  date: string;
  minutes: number;
  /** The balance right after the first entry (the purchase), before that day's use. */
  opening?: boolean;
}

export interface BurnDown {
  /** End-of-day balance on each day the ledger moved, carried on to today. */
  actual: BurnPoint[];
  /** From today at the last 30 days' rate, to the day the hours run out or the term ends. */
  projection: BurnPoint[];
  /** Minutes used over the last 30 days. */
  burnedLast30Days: number;
  /** The day the hours run out at that rate; null when nothing was used. */
  exhaustion: string | null;
  today: string;
}

/** Kinds that count as use (a reversal gives use back), as the API counts the burn rate. */
const USE: readonly LedgerEntryKind[] = ['TIME_DEBIT', 'PROACTIVE_DEBIT', 'REVERSAL'];

export interface BurnInput {
  status: string;
  termStart: string;
  termEnd: string;
  balanceMinutes: number;
}

/** The burn-down series of a retainer from its whole ledger (oldest first). */
export function burnDown(
  retainer: BurnInput,
  ledger: readonly LedgerEntryFieldsFragment[],
  timeZone: string,
  now = new Date(),
): BurnDown {
  const today = calendarDateIn(timeZone, now);
  const byDay = new Map<string, number>();
  for (const entry of ledger)
    byDay.set(calendarDateIn(timeZone, entry.createdAt), entry.balanceAfter);
  const actual: BurnPoint[] = [...byDay].map(([date, minutes]) => ({ date, minutes }));
  const first = ledger[0];
  // The purchase and the first day's use on one day: start the line at the purchase.
  if (first && actual[0] && actual[0].minutes !== first.balanceAfter)
    actual.unshift({ date: actual[0].date, minutes: first.balanceAfter, opening: true });
  const last = actual.at(-1);
  const balance = last?.minutes ?? retainer.balanceMinutes;
  const carryTo = retainer.termEnd < today ? retainer.termEnd : today;
  if (last && retainer.status === 'ACTIVE' && last.date < carryTo)
    actual.push({ date: carryTo, minutes: last.minutes });

  const since = now.getTime() - 30 * 86_400_000;
  const burnedLast30Days = -ledger
    .filter((e) => USE.includes(e.kind) && Date.parse(e.createdAt) >= since)
    .reduce((sum, e) => sum + e.minutes, 0);

  let exhaustion: string | null = null;
  if (balance <= 0) exhaustion = today;
  else if (burnedLast30Days > 0)
    exhaustion = addDays(today, Math.ceil((balance * 30) / burnedLast30Days));

  const projection: BurnPoint[] = [];
  const active = retainer.status === 'ACTIVE' && last !== undefined;
  if (active && balance > 0 && today < retainer.termEnd) {
    const perDay = Math.max(0, burnedLast30Days) / 30;
    const start = dayNumber(today);
    const termEnd = dayNumber(retainer.termEnd);
    const zeroAt = perDay > 0 ? start + balance / perDay : Infinity;
    const end = Math.min(zeroAt, termEnd);
    projection.push({ date: today, minutes: balance });
    projection.push({
      date: fromDayNumber(Math.ceil(end)),
      minutes: Math.max(0, Math.round(balance - perDay * (end - start))),
    });
  }
  return { actual, projection, burnedLast30Days, exhaustion, today };
}
