import { durationProblem, formatElapsed, formatMinutes, parseDuration } from './durations';

describe('parseDuration', () => {
  it.each([
    ['90', 90],
    ['90 min', 90],
    ['90m', 90],
    ['1.5 h', 90],
    ['1,5h', 90],
    ['2 h', 120],
    ['2 h 30 min', 150],
    ['2h30', 150],
    ['2h 30m', 150],
    ['1:30', 90],
    ['1 d 4 h', 1680],
    ['2 days', 2880],
    ['1 hour 5 minutes', 65],
    ['0', 0],
  ])('reads %s as %i minutes', (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes);
  });

  it.each(['', 'abc', '1.25 min', '2 weeks', '-5', '1:75', 'h', '5 h later'])(
    'refuses %s',
    (text) => {
      expect(parseDuration(text)).toBeNull();
    },
  );

  it('round-trips what formatMinutes writes', () => {
    for (const m of [1, 45, 60, 61, 150, 4800, 525_600])
      expect(parseDuration(formatMinutes(m))).toBe(m);
  });
});

describe('formatting', () => {
  it('writes goals in hours and minutes, never days', () => {
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(60)).toBe('1 h');
    expect(formatMinutes(90)).toBe('1 h 30 min');
    expect(formatMinutes(4800)).toBe('80 h');
  });

  it('writes elapsed time with days', () => {
    expect(formatElapsed(0)).toBe('0 min');
    expect(formatElapsed(12)).toBe('12 min');
    expect(formatElapsed(65)).toBe('1 h 05 min');
    expect(formatElapsed(3060)).toBe('2 d 3 h');
  });
});

describe('durationProblem', () => {
  const range = { min: 1, max: 525_600 };
  it('says what is wrong', () => {
    expect(durationProblem('', range)).toBe('required');
    expect(durationProblem('soon', range)).toBe('duration');
    expect(durationProblem('0', range)).toBe('min');
    expect(durationProblem('9000 h', range)).toBe('max');
    expect(durationProblem('1 h', range)).toBeNull();
  });
});
