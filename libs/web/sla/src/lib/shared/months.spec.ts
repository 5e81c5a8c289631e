import { addMonths, defaultRange, formatMonth, formatRange, isMonth } from './months';

describe('months', () => {
  it('adds and subtracts months across years', () => {
    expect(addMonths('2026-05', -5)).toBe('2025-12');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-01', -13)).toBe('2024-12');
  });

  it('defaults to this month and the five before', () => {
    expect(defaultRange('2026-03-31')).toEqual({ from: '2025-10', to: '2026-03' });
  });

  it('knows a month when it sees one', () => {
    expect(isMonth('2026-05')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-5')).toBe(false);
    expect(isMonth('')).toBe(false);
  });

  it('names months and ranges', () => {
    expect(formatMonth('2026-05', true)).toBe('May 2026');
    expect(formatRange('2025-12', '2026-05')).toBe('Dec 2025 – May 2026');
    expect(formatRange('2026-05', '2026-05')).toBe('May 2026');
    expect(formatMonth('nonsense')).toBe('nonsense');
  });
});
