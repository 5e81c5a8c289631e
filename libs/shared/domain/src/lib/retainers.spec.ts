import { crossedThresholds, formatHours, isQuarterHours, isWithinTerm } from './retainers';

describe('retainer arithmetic', () => {
  it('accepts only positive whole quarter hours', () => {
    expect(isQuarterHours(15)).toBe(true);
    expect(isQuarterHours(90)).toBe(true);
    expect(isQuarterHours(0)).toBe(false);
    expect(isQuarterHours(20)).toBe(false);
    expect(isQuarterHours(-15)).toBe(false);
    expect(isQuarterHours(7.5)).toBe(false);
  });

  it('finds the thresholds a change crosses, exactly at the edge and never twice', () => {
    // 40 h purchased = 2400 min; 75 % is exactly 1800 min.
    expect(crossedThresholds(2400, 1785, 1800, [75, 90, 100])).toEqual([75]);
    expect(crossedThresholds(2400, 1800, 1815, [75, 90, 100])).toEqual([]);
    expect(crossedThresholds(2400, 0, 2500, [100, 75, 90])).toEqual([75, 90, 100]);
    expect(crossedThresholds(0, 0, 100, [75])).toEqual([]);
  });

  it('reads hours without float noise', () => {
    expect(formatHours(0)).toBe('0 h');
    expect(formatHours(75)).toBe('1.25 h');
    expect(formatHours(90)).toBe('1.5 h');
    expect(formatHours(-45)).toBe('-0.75 h');
  });

  it('compares calendar dates within a term', () => {
    expect(isWithinTerm('2026-01-01', '2026-01-01', '2026-12-31')).toBe(true);
    expect(isWithinTerm('2027-01-01', '2026-01-01', '2026-12-31')).toBe(false);
  });
});
