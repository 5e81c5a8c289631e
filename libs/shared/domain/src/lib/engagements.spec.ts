import {
  EngagementPhase,
  engagementMetrics,
  engagementReference,
  gateItem,
  isProviderEngagementRole,
  missingGateItems,
  nextPhase,
  PHASE_GATES,
  PHASE_ORDER,
  timestampOrderProblem,
} from './engagements';

const at = (iso: string): Date => new Date(iso);
const none = {
  firstActivityAt: null,
  detectedAt: null,
  declaredAt: null,
  acknowledgedAt: null,
  containedAt: null,
  recoveredAt: null,
};

describe('engagement phases and gates', () => {
  it('walks the phases in order and stops after closed', () => {
    const walked: EngagementPhase[] = [EngagementPhase.INTAKE];
    for (let p = nextPhase(EngagementPhase.INTAKE); p; p = nextPhase(p)) walked.push(p);
    expect(walked).toEqual(PHASE_ORDER);
    expect(nextPhase(EngagementPhase.CLOSED)).toBeNull();
  });

  it('lists what is still missing to leave a phase', () => {
    expect(missingGateItems(EngagementPhase.CONTAINMENT, []).map((i) => i.key)).toEqual([
      'containment.confirmed',
    ]);
    expect(missingGateItems(EngagementPhase.CONTAINMENT, ['containment.confirmed'])).toEqual([]);
    expect(
      missingGateItems(EngagementPhase.INTAKE, new Set(['intake.scoped'])).map((i) => i.key),
    ).toEqual(['intake.authorised']);
    expect(missingGateItems(EngagementPhase.CLOSED, [])).toEqual([]);
  });

  it('finds a gate item by key with its phase, and says who may check it', () => {
    expect(gateItem('containment.confirmed')).toMatchObject({
      phase: EngagementPhase.CONTAINMENT,
      commanderOnly: true,
    });
    expect(gateItem('intake.authorised')).toMatchObject({
      phase: EngagementPhase.INTAKE,
      commanderOnly: false,
    });
    expect(gateItem('nope')).toBeNull();
  });

  it('gives every item a unique key and every phase but closed a gate', () => {
    const keys = PHASE_ORDER.flatMap((p) => PHASE_GATES[p].map((i) => i.key));
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of PHASE_ORDER.filter((x) => x !== EngagementPhase.CLOSED)) {
      expect(PHASE_GATES[p].length).toBeGreaterThan(0);
    }
  });
});

describe('engagement metrics', () => {
  it('measures detect, acknowledge, contain and recover in minutes', () => {
    expect(
      engagementMetrics({
        firstActivityAt: at('2026-03-01T08:00:00Z'),
        detectedAt: at('2026-03-03T08:00:00Z'),
        declaredAt: at('2026-03-03T09:00:00Z'),
        acknowledgedAt: at('2026-03-03T09:25:00Z'),
        containedAt: at('2026-03-04T09:00:00Z'),
        recoveredAt: at('2026-03-10T09:00:00Z'),
      }),
    ).toEqual({
      timeToDetectMinutes: 2 * 24 * 60,
      timeToAcknowledgeMinutes: 25,
      timeToContainMinutes: 24 * 60,
      timeToRecoverMinutes: 7 * 24 * 60,
    });
  });

  it('leaves a metric empty until both of its ends are known', () => {
    expect(engagementMetrics({ ...none, declaredAt: at('2026-03-03T09:00:00Z') })).toEqual({
      timeToDetectMinutes: null,
      timeToAcknowledgeMinutes: null,
      timeToContainMinutes: null,
      timeToRecoverMinutes: null,
    });
  });

  it('names the timestamp that comes before one it must follow', () => {
    expect(
      timestampOrderProblem({
        ...none,
        declaredAt: at('2026-03-03T09:00:00Z'),
        containedAt: at('2026-03-03T08:00:00Z'),
      }),
    ).toEqual(['containedAt', 'declaredAt']);
    expect(
      timestampOrderProblem({
        ...none,
        firstActivityAt: at('2026-03-01T08:00:00Z'),
        detectedAt: at('2026-03-01T08:00:00Z'),
      }),
    ).toBeNull();
  });
});

describe('engagement references and roles', () => {
  it('numbers engagements per client as IR-0001', () => {
    expect(engagementReference(1)).toBe('IR-0001');
    expect(engagementReference(12345)).toBe('IR-12345');
  });

  it('tells provider roles from client contact roles', () => {
    expect(isProviderEngagementRole('INCIDENT_COMMANDER')).toBe(true);
    expect(isProviderEngagementRole('EXECUTIVE_SPONSOR')).toBe(false);
  });
});
