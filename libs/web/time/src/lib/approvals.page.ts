import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  effect,
  inject,
  input,
  resource,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router } from '@angular/router';
import { Role, formatHours } from '@vigil/shared/domain';
import {
  ApiService,
  AuthService,
  TimeApproveEntriesDocument,
  TimeEntryItemFragment,
  formMessage,
} from '@vigil/web/data-access';
import { PageStateComponent } from '@vigil/web/ui';
import { ApprovalGroup, ApprovalGroupComponent } from './approvals/approval-group.component';
import { loadNames, loadQueue, refusalMessage } from './approvals/approvals-data';
import { RejectData, RejectDialog } from './approvals/reject.dialog';
import { plural, sumMinutes } from './shared/labels';
import { RetainerInfo, loadRetainers } from './shared/time-data';

/** The API approves at most this many entries in one call. */
const MAX_APPROVE = 200;

/**
 * The account manager's queue of submitted time, by retainer (`?retainer=` narrows it to one):
 * approve a selection in one all-or-nothing call, or reject an entry with a reason.
 */
@Component({
  selector: 'vigil-approvals',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    PageStateComponent,
    ApprovalGroupComponent,
  ],
  templateUrl: './approvals.page.html',
  styleUrl: './approvals.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApprovalsPage {
  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);

  /** The `retainer` query parameter: show only this retainer's entries. */
  readonly retainer = input<string>();

  protected readonly formatHours = formatHours;
  protected readonly maxApprove = MAX_APPROVE;
  protected readonly queue = resource({ loader: () => loadQueue(this.api) });
  protected readonly retainers = resource({ loader: () => loadRetainers(this.api) });
  protected readonly names = resource({
    params: () => this.auth.user()?.organizationId,
    loader: ({ params }) => loadNames(this.api, params),
  });
  protected readonly nameMap = computed(() =>
    this.names.hasValue() ? this.names.value() : new Map<string, string>(),
  );

  private readonly entries = computed(() =>
    this.queue.hasValue() ? this.queue.value().entries : [],
  );
  private readonly retainerMap = computed(() =>
    this.retainers.hasValue() ? this.retainers.value() : new Map<string, RetainerInfo>(),
  );
  private readonly allGroups = computed(() => {
    const user = this.auth.user();
    const byRetainer = new Map<string, TimeEntryItemFragment[]>();
    for (const e of this.entries()) {
      byRetainer.set(e.retainerId, [...(byRetainer.get(e.retainerId) ?? []), e]);
    }
    return [...byRetainer.entries()]
      .map(([retainerId, entries]): ApprovalGroup => {
        const retainer = this.retainerMap().get(retainerId) ?? null;
        const canApprove =
          user?.role === Role.PROVIDER_ADMIN ||
          (!!retainer && retainer.accountManagerId === user?.id);
        return { retainerId, retainer, entries, canApprove };
      })
      .sort((a, b) => (a.retainer?.label ?? '').localeCompare(b.retainer?.label ?? ''));
  });
  /** The retainer filter, ignored when nothing waits for that retainer. */
  protected readonly filter = computed(() => {
    const id = this.retainer();
    return id && this.allGroups().some((g) => g.retainerId === id) ? id : 'all';
  });
  protected readonly groups = computed(() =>
    this.filter() === 'all'
      ? this.allGroups()
      : this.allGroups().filter((g) => g.retainerId === this.filter()),
  );
  protected readonly allGroupsCount = computed(() => this.allGroups().length);
  protected readonly filterOptions = computed(() =>
    this.allGroups().map((g) => ({
      id: g.retainerId,
      label: g.retainer?.label ?? 'Retainer',
      count: g.entries.length,
    })),
  );
  /** Rows the viewer may tick, in what is shown. */
  private readonly selectable = computed(() =>
    this.groups().flatMap((g) => (g.canApprove ? g.entries.map((e) => e.id) : [])),
  );

  protected readonly selectableCount = computed(() => this.selectable().length);
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly chosen = computed(() =>
    this.groups()
      .flatMap((g) => g.entries)
      .filter((e) => this.selected().has(e.id)),
  );
  protected readonly chosenMinutes = computed(() => sumMinutes(this.chosen()));
  protected readonly allChosen = computed(
    () => this.selectable().length > 0 && this.selectable().every((id) => this.selected().has(id)),
  );
  protected readonly someChosen = computed(() => this.chosen().length > 0 && !this.allChosen());
  protected readonly busy = signal(false);
  /** Why the last approval was refused, as the API said it. */
  protected readonly refusal = signal<string | null>(null);
  protected readonly loadError = computed(() => {
    const error = this.queue.error() ?? this.retainers.error();
    return error ? formMessage(error) : null;
  });
  protected readonly complete = computed(
    () => !this.queue.hasValue() || this.queue.value().complete,
  );

  constructor() {
    // Ticks follow what is shown: entries that left the queue or the filter are unticked.
    effect(() => {
      const shown = new Set(this.selectable());
      untracked(() => {
        const kept = [...this.selected()].filter((id) => shown.has(id));
        if (kept.length !== this.selected().size) this.selected.set(new Set(kept));
      });
    });
  }

  protected setFilter(id: string): void {
    this.refusal.set(null);
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { retainer: id === 'all' ? null : id },
      queryParamsHandling: 'merge',
    });
  }

  protected toggle({ id, checked }: { id: string; checked: boolean }): void {
    const next = new Set(this.selected());
    if (checked) next.add(id);
    else next.delete(id);
    this.selected.set(next);
  }

  protected toggleAll(event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.selected.set(new Set(checked ? this.selectable() : []));
  }

  protected async approve(): Promise<void> {
    const chosen = this.chosen();
    if (!chosen.length || chosen.length > MAX_APPROVE || this.busy()) return;
    this.busy.set(true);
    this.refusal.set(null);
    try {
      await this.api.mutate(TimeApproveEntriesDocument, { ids: chosen.map((e) => e.id) });
      this.selected.set(new Set());
      this.notify(
        `Approved ${plural(chosen.length, 'entry', 'entries')} (${formatHours(sumMinutes(chosen))}).`,
      );
      this.reload();
    } catch (e) {
      // All or nothing: nothing was approved; say why and keep the selection to adjust.
      this.refusal.set(`Nothing was approved. ${refusalMessage(formMessage(e))}`);
    } finally {
      this.busy.set(false);
    }
  }

  protected reject(entry: TimeEntryItemFragment): void {
    const data: RejectData = {
      entry,
      who: this.nameMap().get(entry.userId) ?? 'The consultant',
      retainer: this.retainerMap().get(entry.retainerId)?.label ?? 'Retainer',
    };
    this.dialog
      .open<RejectDialog, RejectData, boolean>(RejectDialog, {
        data,
        injector: this.injector,
        width: '32rem',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((done) => {
        if (!done) return;
        this.notify('Rejected the entry; its author can correct and resubmit it.');
        this.reload();
      });
  }

  protected reload(): void {
    this.queue.reload();
    this.retainers.reload();
  }

  private notify(message: string): void {
    this.snackBar.open(message, 'Close', { duration: 5000 });
  }
}
