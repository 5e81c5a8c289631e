import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  resource,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router } from '@angular/router';
import { addDays, formatHours, todayIn } from '@vigil/shared/domain';
import {
  ApiService,
  AuthService,
  TimeEntryItemFragment,
  TimeSubmitEntryDocument,
  formMessage,
} from '@vigil/web/data-access';
import { PageStateComponent } from '@vigil/web/ui';
import { dayRange, isIsoDay, mondayOf, shortDay } from './shared/dates';
import { entryStatusLabel, plural, sumMinutes } from './shared/labels';
import { RetainerInfo, loadRetainers } from './shared/time-data';
import { loadWeekEntries } from './shared/week-data';
import { SavedEntry, TimeEntryFormComponent } from './week/time-entry-form.component';
import { WeekDayComponent } from './week/week-day.component';

/**
 * The consultant's week (Monday to Sunday in their own time zone, `?week=` its Monday): log time
 * as drafts, edit drafts and rejected entries, and submit them for approval one by one or all.
 */
@Component({
  selector: 'vigil-time-week',
  imports: [MatButtonModule, PageStateComponent, TimeEntryFormComponent, WeekDayComponent],
  templateUrl: './time-week.page.html',
  styleUrls: ['./shared/status.css', './time-week.page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TimeWeekPage {
  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly snackBar = inject(MatSnackBar);
  private readonly form = viewChild(TimeEntryFormComponent);

  /** The `week` query parameter: the Monday of the week shown. */
  readonly week = input<string>();

  protected readonly formatHours = formatHours;
  protected readonly tz = computed(() => this.auth.user()?.timeZone ?? 'UTC');
  protected readonly today = computed(() => todayIn(this.tz()));
  private readonly thisMonday = computed(() => mondayOf(this.today()));
  protected readonly monday = computed(() => {
    const week = this.week();
    return isIsoDay(week) ? mondayOf(week) : this.thisMonday();
  });
  protected readonly days = computed(() =>
    [0, 1, 2, 3, 4, 5, 6].map((i) => addDays(this.monday(), i)),
  );
  protected readonly range = computed(() => dayRange(this.monday(), addDays(this.monday(), 6)));
  protected readonly isThisWeek = computed(() => this.monday() === this.thisMonday());
  protected readonly defaultDay = computed(() =>
    this.days().includes(this.today()) ? this.today() : this.monday(),
  );

  protected readonly retainers = resource({ loader: () => loadRetainers(this.api) });
  protected readonly retainerMap = computed(() =>
    this.retainers.hasValue() ? this.retainers.value() : new Map<string, RetainerInfo>(),
  );
  protected readonly activeRetainers = computed(() =>
    [...this.retainerMap().values()]
      .filter((r) => r.status === 'ACTIVE')
      .sort((a, b) => a.label.localeCompare(b.label)),
  );

  protected readonly weekEntries = resource({
    params: () => {
      const userId = this.auth.user()?.id;
      const from = this.monday();
      return userId ? { userId, from, to: addDays(from, 6) } : undefined;
    },
    loader: ({ params }) => loadWeekEntries(this.api, params),
  });
  protected readonly entries = computed(() =>
    this.weekEntries.hasValue() ? this.weekEntries.value().entries : [],
  );
  protected readonly complete = computed(
    () => !this.weekEntries.hasValue() || this.weekEntries.value().complete,
  );
  protected readonly byDay = computed(() =>
    this.days().map((day) => ({ day, entries: this.entries().filter((e) => e.workDate === day) })),
  );
  protected readonly weekTotal = computed(() =>
    sumMinutes(this.entries().filter((e) => e.status !== 'REJECTED')),
  );
  protected readonly breakdown = computed(() =>
    ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED']
      .map((status) => {
        const of = this.entries().filter((e) => e.status === status);
        return {
          status,
          label: entryStatusLabel(status),
          count: of.length,
          minutes: sumMinutes(of),
        };
      })
      .filter((b) => b.count > 0),
  );
  protected readonly drafts = computed(() => this.entries().filter((e) => e.status === 'DRAFT'));
  protected readonly submitLabel = computed(() => {
    if (this.busy()) return 'Submitting…';
    const n = this.drafts().length;
    return n ? `Submit week (${plural(n, 'draft')})` : 'Submit week';
  });
  protected readonly loadError = computed(() => {
    const error = this.weekEntries.error() ?? this.retainers.error();
    return error ? formMessage(error) : null;
  });

  protected readonly editing = signal<TimeEntryItemFragment | null>(null);
  protected readonly busy = signal(false);
  /** Entries that could not be submitted, in words. */
  protected readonly problems = signal<string[]>([]);

  constructor() {
    // A week given by any of its days (or not a date at all) is shown by its Monday.
    effect(() => {
      const week = this.week();
      if (week && (!isIsoDay(week) || mondayOf(week) !== week)) {
        untracked(() => this.goTo(isIsoDay(week) ? mondayOf(week) : null, true));
      }
    });
    // Leaving the week ends an edit there.
    effect(() => {
      this.monday();
      untracked(() => {
        this.editing.set(null);
        this.problems.set([]);
      });
    });
  }

  protected previousWeek(): void {
    this.goTo(addDays(this.monday(), -7));
  }

  protected nextWeek(): void {
    this.goTo(addDays(this.monday(), 7));
  }

  protected thisWeek(): void {
    this.goTo(this.thisMonday());
  }

  /** "Log time": a new entry, with the keyboard on its first field. */
  protected logTime(): void {
    this.editing.set(null);
    this.form()?.focus();
  }

  protected edit(entry: TimeEntryItemFragment): void {
    this.editing.set(entry);
    this.form()?.focus();
  }

  protected cancelEdit(): void {
    this.editing.set(null);
  }

  protected saved({ entry, created }: SavedEntry): void {
    const when = `${formatHours(entry.minutes)} on ${shortDay(entry.workDate)}`;
    this.notify(created ? `Logged ${when} as a draft.` : `Saved ${when}.`);
    this.editing.set(null);
    this.weekEntries.reload();
  }

  protected submitOne(entry: TimeEntryItemFragment): Promise<void> {
    return this.submit([entry]);
  }

  protected submitWeek(): Promise<void> {
    return this.submit(this.drafts());
  }

  /** Submits drafts one after another; those that fail are listed, the others go through. */
  private async submit(entries: TimeEntryItemFragment[]): Promise<void> {
    if (!entries.length || this.busy()) return;
    this.busy.set(true);
    this.problems.set([]);
    const failed: string[] = [];
    let minutes = 0;
    for (const entry of entries) {
      try {
        await this.api.mutate(TimeSubmitEntryDocument, { id: entry.id });
        minutes += entry.minutes;
        if (this.editing()?.id === entry.id) this.editing.set(null);
      } catch (e) {
        failed.push(
          `${shortDay(entry.workDate)}, ${formatHours(entry.minutes)}: ${formMessage(e)}`,
        );
      }
    }
    this.busy.set(false);
    this.problems.set(failed);
    const done = entries.length - failed.length;
    if (done) {
      this.notify(
        `Submitted ${plural(done, 'entry', 'entries')} (${formatHours(minutes)}) for approval.`,
      );
    }
    this.weekEntries.reload();
  }

  private goTo(week: string | null, replaceUrl = false): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { week },
      queryParamsHandling: 'merge',
      replaceUrl,
    });
  }

  private notify(message: string): void {
    this.snackBar.open(message, 'Close', { duration: 5000 });
  }
}
