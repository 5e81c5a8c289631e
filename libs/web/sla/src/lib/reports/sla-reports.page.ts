import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, ReactiveFormsModule, ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { todayIn } from '@vigil/shared/domain';
import {
  ApiService,
  AuthService,
  formMessage,
  remote,
  SlaAdminClientNameDocument,
  SlaReportComplianceCsvDocument,
  SlaReportResponseTimesCsvDocument,
  SlaReportsDocument,
} from '@vigil/web/data-access';
import { fileSafe, PageStateComponent, saveFile, UrlState } from '@vigil/web/ui';
import { ClientOption, ClientPickerComponent } from '../shared/client-picker.component';
import { defaultRange, formatMonth, formatRange, isMonth } from '../shared/months';
import { complianceReport } from './compliance';
import { ComplianceTableComponent } from './compliance-table.component';
import { responseTimeGroups } from './response-times';
import { ResponseTimesTableComponent } from './response-times-table.component';

type MonthField = 'from' | 'to';
type Report = 'compliance' | 'response-times';

const FILTERS = ['from', 'to', 'client'];
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether the promises were kept: the share of SLA commitments met per client, month, goal and
 * severity, and the time to acknowledge, contain and recover per severity, each with a CSV for
 * finance or the client. The month range and the client are in the URL.
 */
@Component({
  selector: 'vigil-sla-reports',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    PageStateComponent,
    ClientPickerComponent,
    ComplianceTableComponent,
    ResponseTimesTableComponent,
  ],
  template: `
    <div class="page">
      <div class="page-header">
        <h1>SLA reports</h1>
      </div>
      <p class="lead">
        Months are counted in each client’s own time zone: a commitment belongs to the month its
        clock started, an engagement to the month it was declared.
      </p>

      <div class="filters" role="search" aria-label="Choose the months and the client">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>From month</mat-label>
          <input
            matInput
            type="month"
            [formControl]="fromMonth"
            (change)="setMonth('from')"
            placeholder="YYYY-MM"
            data-testid="report-from"
          />
          <mat-error>{{ monthError('from') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>To month</mat-label>
          <input
            matInput
            type="month"
            [formControl]="toMonth"
            (change)="setMonth('to')"
            placeholder="YYYY-MM"
            data-testid="report-to"
          />
          <mat-hint>Both months are included</mat-hint>
          <mat-error>{{ monthError('to') }}</mat-error>
        </mat-form-field>
        <vigil-sla-client-picker
          label="Client"
          placeholder="All clients"
          [hint]="
            isAccountManager() ? 'Your clients; empty for all of them' : 'Empty for all clients'
          "
          testId="report-client"
          [value]="clientId() || null"
          [valueLabel]="clientName()"
          (picked)="pickClient($event)"
        />
        @if (filtered()) {
          <button mat-button type="button" (click)="reset()">Last 6 months, all clients</button>
        }
      </div>

      <p class="count" role="status" data-testid="report-range">{{ summary() }}</p>
      @if (clientProblem()) {
        <p class="form-error" role="alert">{{ clientProblem() }}</p>
      }

      <section class="card" aria-labelledby="compliance-heading">
        <div class="card-header">
          <h2 id="compliance-heading">Compliance</h2>
          <button
            mat-stroked-button
            type="button"
            [disabled]="!params() || downloading() !== null"
            (click)="download('compliance')"
            data-testid="download-compliance-csv"
          >
            {{ downloading() === 'compliance' ? 'Preparing…' : 'Download compliance CSV' }}
          </button>
        </div>
        <p class="hint">
          Commitments that finished, met on time or breached; running ones count once they end.
          Cells with a breach are marked.
        </p>
        <vigil-page-state
          [loading]="reports.loading() && !shown()"
          [error]="generalError()"
          [empty]="!!shown() && compliance().clients.length === 0"
          [emptyMessage]="'No commitments finished ' + scope() + '.'"
          (retry)="reports.reload()"
        />
        @if (shown() && compliance().clients.length) {
          <div [class.busy]="reports.loading()" [attr.aria-busy]="reports.loading()">
            @for (client of compliance().clients; track client.organizationId) {
              <vigil-sla-compliance-table
                class="client"
                [client]="client"
                [columns]="compliance().columns"
              />
            }
          </div>
        }
      </section>

      <section class="card" aria-labelledby="response-heading">
        <div class="card-header">
          <h2 id="response-heading">Response times</h2>
          <button
            mat-stroked-button
            type="button"
            [disabled]="!params() || downloading() !== null"
            (click)="download('response-times')"
            data-testid="download-response-times-csv"
          >
            {{ downloading() === 'response-times' ? 'Preparing…' : 'Download response times CSV' }}
          </button>
        </div>
        <p class="hint">
          From the declaration to acknowledgement, containment and recovery, over the engagements
          that reached each step.
        </p>
        <vigil-page-state
          [loading]="reports.loading() && !shown()"
          [error]="generalError()"
          [empty]="!!shown() && responseTimes().length === 0"
          [emptyMessage]="'No engagement declared ' + scope() + ' has been acknowledged yet.'"
          (retry)="reports.reload()"
        />
        @if (shown() && responseTimes().length) {
          <div [class.busy]="reports.loading()" [attr.aria-busy]="reports.loading()">
            <vigil-sla-response-times-table [groups]="responseTimes()" />
          </div>
        }
      </section>

      <p
        class="status"
        role="status"
        [class.form-error]="downloadFailed()"
        data-testid="download-status"
      >
        {{ downloadMessage() }}
      </p>
    </div>
  `,
  styleUrls: ['../shared/sla-page.css'],
  styles: `
    .count {
      margin: 0.5rem 0 1rem;
      color: var(--mat-sys-on-surface-variant);
      min-height: 1.25rem;
    }
    .client {
      display: block;
      margin-top: 1.25rem;
    }
    .busy {
      opacity: 0.6;
      transition: opacity 150ms;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SlaReportsPage {
  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  protected readonly url = new UrlState();
  protected readonly isAccountManager = computed(
    () => this.auth.user()?.role === 'ACCOUNT_MANAGER',
  );
  private readonly defaults = computed(() =>
    defaultRange(todayIn(this.auth.user()?.timeZone ?? 'UTC')),
  );

  protected readonly range = computed(
    () => ({
      from: this.url.get('from') || this.defaults().from,
      to: this.url.get('to') || this.defaults().to,
    }),
    { equal: (a, b) => a.from === b.from && a.to === b.to },
  );
  protected readonly clientId = computed(() => this.url.get('client'));
  protected readonly filtered = computed(() => FILTERS.some((name) => !!this.url.get(name)));

  /** A month the page itself can tell is wrong: it is not asked for. */
  private readonly rangeProblem = computed((): { field: MonthField; message: string } | null => {
    const { from, to } = this.range();
    if (!isMonth(from)) return { field: 'from', message: 'Choose a month.' };
    if (!isMonth(to)) return { field: 'to', message: 'Choose a month.' };
    if (to < from) return { field: 'to', message: 'The last month cannot be before the first.' };
    return null;
  });

  /** A client id that is not one (an edited link): the API would quietly report on every client. */
  protected readonly clientProblem = computed(() => {
    const id = this.clientId();
    return id && !ID.test(id)
      ? 'The client in this link is not one Vigil knows. Choose the client again, or clear it.'
      : null;
  });

  protected readonly params = computed(
    () => {
      if (this.rangeProblem() || this.clientProblem()) return null;
      const { from, to } = this.range();
      return { fromMonth: from, toMonth: to, organizationId: this.clientId() || null };
    },
    { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
  );
  protected readonly reports = remote(this.params, (p) => this.api.query(SlaReportsDocument, p));

  /** The API refused a month: its message goes next to that field, not above the tables. */
  private readonly serverMonthError = computed(
    (): { field: MonthField; message: string } | null => {
      const e = this.reports.apiError();
      if (e?.code !== 'BAD_USER_INPUT') return null;
      if (e.field === 'fromMonth') return { field: 'from', message: formMessage(e) };
      if (e.field === 'toMonth') return { field: 'to', message: formMessage(e) };
      return null;
    },
  );
  /** The boxes carry the range's problem as their error, whoever found it (the page or the API). */
  protected readonly fromMonth = new FormControl('', {
    nonNullable: true,
    validators: () => this.monthProblem('from'),
  });
  protected readonly toMonth = new FormControl('', {
    nonNullable: true,
    validators: () => this.monthProblem('to'),
  });

  protected readonly generalError = computed(() =>
    this.serverMonthError() || this.rangeProblem() || this.clientProblem()
      ? null
      : this.reports.error(),
  );
  /** The last answer, while the range is one the page can ask for. */
  protected readonly shown = computed(() =>
    this.params() && !this.generalError() && !this.serverMonthError() ? this.reports.value() : null,
  );
  protected readonly compliance = computed(() =>
    complianceReport(this.shown()?.slaCompliance ?? []),
  );
  protected readonly responseTimes = computed(() =>
    responseTimeGroups(this.shown()?.responseTimes ?? []),
  );

  /** Names of clients met so far, to label a client chosen in the URL. */
  private readonly names = signal(new Map<string, string>());
  protected readonly clientName = computed(() => {
    const id = this.clientId();
    if (!id) return null;
    const fromReport = this.shown()?.slaCompliance.find((r) => r.organizationId === id);
    return this.names().get(id) ?? fromReport?.clientName ?? null;
  });

  protected readonly scope = computed(() => {
    const { from, to } = this.range();
    const months =
      from === to
        ? `in ${formatMonth(from, true)}`
        : `between ${formatMonth(from)} and ${formatMonth(to)}`;
    const client = this.clientId() ? ` for ${this.clientName() ?? 'this client'}` : '';
    return `${months}${client}`;
  });
  protected readonly summary = computed(() => {
    if (this.rangeProblem() || this.serverMonthError() || this.clientProblem()) return '';
    const { from, to } = this.range();
    const client = this.clientId()
      ? (this.clientName() ?? 'One client')
      : this.isAccountManager()
        ? 'Your clients'
        : 'All clients';
    return `${client}, ${formatRange(from, to)}`;
  });

  protected readonly downloading = signal<Report | null>(null);
  protected readonly downloadMessage = signal('');
  protected readonly downloadFailed = signal(false);

  constructor() {
    // The boxes follow the URL (links, back button) and show the errors of the range.
    effect(() => {
      const { from, to } = this.range();
      const problem = this.rangeProblem() ?? this.serverMonthError();
      untracked(() => {
        this.fromMonth.setValue(from, { emitEvent: false });
        this.toMonth.setValue(to, { emitEvent: false });
        if (problem) this.control(problem.field).markAsTouched();
      });
    });
    effect(() => {
      const id = this.clientId();
      if (id && ID.test(id) && !this.names().has(id)) void untracked(() => this.lookUpClient(id));
    });
  }

  private monthProblem(field: MonthField): ValidationErrors | null {
    const problem = untracked(() => this.rangeProblem() ?? this.serverMonthError());
    return problem?.field === field ? { month: problem.message } : null;
  }

  protected monthError(field: MonthField): string {
    return String(this.control(field).getError('month') ?? '');
  }

  /** The browser's month box gives "" until a whole month is picked; empty goes back to the default. */
  protected setMonth(field: MonthField): void {
    const value = this.control(field).value.trim();
    this.url.setFilters({ [field]: value || null }, false);
  }

  protected pickClient(option: ClientOption | null): void {
    if (option) this.names.update((m) => new Map(m).set(option.id, option.name));
    this.url.setFilters({ client: option?.id ?? null });
  }

  protected reset(): void {
    this.url.setFilters(Object.fromEntries(FILTERS.map((name) => [name, null])));
  }

  async download(report: Report): Promise<void> {
    const p = this.params();
    if (!p || this.downloading()) return;
    this.downloading.set(report);
    this.downloadMessage.set('');
    try {
      const text =
        report === 'compliance'
          ? (await this.api.query(SlaReportComplianceCsvDocument, p)).slaComplianceCsv
          : (await this.api.query(SlaReportResponseTimesCsvDocument, p)).responseTimesCsv;
      const client = p.organizationId ? `-${fileSafe(this.clientName() ?? '', 'client')}` : '';
      const name = `sla-${report}-${p.fromMonth}-to-${p.toMonth}${client}.csv`;
      saveFile(text, name, 'text/csv;charset=utf-8');
      const rows = Math.max(0, text.trim().split(/\r?\n/).length - 1);
      this.downloadFailed.set(false);
      this.downloadMessage.set(`Downloaded ${name} (${rows} ${rows === 1 ? 'row' : 'rows'}).`);
    } catch (e) {
      this.downloadFailed.set(true);
      this.downloadMessage.set(`The CSV could not be prepared. ${formMessage(e)}`);
    } finally {
      this.downloading.set(null);
    }
  }

  private control(field: MonthField): FormControl<string> {
    return field === 'from' ? this.fromMonth : this.toMonth;
  }

  private async lookUpClient(id: string): Promise<void> {
    try {
      const data = await this.api.query(SlaAdminClientNameDocument, { id });
      this.names.update((m) => new Map(m).set(id, data.organization.name));
    } catch {
      // Unknown or not one of the viewer's clients: the report says so when it loads.
    }
  }
}
