import { Signal, effect, inject, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl } from '@angular/forms';
import { ActivatedRoute, ParamMap, Router } from '@angular/router';
import { PagePosition, nextCursors, parseCursors, previousCursors } from '@vigil/web/ui';
import { debounceTime } from 'rxjs';

export type QueryPatch = Record<string, string | null>;

/**
 * A list page's filters, sort and page position in the URL's query parameters, so the page can be
 * linked and reloaded. Call in an injection context. (As in the provider console's list pages.)
 */
export class UrlState {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  readonly params: Signal<ParamMap> = toSignal(this.route.queryParamMap, { requireSync: true });

  get(name: string): string {
    return this.params().get(name) ?? '';
  }

  position(): PagePosition {
    return { cursors: parseCursors(this.params().get('cursors')) };
  }

  /** Changes filters and goes back to the first page. */
  setFilters(patch: QueryPatch, replaceUrl = false): void {
    this.navigate({ ...patch, cursors: null }, replaceUrl);
  }

  next(endCursor: string): void {
    this.navigate({ cursors: nextCursors(this.position(), endCursor) });
  }

  previous(): void {
    this.navigate({ cursors: previousCursors(this.position()) });
  }

  firstPage(): void {
    this.navigate({ cursors: null }, true);
  }

  private navigate(patch: QueryPatch, replaceUrl = false): void {
    const queryParams = Object.fromEntries(
      Object.entries(patch).map(([k, v]) => [k, v === '' ? null : v]),
    );
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams,
      queryParamsHandling: 'merge',
      replaceUrl,
    });
  }
}

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
