import { FormGroup } from '@angular/forms';
import { ApiError, fieldMessage } from '@vigil/web/data-access';

/** Where an API field lands in a form: the control's name and the words that start its message. */
export type FieldMap = Record<string, { control: string; label: string }>;

/** Puts a server error on its field as `{ server: message }`; false when no field matched. */
export function showServerError(form: FormGroup, error: ApiError, fields: FieldMap): boolean {
  const target = error.field ? fields[error.field] : undefined;
  const control = target ? form.get(target.control) : null;
  if (!target || !control) return false;
  control.setErrors({ server: `${target.label} ${fieldMessage(error)}.` });
  control.markAsTouched();
  return true;
}

/** A message for a whole form or list: the API's words, capitalised, field prefix removed. */
export function errorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something went wrong. Try again.';
  const text = fieldMessage(error);
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
