import { AbstractControl, FormGroup, ValidationErrors, ValidatorFn } from '@angular/forms';
import { ApiError, fieldMessage } from '@vigil/web/data-access';
import { capitalise } from './confirm.dialog';

/**
 * Puts an API error on the form control it names ("input.slug" → the `slug` control) and returns
 * null; returns the message to show above the buttons when no control matches.
 */
export function applyApiError(form: FormGroup, e: unknown, prefix = 'input.'): string | null {
  if (!(e instanceof ApiError)) return 'Something went wrong. Try again.';
  const name = e.field?.startsWith(prefix) ? e.field.slice(prefix.length) : null;
  const control = name ? form.get(name) : null;
  const message = capitalise(fieldMessage(e));
  if (!control) return message;
  control.setErrors({ server: message });
  control.markAsTouched();
  return null;
}

/** A validator from a predicate on the trimmed text; empty passes (use `required` for that). */
export function textValidator(test: (value: string) => boolean, key: string): ValidatorFn {
  return (control: AbstractControl<string | null>): ValidationErrors | null => {
    const value = (control.value ?? '').trim();
    return !value || test(value) ? null : { [key]: true };
  };
}
