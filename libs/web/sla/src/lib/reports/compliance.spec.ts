import { ComplianceRow, complianceReport, metShare } from './compliance';

const row = (over: Partial<ComplianceRow>): ComplianceRow => ({
  organizationId: 'acme',
  clientName: 'Acme',
  month: '2026-04',
  kind: 'ACKNOWLEDGE',
  severity: 'SEV1',
  finished: 4,
  met: 4,
  breached: 0,
  ...over,
});

describe('metShare', () => {
  it('rounds down so a breach never reads as 100%', () => {
    expect(metShare(4, 4)).toBe('100%');
    expect(metShare(1999, 2000)).toBe('99.9%');
    expect(metShare(5, 6)).toBe('83.3%');
    expect(metShare(1, 2)).toBe('50%');
    expect(metShare(0, 0)).toBe('—');
  });
});

describe('complianceReport', () => {
  it('groups by client, month and goal, with severities as columns', () => {
    const report = complianceReport([
      row({ organizationId: 'zeta', clientName: 'Zeta', month: '2026-05' }),
      row({ month: '2026-05', kind: 'REPORT', severity: 'SEV2', met: 1, finished: 2, breached: 1 }),
      row({ month: '2026-04' }),
      row({
        month: '2026-05',
        kind: 'ACKNOWLEDGE',
        severity: 'SEV3',
        met: 2,
        finished: 3,
        breached: 1,
      }),
    ]);
    expect(report.columns).toEqual(['SEV1', 'SEV2', 'SEV3', 'SEV4']);
    expect(report.clients.map((c) => c.clientName)).toEqual(['Acme', 'Zeta']);
    const acme = report.clients[0];
    expect(acme?.total).toEqual({ met: 7, finished: 9, breached: 2, share: '77.7%' });
    expect(acme?.months.map((m) => m.label)).toEqual(['April 2026', 'May 2026']);
    const may = acme?.months[1];
    expect(may?.goals.map((g) => g.label)).toEqual(['Acknowledge', 'Post-incident report']);
    expect(may?.goals[0]?.cells.SEV3).toEqual({ met: 2, finished: 3, breached: 1, share: '66.6%' });
    expect(may?.goals[0]?.cells.SEV1).toBeUndefined();
  });

  it('adds a column for goals without a severity', () => {
    const report = complianceReport([row({ kind: 'REGULATORY', severity: null })]);
    expect(report.columns).toEqual(['SEV1', 'SEV2', 'SEV3', 'SEV4', 'NONE']);
    expect(report.clients[0]?.months[0]?.goals[0]?.cells.NONE?.share).toBe('100%');
  });
});
