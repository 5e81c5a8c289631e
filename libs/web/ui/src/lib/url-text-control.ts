import { effect, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl } from '@angular/forms';
import { debounceTime } from 'rxjs';
import { UrlState } from './url-state';

/**
 * A text box mirrored into one query parameter: typing updates the URL after a pause (and goes back
 * to page 1); a URL change from elsewhere (back button, link) updates the box. Injection context.
 */
export function urlTextControl(url: UrlState, name: string, debounceMs = 300): FormControl<string> {
  let pushed = url.get(name);
  const control = new FormControl(pushed, { nonNullable: true });
  control.valueChanges.pipe(debounceTime(debounceMs), takeUntilDestroyed()).subscribe((raw) => {
    const value = raw.trim();
    if (value === pushed) return;
    pushed = value;
    url.setFilters({ [name]: value || null }, true);
  });
  effect(() => {
    const value = url.params().get(name) ?? '';
    untracked(() => {
      if (value === pushed) return;
      pushed = value;
      control.setValue(value, { emitEvent: false });
    });
  });
  return control;
}
