import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  resource,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { ActivatedRoute, Router } from '@angular/router';
import { DEFAULT_PAGE_SIZE, formatHours } from '@vigil/shared/domain';
import { ApiService, ClientRetainerEntriesDocument, formMessage } from '@vigil/web/data-access';
import {
  PageStateComponent,
  currentAfter,
  nextCursors,
  parseCursors,
  previousCursors,
} from '@vigil/web/ui';
import { mediumDate } from '../shared/dates';

/** Who did the work, as the client sees it: the API names no one, and neither do we. */
export const CONSULTANT_LABEL = 'Provider consultant';

/** Approved time on the retainer, newest first, a page at a time (`?cursors=` in the URL). */
@Component({
  selector: 'vigil-client-entries',
  imports: [MatButtonModule, PageStateComponent],
  templateUrl: './client-entries.component.html',
  styleUrls: ['../../../../ui/src/styles/table.css', './client-entries.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientEntriesComponent {
  private readonly api = inject(ApiService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  readonly retainerId = input.required<string>();
  readonly cursors = input<string>();

  protected readonly formatHours = formatHours;
  protected readonly mediumDate = mediumDate;
  protected readonly who = CONSULTANT_LABEL;
  protected readonly position = computed(() => ({ cursors: parseCursors(this.cursors()) }));
  protected readonly entries = resource({
    params: () => ({
      retainerId: this.retainerId(),
      first: DEFAULT_PAGE_SIZE,
      after: currentAfter(this.position()),
    }),
    loader: ({ params }) => this.api.query(ClientRetainerEntriesDocument, params),
  });
  protected readonly rows = computed(() =>
    this.entries.hasValue() ? this.entries.value().timeEntries.edges.map((e) => e.node) : [],
  );
  protected readonly hasNext = computed(
    () => this.entries.hasValue() && this.entries.value().timeEntries.pageInfo.hasNextPage,
  );
  protected readonly loadError = computed(() =>
    this.entries.error() ? formMessage(this.entries.error()) : null,
  );
  protected readonly summary = computed(() => {
    if (!this.entries.hasValue()) return '';
    const total = this.entries.value().timeEntries.totalCount;
    const start = this.position().cursors.length * DEFAULT_PAGE_SIZE;
    const count = this.rows().length;
    const noun = total === 1 ? 'entry' : 'entries';
    return count ? `${start + 1}–${start + count} of ${total} ${noun}` : `${total} ${noun}`;
  });

  protected next(): void {
    const end = this.entries.hasValue()
      ? this.entries.value().timeEntries.pageInfo.endCursor
      : null;
    if (end) this.go(nextCursors(this.position(), end));
  }

  protected previous(): void {
    this.go(previousCursors(this.position()));
  }

  private go(cursors: string | null): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { cursors },
      queryParamsHandling: 'merge',
    });
  }
}
