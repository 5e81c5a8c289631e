import { ElementRef } from '@angular/core';
import { AbstractControl, FormGroup, ValidatorFn } from '@angular/forms';
import { ApiError, fieldMessage } from './api.service';

/** A control's value must equal its sibling's (e.g. "confirm password"). */
export function sameAs(sibling: string): ValidatorFn {
  return (control: AbstractControl) => {
    const other = control.parent?.get(sibling);
    return other && control.value !== other.value ? { mismatch: true } : null;
  };
}

/** Where an API field lands in a form: the control's name and the words that start its message. */
export type FieldMap = Record<string, { control: string; label: string }>;

/**
 * Puts a server error on the field it concerns, as `{ server: message }`. Returns true when it
 * found the field; otherwise the caller shows the message for the whole form.
 */
export function showServerError(form: FormGroup, error: ApiError, fields: FieldMap): boolean {
  const target = error.field ? fields[error.field] : undefined;
  const control = target ? form.get(target.control) : null;
  if (!target || !control) return false;
  control.setErrors({ server: `${target.label} ${fieldMessage(error)}.` });
  control.markAsTouched();
  return true;
}

/** A message for the whole form: the API's words, capitalised, with the field prefix removed. */
export function formMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something went wrong. Try again.';
  const text = fieldMessage(error);
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** Moves focus to the first field that is wrong, so keyboard and screen-reader users land on it. */
export function focusFirstInvalid(host: ElementRef<HTMLElement>): void {
  setTimeout(() => {
    const field = host.nativeElement.querySelector<HTMLElement>(
      'input.ng-invalid, mat-select.ng-invalid, textarea.ng-invalid',
    );
    field?.focus();
  });
}

/**
 * Puts a server error on its field, with the API's field names ("input.termStart") said in words
 * from the map; returns the message for the whole form when no field matches, otherwise null.
 */
export function applyServerError(form: FormGroup, e: unknown, fields: FieldMap): string | null {
  if (!(e instanceof ApiError)) return formMessage(e);
  let message = e.message;
  for (const [name, { label }] of Object.entries(fields)) {
    if (name !== e.field) message = message.split(name).join(`the ${label.toLowerCase()}`);
  }
  const error = new ApiError(message, e.code, e.field);
  return showServerError(form, error, fields) ? null : formMessage(error);
}
