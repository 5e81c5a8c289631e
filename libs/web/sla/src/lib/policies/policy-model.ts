import type {
  SaveSlaPolicyInput,
  Severity,
  SlaAdminCalendarFieldsFragment,
  SlaAdminPolicyFieldsFragment,
  SlaGoalKind,
} from '@vigil/web/data-access';
import { formatMinutes, parseDuration } from '../shared/durations';
import { goalLabel, POLICY_GOAL_KINDS, SEVERITIES } from '../shared/labels';
import { weekSummary } from './calendar-model';

/** Who hears of a breach, in order (the policy's escalation delays follow this order). */
export const ESCALATION_STEPS = ['Incident commander', 'Account manager', 'Provider admins'];

/** The name of a goal's control in the policy form: "ACKNOWLEDGE_SEV1". */
export function goalKey(kind: SlaGoalKind, severity: Severity): string {
  return `${kind}_${severity}`;
}

export interface GoalCell {
  duration: string;
  calendar: string;
}

/** What a policy cell says: "1 h" and where its clock runs. */
export interface GoalView {
  duration: string;
  calendar: string;
  aroundTheClock: boolean;
}

export interface GoalGridRow {
  kind: SlaGoalKind;
  label: string;
  cells: { severity: Severity; goal: GoalView | null }[];
}

/** Calendars by id, with "around the clock" for goals that name none. */
export function calendarName(
  calendars: readonly SlaAdminCalendarFieldsFragment[],
  id: string | null,
): string {
  if (!id) return 'Around the clock';
  return calendars.find((c) => c.id === id)?.name ?? 'Unknown calendar';
}

/** Rows = goal kinds, columns = SEV1–SEV4. */
export function goalGrid(
  policy: SlaAdminPolicyFieldsFragment,
  calendars: readonly SlaAdminCalendarFieldsFragment[],
): GoalGridRow[] {
  return POLICY_GOAL_KINDS.map((kind) => ({
    kind,
    label: goalLabel(kind),
    cells: SEVERITIES.map((severity) => {
      const goal = policy.goals.find((g) => g.kind === kind && g.severity === severity);
      return {
        severity,
        goal: goal
          ? {
              duration: formatMinutes(goal.durationMinutes),
              calendar: calendarName(calendars, goal.calendarId),
              aroundTheClock: !goal.calendarId,
            }
          : null,
      };
    }),
  }));
}

/** "At 75% and 90% of the goal", or that there are none. */
export function warningsText(shares: readonly number[]): string {
  if (!shares.length) return 'No warnings before the goal is reached.';
  const list = shares.map((s) => `${s}%`);
  const last = list.pop();
  return `At ${list.length ? `${list.join(', ')} and ${last}` : last} of the goal.`;
}

/** One line per escalation step: "Incident commander: 15 min after the breach". */
export function escalationLines(delays: readonly number[]): string[] {
  return ESCALATION_STEPS.map((step, i) => {
    const delay = delays[i];
    if (delay === undefined) return `${step}: not set`;
    return delay === 0
      ? `${step}: at the breach`
      : `${step}: ${formatMinutes(delay)} after the breach`;
  });
}

/** "75, 90" → [75, 90]; null when a part is not a whole number. Order and range are checked later. */
export function parseShares(text: string): number[] | null {
  const parts = text
    .split(/[\s,;]+/)
    .map((p) => p.replace(/%$/, ''))
    .filter(Boolean);
  const values = parts.map(Number);
  return values.every((v) => Number.isInteger(v)) ? values : null;
}

/** The form's goal cells in grid order, as the API takes them; empty durations are left out. */
export function goalsInput(cells: Record<string, GoalCell>): {
  goals: SaveSlaPolicyInput['goals'];
  keys: string[];
} {
  const goals: SaveSlaPolicyInput['goals'] = [];
  const keys: string[] = [];
  for (const kind of POLICY_GOAL_KINDS) {
    for (const severity of SEVERITIES) {
      const key = goalKey(kind, severity);
      const cell = cells[key];
      if (!cell || !cell.duration.trim()) continue;
      goals.push({
        kind,
        severity,
        durationMinutes: parseDuration(cell.duration) ?? 0,
        calendarId: cell.calendar || null,
      });
      keys.push(key);
    }
  }
  return { goals, keys };
}

/**
 * The API names a goal's field "input.goals[3].durationMinutes" (its own checks) or
 * "input.goals.3.durationMinutes" (input validation): both become the bracket form.
 */
export function normalizeField(field: string | null): string | null {
  return field ? field.replace(/\.(\d+)(?=\.|$)/g, '[$1]') : null;
}

/** A calendar's choice in a goal cell: its name and when it counts. */
export function calendarOptionLabel(calendar: SlaAdminCalendarFieldsFragment): string {
  return `${calendar.name} (${weekSummary(calendar.week)})`;
}
