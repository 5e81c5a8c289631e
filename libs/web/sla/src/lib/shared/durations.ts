import { formatDuration } from '@vigil/shared/domain';

/** The longest goal the API takes: a year of minutes. */
export const MAX_GOAL_MINUTES = 525_600;
/** The longest escalation delay the API takes: a week of minutes. */
export const MAX_ESCALATION_MINUTES = 10_080;

const UNIT_MINUTES: Record<string, number> = {
  d: 1440,
  day: 1440,
  days: 1440,
  h: 60,
  hr: 60,
  hrs: 60,
  hour: 60,
  hours: 60,
  m: 1,
  min: 1,
  mins: 1,
  minute: 1,
  minutes: 1,
};

/**
 * Minutes from what a person types: "90" (minutes), "90 min", "1.5 h", "2 h 30 min", "2h30",
 * "1:30" (hours:minutes), "1 d 4 h" (days of 24 hours). Null when it is not a whole number of
 * minutes (or not a duration at all). Zero and negative amounts are returned for the caller to
 * refuse in words.
 */
export function parseDuration(text: string): number | null {
  const t = text.trim().toLowerCase().replace(/,/g, '.');
  if (!t) return null;
  if (/^\d+$/.test(t)) return Number(t);
  const clock = /^(\d+):([0-5]\d)$/.exec(t);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  // "2h30" means 2 h 30 min.
  const bare = /^(\d+)\s*h\s*(\d+)$/.exec(t);
  if (bare) return Number(bare[1]) * 60 + Number(bare[2]);
  const part = /(\d+(?:\.\d+)?)\s*([a-z]+)/g;
  let total = 0;
  let rest = t;
  let seen = false;
  for (const match of t.matchAll(part)) {
    const unit = UNIT_MINUTES[match[2] ?? ''];
    if (unit === undefined) return null;
    total += Number(match[1]) * unit;
    rest = rest.replace(match[0], '');
    seen = true;
  }
  if (!seen || rest.trim() !== '') return null;
  const minutes = Math.round(total * 1000) / 1000;
  return Number.isInteger(minutes) ? minutes : null;
}

/** "45 min", "2 h", "1 h 30 min", "80 h": hours and minutes, never days (working time reads wrong as days). */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

/** Elapsed time for the response-time report: "12 min", "1 h 05 min", "2 d 3 h". */
export function formatElapsed(minutes: number): string {
  return minutes < 1 ? '0 min' : formatDuration(minutes * 60_000);
}

/** Why a typed goal or delay is wrong, or null when it is fine. */
export function durationProblem(
  text: string,
  { min, max }: { min: number; max: number },
): 'required' | 'duration' | 'min' | 'max' | null {
  if (!text.trim()) return 'required';
  const minutes = parseDuration(text);
  if (minutes === null) return 'duration';
  if (minutes < min) return 'min';
  if (minutes > max) return 'max';
  return null;
}
