import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
export { applyServerError } from '@vigil/web/data-access';

/** Hours as typed (number inputs give numbers; empty gives null). */
export type HoursValue = number | string | null;

function asNumber(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : NaN;
}

/** Hours in whole quarter hours → minutes, exactly; null when it is not such a number. */
export function hoursToMinutes(value: unknown): number | null {
  const n = asNumber(value);
  if (n === null || Number.isNaN(n)) return null;
  const quarters = Math.round(n * 4);
  return Math.abs(quarters - n * 4) < 1e-9 ? quarters * 15 : null;
}

/** A decimal amount → whole cents; null when it has more than two decimals. */
export function toCents(value: unknown): number | null {
  const n = asNumber(value);
  if (n === null || Number.isNaN(n)) return null;
  const cents = Math.round(n * 100);
  return Math.abs(cents - n * 100) < 1e-6 ? cents : null;
}

/** Whole quarter hours (0.25, 1.5, 40); empty passes. Options: positive, non-zero, negative ok. */
export function quarterHours(opts: { allowNegative?: boolean } = {}): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const n = asNumber(control.value);
    if (n === null) return null;
    if (Number.isNaN(n)) return { number: true };
    if (n === 0) return { zero: true };
    if (n < 0 && !opts.allowNegative) return { negative: true };
    return hoursToMinutes(n) === null ? { quarter: true } : null;
  };
}

/** A money amount: not negative, at most two decimals; empty passes. */
export function money(control: AbstractControl): ValidationErrors | null {
  const n = asNumber(control.value);
  if (n === null) return null;
  if (Number.isNaN(n)) return { number: true };
  if (n < 0) return { negative: true };
  return toCents(n) === null ? { cents: true } : null;
}

/** "75, 90, 100" → [75, 90, 100]; null when a part is not a whole number from 1 to 200. */
export function parseThresholds(text: string): number[] | null {
  const parts = text
    .split(/[\s,;]+/)
    .map((p) => p.replace(/%$/, ''))
    .filter(Boolean);
  const values = parts.map(Number);
  return values.every((v) => Number.isInteger(v) && v >= 1 && v <= 200) ? values : null;
}

export function thresholds(control: AbstractControl<string>): ValidationErrors | null {
  return parseThresholds(control.value ?? '') === null ? { thresholds: true } : null;
}
