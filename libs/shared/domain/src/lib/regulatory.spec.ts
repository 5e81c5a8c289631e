import {
  applyDeadlineOffset,
  ObligationCode,
  proposeDeadlines,
  REGIME_LABELS,
  RegulatoryFacts,
  RegulatoryRegime,
  REGULATORY_RULES,
} from './regulatory';
import { localDateTimeIn } from './time-zones';

const R = RegulatoryRegime;
const at = (iso: string): Date => new Date(iso);

const nothingKnown: RegulatoryFacts = {
  timeZone: 'Europe/Berlin',
  awareAt: null,
  personalDataAffected: false,
  healthDataAffected: false,
  cardDataAffected: false,
  recordsAffected: null,
  significantIncident: false,
  majorClassifiedAt: null,
  materialityDeterminedAt: null,
};

/** [obligation, regime, trigger label, trigger instant, due instant] */
type Row = [ObligationCode, RegulatoryRegime, string, string, string];

interface Case {
  name: string;
  regimes: RegulatoryRegime[];
  facts: Partial<RegulatoryFacts>;
  submitted?: Partial<Record<ObligationCode, Date>>;
  expected: Row[];
}

const cases: Case[] = [
  {
    name: 'GDPR: 72 elapsed hours across the EU DST change (Berlin 27 March 10:00 → 30 March 11:00)',
    regimes: [R.EU_GDPR],
    facts: { awareAt: at('2026-03-27T09:00:00Z'), personalDataAffected: true },
    expected: [
      [
        'EU_GDPR_AUTHORITY',
        R.EU_GDPR,
        'Became aware',
        '2026-03-27T09:00:00.000Z',
        '2026-03-30T09:00:00.000Z',
      ],
    ],
  },
  {
    name: 'EU and UK GDPR are separate obligations (London, clocks going back)',
    regimes: [R.UK_GDPR, R.EU_GDPR],
    facts: {
      timeZone: 'Europe/London',
      awareAt: at('2026-10-23T10:00:00Z'),
      personalDataAffected: true,
    },
    expected: [
      [
        'EU_GDPR_AUTHORITY',
        R.EU_GDPR,
        'Became aware',
        '2026-10-23T10:00:00.000Z',
        '2026-10-26T10:00:00.000Z',
      ],
      [
        'UK_GDPR_ICO',
        R.UK_GDPR,
        'Became aware',
        '2026-10-23T10:00:00.000Z',
        '2026-10-26T10:00:00.000Z',
      ],
    ],
  },
  {
    name: 'NIS2 chain, notification not submitted: the final report counts from its due time',
    regimes: [R.NIS2_IMPORTANT],
    facts: { awareAt: at('2026-03-20T09:00:00Z'), significantIncident: true },
    expected: [
      [
        'NIS2_EARLY_WARNING',
        R.NIS2_IMPORTANT,
        'Became aware',
        '2026-03-20T09:00:00.000Z',
        '2026-03-21T09:00:00.000Z',
      ],
      [
        'NIS2_NOTIFICATION',
        R.NIS2_IMPORTANT,
        'Became aware',
        '2026-03-20T09:00:00.000Z',
        '2026-03-23T09:00:00.000Z',
      ],
      // 23 March 10:00 CET + 1 month = 23 April 10:00 CEST.
      [
        'NIS2_FINAL_REPORT',
        R.NIS2_IMPORTANT,
        'NIS2 incident notification due',
        '2026-03-23T09:00:00.000Z',
        '2026-04-23T08:00:00.000Z',
      ],
    ],
  },
  {
    name: 'NIS2 chain, notification submitted: the final report counts from the submission',
    regimes: [R.NIS2_IMPORTANT],
    facts: { awareAt: at('2026-03-20T09:00:00Z'), significantIncident: true },
    submitted: {
      NIS2_EARLY_WARNING: at('2026-03-20T15:00:00Z'),
      NIS2_NOTIFICATION: at('2026-03-22T14:30:00Z'),
    },
    expected: [
      [
        'NIS2_EARLY_WARNING',
        R.NIS2_IMPORTANT,
        'Became aware',
        '2026-03-20T09:00:00.000Z',
        '2026-03-21T09:00:00.000Z',
      ],
      [
        'NIS2_NOTIFICATION',
        R.NIS2_IMPORTANT,
        'Became aware',
        '2026-03-20T09:00:00.000Z',
        '2026-03-23T09:00:00.000Z',
      ],
      // 22 March 15:30 CET + 1 month = 22 April 15:30 CEST.
      [
        'NIS2_FINAL_REPORT',
        R.NIS2_IMPORTANT,
        'NIS2 incident notification submitted',
        '2026-03-22T14:30:00.000Z',
        '2026-04-22T13:30:00.000Z',
      ],
    ],
  },
  {
    name: 'NIS2 final report a month after 31 January is 28 February; both NIS2 regimes count once',
    regimes: [R.NIS2_IMPORTANT, R.NIS2_ESSENTIAL],
    facts: { awareAt: at('2026-01-28T09:00:00Z'), significantIncident: true },
    expected: [
      [
        'NIS2_EARLY_WARNING',
        R.NIS2_ESSENTIAL,
        'Became aware',
        '2026-01-28T09:00:00.000Z',
        '2026-01-29T09:00:00.000Z',
      ],
      [
        'NIS2_NOTIFICATION',
        R.NIS2_ESSENTIAL,
        'Became aware',
        '2026-01-28T09:00:00.000Z',
        '2026-01-31T09:00:00.000Z',
      ],
      [
        'NIS2_FINAL_REPORT',
        R.NIS2_ESSENTIAL,
        'NIS2 incident notification due',
        '2026-01-31T09:00:00.000Z',
        '2026-02-28T09:00:00.000Z',
      ],
    ],
  },
  {
    name: 'DORA: the 24 hours from awareness come before the 4 hours from classification',
    regimes: [R.DORA],
    facts: { awareAt: at('2026-05-04T06:00:00Z'), majorClassifiedAt: at('2026-05-05T03:00:00Z') },
    expected: [
      [
        'DORA_INITIAL',
        R.DORA,
        'Became aware',
        '2026-05-04T06:00:00.000Z',
        '2026-05-05T06:00:00.000Z',
      ],
      [
        'DORA_INTERMEDIATE',
        R.DORA,
        'DORA initial notification due',
        '2026-05-05T06:00:00.000Z',
        '2026-05-08T06:00:00.000Z',
      ],
      [
        'DORA_FINAL',
        R.DORA,
        'DORA intermediate report due',
        '2026-05-08T06:00:00.000Z',
        '2026-06-08T06:00:00.000Z',
      ],
    ],
  },
  {
    name: 'DORA: the 4 hours from classification come first; later reports from submissions',
    regimes: [R.DORA],
    facts: { awareAt: at('2026-05-04T06:00:00Z'), majorClassifiedAt: at('2026-05-04T09:00:00Z') },
    submitted: {
      DORA_INITIAL: at('2026-05-04T11:30:00Z'),
      DORA_INTERMEDIATE: at('2026-05-06T16:45:00Z'),
    },
    expected: [
      [
        'DORA_INITIAL',
        R.DORA,
        'Classified as major',
        '2026-05-04T09:00:00.000Z',
        '2026-05-04T13:00:00.000Z',
      ],
      [
        'DORA_INTERMEDIATE',
        R.DORA,
        'DORA initial notification submitted',
        '2026-05-04T11:30:00.000Z',
        '2026-05-07T11:30:00.000Z',
      ],
      [
        'DORA_FINAL',
        R.DORA,
        'DORA intermediate report submitted',
        '2026-05-06T16:45:00.000Z',
        '2026-06-06T16:45:00.000Z',
      ],
    ],
  },
  {
    name: 'DORA without a known awareness: 4 hours from classification',
    regimes: [R.DORA],
    facts: { majorClassifiedAt: at('2026-05-04T09:00:00Z') },
    expected: [
      [
        'DORA_INITIAL',
        R.DORA,
        'Classified as major',
        '2026-05-04T09:00:00.000Z',
        '2026-05-04T13:00:00.000Z',
      ],
      [
        'DORA_INTERMEDIATE',
        R.DORA,
        'DORA initial notification due',
        '2026-05-04T13:00:00.000Z',
        '2026-05-07T13:00:00.000Z',
      ],
      [
        'DORA_FINAL',
        R.DORA,
        'DORA intermediate report due',
        '2026-05-07T13:00:00.000Z',
        '2026-06-07T13:00:00.000Z',
      ],
    ],
  },
  {
    name: 'SEC: determined on a Thursday, four business days over the weekend → Wednesday 17:30 EDT',
    regimes: [R.SEC],
    facts: { timeZone: 'America/New_York', materialityDeterminedAt: at('2026-06-11T19:00:00Z') },
    expected: [
      [
        'SEC_8K',
        R.SEC,
        'Materiality determined',
        '2026-06-11T19:00:00.000Z',
        '2026-06-17T21:30:00.000Z',
      ],
    ],
  },
  {
    name: 'SEC: Thursday before Juneteenth (Friday 19 June) → Thursday 25 June',
    regimes: [R.SEC],
    facts: { timeZone: 'America/New_York', materialityDeterminedAt: at('2026-06-18T19:00:00Z') },
    expected: [
      [
        'SEC_8K',
        R.SEC,
        'Materiality determined',
        '2026-06-18T19:00:00.000Z',
        '2026-06-25T21:30:00.000Z',
      ],
    ],
  },
  {
    name: 'SEC: Wednesday 25 November, Thanksgiving skipped → Wednesday 2 December 17:30 EST',
    regimes: [R.SEC],
    facts: { timeZone: 'America/New_York', materialityDeterminedAt: at('2026-11-25T15:00:00Z') },
    expected: [
      [
        'SEC_8K',
        R.SEC,
        'Materiality determined',
        '2026-11-25T15:00:00.000Z',
        '2026-12-02T22:30:00.000Z',
      ],
    ],
  },
  {
    name: 'SEC: the day of determination is the client’s (Tokyo, already Friday)',
    regimes: [R.SEC],
    facts: { timeZone: 'Asia/Tokyo', materialityDeterminedAt: at('2026-06-11T16:00:00Z') },
    expected: [
      [
        'SEC_8K',
        R.SEC,
        'Materiality determined',
        '2026-06-11T16:00:00.000Z',
        '2026-06-18T21:30:00.000Z',
      ],
    ],
  },
  {
    name: 'HIPAA covered entity, 500 or more: individuals and HHS 60 days later, same local time',
    regimes: [R.HIPAA_COVERED_ENTITY],
    facts: {
      timeZone: 'America/Chicago',
      awareAt: at('2026-02-10T15:00:00Z'),
      healthDataAffected: true,
      recordsAffected: 1200,
    },
    // 10 February 09:00 CST + 60 days = 11 April 09:00 CDT.
    expected: [
      [
        'HIPAA_INDIVIDUALS',
        R.HIPAA_COVERED_ENTITY,
        'Breach discovered',
        '2026-02-10T15:00:00.000Z',
        '2026-04-11T14:00:00.000Z',
      ],
      [
        'HIPAA_HHS',
        R.HIPAA_COVERED_ENTITY,
        'Breach discovered',
        '2026-02-10T15:00:00.000Z',
        '2026-04-11T14:00:00.000Z',
      ],
    ],
  },
  {
    name: 'HIPAA covered entity, fewer than 500: HHS in the annual log, 60 days after the year ends',
    regimes: [R.HIPAA_COVERED_ENTITY],
    facts: {
      timeZone: 'America/Chicago',
      awareAt: at('2026-02-10T15:00:00Z'),
      healthDataAffected: true,
      recordsAffected: 120,
    },
    expected: [
      [
        'HIPAA_INDIVIDUALS',
        R.HIPAA_COVERED_ENTITY,
        'Breach discovered',
        '2026-02-10T15:00:00.000Z',
        '2026-04-11T14:00:00.000Z',
      ],
      // From midnight ending 2026 (CST) 60 days on: 2 March 2027 00:00, i.e. by the end of 1 March.
      [
        'HIPAA_HHS_ANNUAL',
        R.HIPAA_COVERED_ENTITY,
        'End of 2026, the calendar year of discovery',
        '2027-01-01T06:00:00.000Z',
        '2027-03-02T06:00:00.000Z',
      ],
    ],
  },
  {
    name: 'HIPAA business associate: notify the covered entity within 60 days',
    regimes: [R.HIPAA_BUSINESS_ASSOCIATE],
    facts: {
      timeZone: 'America/Chicago',
      awareAt: at('2026-02-10T15:00:00Z'),
      healthDataAffected: true,
      recordsAffected: 1200,
    },
    expected: [
      [
        'HIPAA_INDIVIDUALS',
        R.HIPAA_BUSINESS_ASSOCIATE,
        'Breach discovered',
        '2026-02-10T15:00:00.000Z',
        '2026-04-11T14:00:00.000Z',
      ],
    ],
  },
  {
    name: 'PCI DSS over a weekend: brands in 24 h, report at the end of the third business day',
    regimes: [R.PCI_DSS_MERCHANT],
    facts: {
      timeZone: 'America/Chicago',
      awareAt: at('2026-06-04T19:00:00Z'),
      cardDataAffected: true,
    },
    // Thursday 4 June 14:00 CDT: Friday, Monday, Tuesday → Wednesday 10 June 00:00 CDT.
    expected: [
      [
        'PCI_NOTIFY',
        R.PCI_DSS_MERCHANT,
        'Became aware',
        '2026-06-04T19:00:00.000Z',
        '2026-06-05T19:00:00.000Z',
      ],
      [
        'PCI_REPORT',
        R.PCI_DSS_MERCHANT,
        'Became aware',
        '2026-06-04T19:00:00.000Z',
        '2026-06-10T05:00:00.000Z',
      ],
    ],
  },
  {
    name: 'PCI DSS: the business days are the client’s (Friday evening in Chicago, Saturday in UTC)',
    regimes: [R.PCI_DSS_MERCHANT],
    facts: {
      timeZone: 'America/Chicago',
      awareAt: at('2026-06-06T03:00:00Z'),
      cardDataAffected: true,
    },
    // Friday 5 June 22:00 CDT: Monday, Tuesday, Wednesday → Thursday 11 June 00:00 CDT.
    expected: [
      [
        'PCI_NOTIFY',
        R.PCI_DSS_MERCHANT,
        'Became aware',
        '2026-06-06T03:00:00.000Z',
        '2026-06-07T03:00:00.000Z',
      ],
      [
        'PCI_REPORT',
        R.PCI_DSS_MERCHANT,
        'Became aware',
        '2026-06-06T03:00:00.000Z',
        '2026-06-11T05:00:00.000Z',
      ],
    ],
  },
  {
    name: 'a mixed profile comes in due order (ties in table order)',
    regimes: [R.NIS2_ESSENTIAL, R.EU_GDPR],
    facts: {
      awareAt: at('2026-03-20T09:00:00Z'),
      personalDataAffected: true,
      significantIncident: true,
    },
    expected: [
      [
        'NIS2_EARLY_WARNING',
        R.NIS2_ESSENTIAL,
        'Became aware',
        '2026-03-20T09:00:00.000Z',
        '2026-03-21T09:00:00.000Z',
      ],
      [
        'EU_GDPR_AUTHORITY',
        R.EU_GDPR,
        'Became aware',
        '2026-03-20T09:00:00.000Z',
        '2026-03-23T09:00:00.000Z',
      ],
      [
        'NIS2_NOTIFICATION',
        R.NIS2_ESSENTIAL,
        'Became aware',
        '2026-03-20T09:00:00.000Z',
        '2026-03-23T09:00:00.000Z',
      ],
      [
        'NIS2_FINAL_REPORT',
        R.NIS2_ESSENTIAL,
        'NIS2 incident notification due',
        '2026-03-23T09:00:00.000Z',
        '2026-04-23T08:00:00.000Z',
      ],
    ],
  },
  {
    name: 'regimes not in the profile produce nothing',
    regimes: [R.SEC],
    facts: {
      awareAt: at('2026-03-20T09:00:00Z'),
      personalDataAffected: true,
      healthDataAffected: true,
      cardDataAffected: true,
      significantIncident: true,
      majorClassifiedAt: at('2026-03-20T10:00:00Z'),
    },
    expected: [],
  },
  {
    name: 'an empty profile produces nothing',
    regimes: [],
    facts: {
      awareAt: at('2026-03-20T09:00:00Z'),
      personalDataAffected: true,
      significantIncident: true,
      materialityDeterminedAt: at('2026-03-20T10:00:00Z'),
    },
    expected: [],
  },
  {
    name: 'every regime, but nothing known, produces nothing',
    regimes: Object.values(R),
    facts: {},
    expected: [],
  },
  {
    name: 'the data affected without a moment of awareness produce nothing',
    regimes: Object.values(R),
    facts: {
      personalDataAffected: true,
      healthDataAffected: true,
      cardDataAffected: true,
      significantIncident: true,
      recordsAffected: 2000,
    },
    expected: [],
  },
  {
    name: 'awareness without the kind of data or a significant incident produces nothing',
    regimes: [R.EU_GDPR, R.UK_GDPR, R.NIS2_ESSENTIAL, R.HIPAA_COVERED_ENTITY, R.PCI_DSS_MERCHANT],
    facts: { awareAt: at('2026-03-20T09:00:00Z'), recordsAffected: 2000 },
    expected: [],
  },
];

describe('proposeDeadlines', () => {
  it.each(cases)('$name', ({ regimes, facts, submitted, expected }) => {
    const rows: Row[] = proposeDeadlines(regimes, { ...nothingKnown, ...facts }, submitted).map(
      (d) => [
        d.obligation,
        d.regime,
        d.triggerLabel,
        d.triggerAt.toISOString(),
        d.dueAt.toISOString(),
      ],
    );
    expect(rows).toEqual(expected);
  });

  it('keeps the wall clock an hour later after 72 h across the EU DST change', () => {
    const [gdpr] = proposeDeadlines([R.EU_GDPR], {
      ...nothingKnown,
      awareAt: at('2026-03-27T09:00:00Z'),
      personalDataAffected: true,
    });
    expect(gdpr && localDateTimeIn('Europe/Berlin', gdpr.triggerAt)).toBe('2026-03-27T10:00');
    expect(gdpr && localDateTimeIn('Europe/Berlin', gdpr.dueAt)).toBe('2026-03-30T11:00');
  });

  it('words titles and rules with their sources', () => {
    const facts: RegulatoryFacts = {
      ...nothingKnown,
      timeZone: 'America/New_York',
      awareAt: at('2026-02-10T15:00:00Z'),
      personalDataAffected: true,
      healthDataAffected: true,
      cardDataAffected: true,
      materialityDeterminedAt: at('2026-02-12T15:00:00Z'),
    };
    const byCode = new Map(
      proposeDeadlines([R.EU_GDPR, R.SEC, R.HIPAA_COVERED_ENTITY, R.PCI_DSS_MERCHANT], facts).map(
        (d) => [d.obligation, d],
      ),
    );
    expect(byCode.get('EU_GDPR_AUTHORITY')?.rule).toMatch(
      /^GDPR Art\. 33\(1\): notify the competent supervisory authority .* within 72 hours of becoming aware/,
    );
    expect(byCode.get('SEC_8K')?.rule).toContain('17:30 America/New_York');
    expect(byCode.get('SEC_8K')?.rule).toContain('EDGAR');
    expect(byCode.get('PCI_NOTIFY')?.rule).toContain('24 hours');
    // The count is unknown: the 60-day HHS notice is proposed, and says why.
    expect(byCode.get('HIPAA_HHS')?.rule).toContain(
      'The number of individuals affected is not known yet',
    );
    expect(byCode.has('HIPAA_HHS_ANNUAL')).toBe(false);
    expect(byCode.get('HIPAA_INDIVIDUALS')?.title).toBe('Notify the affected individuals (HIPAA)');
  });

  it('proposes the covered entity’s duties, not the business associate’s, when both are in the profile', () => {
    const both = proposeDeadlines([R.HIPAA_BUSINESS_ASSOCIATE, R.HIPAA_COVERED_ENTITY], {
      ...nothingKnown,
      timeZone: 'America/Chicago',
      awareAt: at('2026-02-10T15:00:00Z'),
      healthDataAffected: true,
      recordsAffected: 1200,
    });
    expect(both.map((d) => [d.obligation, d.regime, d.title])).toEqual([
      ['HIPAA_INDIVIDUALS', R.HIPAA_COVERED_ENTITY, 'Notify the affected individuals (HIPAA)'],
      [
        'HIPAA_HHS',
        R.HIPAA_COVERED_ENTITY,
        'Notify the Secretary of HHS (500 or more individuals)',
      ],
    ]);
    const associate = proposeDeadlines([R.HIPAA_BUSINESS_ASSOCIATE], {
      ...nothingKnown,
      awareAt: at('2026-02-10T15:00:00Z'),
      healthDataAffected: true,
    });
    expect(associate.map((d) => d.title)).toEqual([
      'Notify the covered entity (HIPAA business associate)',
    ]);
    expect(associate[0]?.rule).toContain('45 CFR 164.410(b)');
  });

  it('rejects an unknown time zone', () => {
    expect(() => proposeDeadlines([R.EU_GDPR], { ...nothingKnown, timeZone: 'Mars/Base' })).toThrow(
      'timeZone: Mars/Base is not a known IANA time zone',
    );
  });
});

describe('REGULATORY_RULES', () => {
  it('has a source for every rule, and lists each chained rule after the one it follows', () => {
    const seen = new Set<ObligationCode>();
    for (const rule of REGULATORY_RULES) {
      expect(rule.rule).toMatch(/(Art\.|CFR|Form 8-K|PCI DSS|Card brand)/);
      for (const bound of rule.bounds)
        if (typeof bound.trigger === 'object') expect(seen.has(bound.trigger.after)).toBe(true);
      seen.add(rule.obligation);
    }
    expect(seen.size).toBe(14);
  });

  it('labels every regime', () => {
    expect(Object.keys(REGIME_LABELS).sort()).toEqual(Object.values(R).sort());
    expect(REGIME_LABELS[R.HIPAA_BUSINESS_ASSOCIATE]).toBe('HIPAA (business associate)');
  });
});

describe('applyDeadlineOffset', () => {
  const berlin = 'Europe/Berlin';
  it('adds elapsed hours, wall-clock days and months, and business days', () => {
    const t = at('2026-03-28T11:15:30.250Z'); // Saturday 12:15:30.250 CET
    expect(applyDeadlineOffset(berlin, t, { hours: 24 }).toISOString()).toBe(
      '2026-03-29T11:15:30.250Z',
    );
    // Same wall clock the next day, which is summer time.
    expect(applyDeadlineOffset(berlin, t, { days: 1 }).toISOString()).toBe(
      '2026-03-29T10:15:30.250Z',
    );
    expect(
      applyDeadlineOffset(berlin, at('2026-01-31T11:00:00Z'), { months: 1 }).toISOString(),
    ).toBe('2026-02-28T11:00:00.000Z');
    expect(
      applyDeadlineOffset(berlin, at('2027-12-31T11:00:00Z'), { months: 2 }).toISOString(),
    ).toBe('2028-02-29T11:00:00.000Z');
    // Saturday: Monday, Tuesday, Wednesday → Thursday 2 April 00:00 CEST.
    expect(applyDeadlineOffset(berlin, t, { businessDays: 3 }).toISOString()).toBe(
      '2026-04-01T22:00:00.000Z',
    );
  });
});
