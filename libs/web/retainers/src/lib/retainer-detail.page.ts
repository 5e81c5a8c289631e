import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { Role } from '@vigil/shared/domain';
import {
  ApiService,
  AuthService,
  OrganizationDocument,
  remote,
  RetainerAccountManagerDocument,
  RetainerDetailDocument,
  RetainerDetailFieldsFragment,
} from '@vigil/web/data-access';
import { PageStateComponent } from '@vigil/web/ui';
import { ActivateDialog } from './detail/activate.dialog';
import { burnDown } from './detail/burn-down';
import { BurnDownChartComponent } from './detail/burn-down-chart.component';
import { CreditDialog, CreditDialogData } from './detail/credit.dialog';
import { loadWholeLedger } from './detail/ledger';
import { LedgerTableComponent } from './detail/ledger-table.component';
import { RetainerSummaryComponent } from './detail/retainer-summary.component';
import { StatementDownloadComponent } from './detail/statement-download.component';
import { UsageByMonthComponent } from './detail/usage-by-month.component';
import { formatHours, statusLabel } from './shared/format';

/**
 * One retainer for provider staff: its figures, a burn-down of the hours, usage by month, the
 * ledger and a CSV statement. Admins and its account manager activate, top up and adjust it.
 */
@Component({
  selector: 'vigil-retainer-detail',
  imports: [
    MatButtonModule,
    RouterLink,
    PageStateComponent,
    BurnDownChartComponent,
    LedgerTableComponent,
    RetainerSummaryComponent,
    StatementDownloadComponent,
    UsageByMonthComponent,
  ],
  templateUrl: './retainer-detail.component.html',
  styleUrl: './retainer-detail.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RetainerDetailPage {
  /** From the route (:id). */
  readonly id = input.required<string>();

  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);

  /** Bumped after every change, so every part loads again. */
  protected readonly revision = signal(0);
  private readonly params = computed(() => ({ id: this.id(), revision: this.revision() }), {
    equal: (a, b) => a.id === b.id && a.revision === b.revision,
  });

  protected readonly detail = remote(this.params, async ({ id }) => {
    const data = await this.api.query(RetainerDetailDocument, { id });
    const { organizationId, accountManagerId } = data.retainer;
    const [org, manager] = await Promise.all([
      this.api.query(OrganizationDocument, { id: organizationId }).catch(() => null),
      this.api.query(RetainerAccountManagerDocument, { id: accountManagerId }).catch(() => null),
    ]);
    return {
      retainer: data.retainer,
      usage: data.retainerUsage,
      clientName: org?.organization.name ?? null,
      clientTimeZone: org?.organization.timeZone ?? null,
      managerName: manager?.user.name ?? null,
    };
  });
  protected readonly ledger = remote(this.params, ({ id }) => loadWholeLedger(this.api, id));

  protected readonly retainer = computed(() => {
    const d = this.detail.value();
    // The last answer stays while another retainer loads: show it only when it is this one.
    return d && d.retainer.id === this.id() ? d.retainer : null;
  });
  protected readonly notFound = computed(() => this.detail.apiError()?.code === 'NOT_FOUND');
  protected readonly viewerTimeZone = computed(() => this.auth.user()?.timeZone ?? 'UTC');
  protected readonly clientTimeZone = computed(
    () => this.detail.value()?.clientTimeZone ?? this.viewerTimeZone(),
  );
  protected readonly clientName = computed(() => this.detail.value()?.clientName ?? 'Client');
  protected readonly status = computed(() => statusLabel(this.retainer()?.status ?? ''));
  protected readonly mine = computed(
    () => this.retainer()?.accountManagerId === this.auth.user()?.id,
  );
  protected readonly canSeePortfolio = computed(() => {
    const role = this.auth.user()?.role;
    return role === Role.PROVIDER_ADMIN || role === Role.ACCOUNT_MANAGER;
  });
  protected readonly canManage = computed(() => {
    const role = this.auth.user()?.role;
    return role === Role.PROVIDER_ADMIN || (role === Role.ACCOUNT_MANAGER && this.mine());
  });
  protected readonly burn = computed(() => {
    const r = this.retainer();
    const entries = this.ledger.value();
    return r && entries ? burnDown(r, entries, this.clientTimeZone()) : null;
  });

  protected activate(r: RetainerDetailFieldsFragment): void {
    this.dialog
      .open<ActivateDialog, RetainerDetailFieldsFragment, RetainerDetailFieldsFragment>(
        ActivateDialog,
        { data: r, injector: this.injector, width: '32rem', maxWidth: '95vw' },
      )
      .afterClosed()
      .subscribe((saved) => {
        if (saved) this.changed(`Activated ${saved.reference}.`);
      });
  }

  protected credit(r: RetainerDetailFieldsFragment, mode: CreditDialogData['mode']): void {
    this.dialog
      .open<CreditDialog, CreditDialogData, RetainerDetailFieldsFragment>(CreditDialog, {
        data: { mode, retainer: r },
        injector: this.injector,
        width: '32rem',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        const left = formatHours(saved.balanceMinutes);
        this.changed(
          mode === 'top-up'
            ? `Topped up ${saved.reference}: ${left} left.`
            : `Adjusted ${saved.reference}: ${left} left.`,
        );
      });
  }

  private changed(message: string): void {
    this.snackBar.open(message, 'Close', { duration: 5000 });
    this.revision.update((n) => n + 1);
  }
}
