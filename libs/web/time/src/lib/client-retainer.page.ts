import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  resource,
} from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router } from '@angular/router';
import { isWithinTerm, todayIn } from '@vigil/shared/domain';
import {
  ApiService,
  AuthService,
  ClientRetainerFieldsFragment,
  ClientRetainerUsageDocument,
  ClientRetainersDocument,
  formMessage,
} from '@vigil/web/data-access';
import { PageStateComponent } from '@vigil/web/ui';
import { ClientEntriesComponent } from './client/client-entries.component';
import { RetainerSummaryComponent } from './client/retainer-summary.component';
import { StatementDownloadComponent } from './client/statement-download.component';
import { UsageByMonthComponent } from './client/usage-by-month.component';
import { mediumDate } from './shared/dates';

/** Which retainer to show first: the active one running today, else the latest term. */
export function preferredRetainer(
  retainers: readonly ClientRetainerFieldsFragment[],
  today: string,
): ClientRetainerFieldsFragment | null {
  const active = retainers.filter((r) => r.status === 'ACTIVE');
  return (
    active.find((r) => isWithinTerm(today, r.termStart, r.termEnd)) ??
    active[0] ??
    [...retainers].sort((a, b) => b.termEnd.localeCompare(a.termEnd))[0] ??
    null
  );
}

/**
 * The client's retainer (client admins and viewers): hours left and used, the term, usage by
 * month, the approved time and a CSV statement. `?retainer=` picks an earlier term.
 */
@Component({
  selector: 'vigil-client-retainer',
  imports: [
    MatFormFieldModule,
    MatSelectModule,
    PageStateComponent,
    RetainerSummaryComponent,
    UsageByMonthComponent,
    ClientEntriesComponent,
    StatementDownloadComponent,
  ],
  templateUrl: './client-retainer.page.html',
  styleUrl: './client-retainer.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientRetainerPage {
  private readonly api = inject(ApiService);
  protected readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  /** The `retainer` query parameter. */
  readonly retainer = input<string>();
  /** The `cursors` query parameter: the page of approved time. */
  readonly cursors = input<string>();

  /** The organisation's calendar: terms and statements are in its days. */
  protected readonly tz = computed(
    () => this.auth.user()?.organization.timeZone ?? this.auth.user()?.timeZone ?? 'UTC',
  );
  protected readonly today = computed(() => todayIn(this.tz()));
  protected readonly list = resource({
    params: () => this.auth.user()?.organizationId,
    loader: ({ params }) => this.api.query(ClientRetainersDocument, { organizationId: params }),
  });
  /** Drafts are not a retainer yet as far as the client is concerned. */
  protected readonly retainers = computed(() =>
    this.list.hasValue()
      ? this.list
          .value()
          .retainers.edges.map((e) => e.node)
          .filter((r) => r.status !== 'DRAFT')
      : [],
  );
  protected readonly current = computed(() => {
    const chosen = this.retainers().find((r) => r.id === this.retainer());
    return chosen ?? preferredRetainer(this.retainers(), this.today());
  });
  protected readonly usage = resource({
    params: () => this.current()?.id,
    loader: ({ params }) => this.api.query(ClientRetainerUsageDocument, { retainerId: params }),
  });
  protected readonly usageRows = computed(() =>
    this.usage.hasValue() ? this.usage.value().retainerUsage : [],
  );
  protected readonly usedMinutes = computed(() =>
    this.usage.hasValue() ? this.usageRows().reduce((sum, u) => sum + u.minutes, 0) : null,
  );
  protected readonly loadError = computed(() =>
    this.list.error() ? formMessage(this.list.error()) : null,
  );
  protected readonly usageError = computed(() =>
    this.usage.error() ? formMessage(this.usage.error()) : null,
  );

  protected optionLabel(r: ClientRetainerFieldsFragment): string {
    const status = r.status === 'ACTIVE' ? 'active' : r.status.toLowerCase();
    return `${r.reference} (${mediumDate(r.termStart)} – ${mediumDate(r.termEnd)}, ${status})`;
  }

  protected choose(id: string): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { retainer: id, cursors: null },
      queryParamsHandling: 'merge',
    });
  }
}
