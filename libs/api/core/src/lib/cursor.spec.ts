import { VigilError } from './errors';
import { decodeCursor, encodeCursor, pageSize } from './cursor';

describe('cursors and page sizes', () => {
  it('round-trips a cursor', () => {
    const key = { sort: 'Acme Manufacturing', id: '0b7e5a52-3a1e-4d5e-9a55-2f0c3c1f9d11' };
    expect(decodeCursor(encodeCursor(key))).toEqual(key);
  });

  it('refuses a cursor it did not issue, naming the argument', () => {
    expect(() => decodeCursor('bm9wZQ')).toThrow('after: is not a cursor this API issued');
  });

  it('defaults to 20, allows up to 100 and refuses more', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(101)).toThrow(VigilError);
    expect(() => pageSize(0)).toThrow('first: must be between 1 and 100, got 0');
  });
});
