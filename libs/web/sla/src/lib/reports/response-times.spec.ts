import { responseTimeGroups } from './response-times';

describe('responseTimeGroups', () => {
  it('orders severities and measures and formats the durations', () => {
    const groups = responseTimeGroups([
      {
        severity: 'SEV2',
        measure: 'RECOVER',
        count: 2,
        meanMinutes: 3000,
        medianMinutes: 2880,
        p90Minutes: 3060,
      },
      {
        severity: 'SEV1',
        measure: 'CONTAIN',
        count: 3,
        meanMinutes: 125,
        medianMinutes: 120,
        p90Minutes: 180,
      },
      {
        severity: 'SEV1',
        measure: 'ACKNOWLEDGE',
        count: 3,
        meanMinutes: 12,
        medianMinutes: 10,
        p90Minutes: 20,
      },
    ]);
    expect(groups.map((g) => g.severity)).toEqual(['SEV1', 'SEV2']);
    expect(groups[0]?.lines.map((l) => l.label)).toEqual([
      'Time to acknowledge',
      'Time to contain',
    ]);
    expect(groups[0]?.lines[1]).toMatchObject({
      mean: '2 h 05 min',
      median: '2 h 00 min',
      p90: '3 h 00 min',
    });
    expect(groups[1]?.lines[0]).toMatchObject({ count: 2, mean: '2 d 2 h', p90: '2 d 3 h' });
  });
});
