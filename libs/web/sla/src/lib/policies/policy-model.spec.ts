import {
  escalationLines,
  goalGrid,
  goalsInput,
  normalizeField,
  parseShares,
  warningsText,
} from './policy-model';

const calendars = [
  {
    id: 'cal-1',
    name: 'Business hours',
    timeZone: null,
    week: [[], [{ start: '09:00', end: '17:00' }], [], [], [], [], []],
    holidays: [],
    version: 1,
  },
];

describe('policy model', () => {
  it('lays the goals out by kind and severity', () => {
    const grid = goalGrid(
      {
        id: 'p',
        name: 'Standard',
        retainerTier: null,
        warningShares: [75, 90],
        escalationDelaysMinutes: [15, 60, 120],
        version: 1,
        goals: [
          { kind: 'ACKNOWLEDGE', severity: 'SEV1', durationMinutes: 60, calendarId: null },
          { kind: 'REPORT', severity: 'SEV4', durationMinutes: 4800, calendarId: 'cal-1' },
        ],
      },
      calendars,
    );
    expect(grid.map((r) => r.label)).toEqual([
      'Acknowledge',
      'First responder engaged',
      'Client update',
      'Post-incident report',
    ]);
    expect(grid[0]?.cells[0]?.goal).toEqual({
      duration: '1 h',
      calendar: 'Around the clock',
      aroundTheClock: true,
    });
    expect(grid[0]?.cells[1]?.goal).toBeNull();
    expect(grid[3]?.cells[3]?.goal?.calendar).toBe('Business hours');
  });

  it('describes warnings and escalations', () => {
    expect(warningsText([75, 90])).toBe('At 75% and 90% of the goal.');
    expect(warningsText([50])).toBe('At 50% of the goal.');
    expect(warningsText([])).toBe('No warnings before the goal is reached.');
    expect(escalationLines([0, 60, 120])).toEqual([
      'Incident commander: at the breach',
      'Account manager: 1 h after the breach',
      'Provider admins: 2 h after the breach',
    ]);
  });

  it('reads warning shares', () => {
    expect(parseShares('75, 90%')).toEqual([75, 90]);
    expect(parseShares('')).toEqual([]);
    expect(parseShares('75, x')).toBeNull();
  });

  it('sends the filled cells in grid order and remembers which is which', () => {
    const { goals, keys } = goalsInput({
      REPORT_SEV1: { duration: '80 h', calendar: 'cal-1' },
      ACKNOWLEDGE_SEV2: { duration: '2 h', calendar: '' },
      ACKNOWLEDGE_SEV1: { duration: '30', calendar: '' },
      RESPOND_SEV1: { duration: ' ', calendar: '' },
    });
    expect(keys).toEqual(['ACKNOWLEDGE_SEV1', 'ACKNOWLEDGE_SEV2', 'REPORT_SEV1']);
    expect(goals[0]).toEqual({
      kind: 'ACKNOWLEDGE',
      severity: 'SEV1',
      durationMinutes: 30,
      calendarId: null,
    });
    expect(goals[2]).toMatchObject({ durationMinutes: 4800, calendarId: 'cal-1' });
  });

  it('reads both ways the API names a goal field', () => {
    expect(normalizeField('input.goals.3.durationMinutes')).toBe('input.goals[3].durationMinutes');
    expect(normalizeField('input.goals[3].durationMinutes')).toBe('input.goals[3].durationMinutes');
    expect(normalizeField('input.goals.12')).toBe('input.goals[12]');
    expect(normalizeField(null)).toBeNull();
  });
});
