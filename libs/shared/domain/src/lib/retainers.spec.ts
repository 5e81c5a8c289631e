import { formatHours, isQuarterHours, isWithinTerm } from './retainers';

describe('retainer arithmetic', () => {
  it('accepts only positive whole quarter hours', () => {
    expect(isQuarterHours(15)).toBe(true);
    expect(isQuarterHours(90)).toBe(true);
    expect(isQuarterHours(0)).toBe(false);
    expect(isQuarterHours(20)).toBe(false);
    expect(isQuarterHours(-15)).toBe(false);
    expect(isQuarterHours(7.5)).toBe(false);
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
