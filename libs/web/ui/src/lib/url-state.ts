import { Signal, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, ParamMap, Router } from '@angular/router';
import { PagePosition, nextCursors, parseCursors, previousCursors } from './cursor-pager';

export type QueryPatch = Record<string, string | null>;

/**
 * A list page's filters and page position, kept in the URL's query parameters so the page can be
 * linked and reloaded. Call in an injection context.
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
