import { addUsFederalBusinessDays, isUsFederalBusinessDay, usFederalHolidays } from './us-holidays';

describe('usFederalHolidays', () => {
  it('lists 2025 (OPM)', () => {
    expect(usFederalHolidays(2025)).toEqual([
      { date: '2025-01-01', name: "New Year's Day" },
      { date: '2025-01-20', name: 'Martin Luther King Jr. Day' },
      { date: '2025-02-17', name: "Washington's Birthday" },
      { date: '2025-05-26', name: 'Memorial Day' },
      { date: '2025-06-19', name: 'Juneteenth National Independence Day' },
      { date: '2025-07-04', name: 'Independence Day' },
      { date: '2025-09-01', name: 'Labor Day' },
      { date: '2025-10-13', name: 'Columbus Day' },
      { date: '2025-11-11', name: 'Veterans Day' },
      { date: '2025-11-27', name: 'Thanksgiving Day' },
      { date: '2025-12-25', name: 'Christmas Day' },
    ]);
  });

  it('lists 2026, with Independence Day (a Saturday) observed on Friday 3 July', () => {
    expect(usFederalHolidays(2026).map((h) => h.date)).toEqual([
      '2026-01-01',
      '2026-01-19',
      '2026-02-16',
      '2026-05-25',
      '2026-06-19',
      '2026-07-03',
      '2026-09-07',
      '2026-10-12',
      '2026-11-11',
      '2026-11-26',
      '2026-12-25',
    ]);
  });

  it('puts New Year’s Day 2022 (a Saturday) on Friday 31 December 2021, in 2021’s list', () => {
    expect(usFederalHolidays(2021)).toEqual([
      { date: '2021-01-01', name: "New Year's Day" },
      { date: '2021-01-18', name: 'Martin Luther King Jr. Day' },
      { date: '2021-02-15', name: "Washington's Birthday" },
      { date: '2021-05-31', name: 'Memorial Day' },
      // Juneteenth's first year: Saturday 19 June, observed Friday 18 June.
      { date: '2021-06-18', name: 'Juneteenth National Independence Day' },
      // Sunday 4 July, observed Monday 5 July.
      { date: '2021-07-05', name: 'Independence Day' },
      { date: '2021-09-06', name: 'Labor Day' },
      { date: '2021-10-11', name: 'Columbus Day' },
      { date: '2021-11-11', name: 'Veterans Day' },
      { date: '2021-11-25', name: 'Thanksgiving Day' },
      // Saturday 25 December, observed Friday 24 December.
      { date: '2021-12-24', name: 'Christmas Day' },
      { date: '2021-12-31', name: "New Year's Day" },
    ]);
    expect(usFederalHolidays(2022).map((h) => h.date)).toEqual([
      '2022-01-17',
      '2022-02-21',
      '2022-05-30',
      '2022-06-20',
      '2022-07-04',
      '2022-09-05',
      '2022-10-10',
      '2022-11-11',
      '2022-11-24',
      '2022-12-26',
    ]);
  });

  it('moves a Sunday New Year’s Day to Monday, and has no Juneteenth before 2021', () => {
    expect(usFederalHolidays(2023)[0]).toEqual({ date: '2023-01-02', name: "New Year's Day" });
    expect(usFederalHolidays(2020).some((h) => h.name.startsWith('Juneteenth'))).toBe(false);
    expect(usFederalHolidays(2020)).toHaveLength(10);
  });

  it('returns copies the caller may change', () => {
    const list = usFederalHolidays(2026);
    list.length = 0;
    expect(usFederalHolidays(2026)).toHaveLength(11);
  });
});

describe('isUsFederalBusinessDay', () => {
  it('excludes weekends and observed holidays only', () => {
    expect(isUsFederalBusinessDay('2026-11-26')).toBe(false); // Thanksgiving
    expect(isUsFederalBusinessDay('2026-11-27')).toBe(true); // the Friday after is not federal
    expect(isUsFederalBusinessDay('2026-07-03')).toBe(false); // observed Independence Day
    expect(isUsFederalBusinessDay('2026-07-04')).toBe(false); // Saturday
    expect(isUsFederalBusinessDay('2026-07-06')).toBe(true);
    expect(isUsFederalBusinessDay('2021-12-31')).toBe(false); // New Year's Day 2022 observed
    expect(isUsFederalBusinessDay('2026-01-02')).toBe(true);
  });
});

describe('addUsFederalBusinessDays', () => {
  it('counts business days after a date, skipping weekends and holidays', () => {
    // Wednesday before Thanksgiving + 4: Fri 27, Mon 30, Tue 1, Wed 2.
    expect(addUsFederalBusinessDays('2026-11-25', 4)).toBe('2026-12-02');
    // Thursday 2 July + 1: Friday 3 July is the observed holiday, so Monday 6 July.
    expect(addUsFederalBusinessDays('2026-07-02', 1)).toBe('2026-07-06');
    // From a Saturday.
    expect(addUsFederalBusinessDays('2026-01-03', 1)).toBe('2026-01-05');
    // Over New Year's Day 2022 observed on Friday 31 December 2021.
    expect(addUsFederalBusinessDays('2021-12-30', 1)).toBe('2022-01-03');
  });

  it('returns the date itself for 0 and counts back for a negative number', () => {
    expect(addUsFederalBusinessDays('2026-07-04', 0)).toBe('2026-07-04');
    expect(addUsFederalBusinessDays('2026-12-02', -4)).toBe('2026-11-25');
    expect(() => addUsFederalBusinessDays('2026-12-02', 1.5)).toThrow(RangeError);
  });
});
