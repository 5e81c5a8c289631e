import { ChangeDetectionStrategy, Component, Injector, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { Role } from '@vigil/shared/domain';
import {
  ApiService,
  AuthService,
  remote,
  SlaAdminCalendarFieldsFragment,
  SlaAdminPoliciesDocument,
  SlaAdminPolicyFieldsFragment,
} from '@vigil/web/data-access';
import { PageStateComponent } from '@vigil/web/ui';
import { ClientOption, ClientPickerComponent } from '../shared/client-picker.component';
import { CalendarDialog, CalendarDialogData } from './calendar.dialog';
import { weekSummary } from './calendar-model';
import { PolicyCardComponent } from './policy-card.component';
import { PolicyDialog, PolicyDialogData } from './policy.dialog';

/**
 * The promises the provider makes: one policy per retainer tier and a default, each a grid of
 * goals per kind and severity with the clock it runs on, and the calendars those clocks use.
 * Every provider staff member reads it; provider admins change it. Also the way to a client's
 * regulatory profile.
 */
@Component({
  selector: 'vigil-sla-policies',
  imports: [MatButtonModule, PageStateComponent, PolicyCardComponent, ClientPickerComponent],
  template: `
    <div class="page">
      <div class="page-header">
        <h1>SLA policies</h1>
        @if (isAdmin() && data.value()) {
          <button mat-flat-button type="button" (click)="editPolicy(null)" data-testid="new-policy">
            New policy for a tier
          </button>
        }
      </div>
      <p class="lead">
        What the team promises per severity. An engagement follows the policy of its retainer’s
        tier, or the default policy.
        @if (!isAdmin()) {
          Only provider admins can change policies.
        }
      </p>

      <vigil-page-state
        [loading]="data.loading() && !data.value()"
        [error]="data.error()"
        [empty]="!!data.value() && policies().length === 0"
        emptyMessage="No SLA policies yet."
        (retry)="data.reload()"
      />

      @for (policy of policies(); track policy.id) {
        <vigil-sla-policy-card
          [policy]="policy"
          [calendars]="calendars()"
          [canEdit]="isAdmin()"
          (edit)="editPolicy(policy)"
        />
      }

      @if (data.value()) {
        <section class="card" aria-labelledby="calendars-heading">
          <div class="card-header">
            <h2 id="calendars-heading">Calendars</h2>
            @if (isAdmin()) {
              <button
                mat-stroked-button
                type="button"
                (click)="editCalendar(null)"
                data-testid="new-calendar"
              >
                New calendar
              </button>
            }
          </div>
          <p class="hint">
            Working hours a goal’s clock can count in, instead of around the clock.
          </p>
          @if (calendars().length) {
            <ul class="calendars">
              @for (calendar of calendars(); track calendar.id) {
                <li data-testid="calendar-item">
                  <div>
                    <span class="calendar-name">{{ calendar.name }}</span>
                    <span class="cell-detail">
                      {{ hours(calendar) }} · {{ calendar.timeZone ?? 'the client’s time zone' }} ·
                      {{ holidays(calendar) }} · {{ usage(calendar) }}
                    </span>
                  </div>
                  @if (isAdmin()) {
                    <button
                      mat-button
                      type="button"
                      (click)="editCalendar(calendar)"
                      [attr.aria-label]="'Edit calendar ' + calendar.name"
                    >
                      Edit
                    </button>
                  }
                </li>
              }
            </ul>
          } @else {
            <p class="hint">No calendars yet: every goal runs around the clock.</p>
          }
        </section>

        <!-- Only once the policies above have loaded: typing here while they pushed it down
             would leave the suggestions where the field used to be. -->
        <section class="card" aria-labelledby="regulatory-heading">
          <h2 id="regulatory-heading">Regulatory profiles</h2>
          <p class="hint">
            Which regulators’ deadlines may apply to a client (GDPR, NIS2, DORA, SEC, HIPAA, PCI
            DSS). Vigil proposes those deadlines on the client’s engagements.
          </p>
          <vigil-sla-client-picker
            label="Client"
            placeholder="Type part of the name"
            testId="regulatory-client"
            [clearable]="false"
            (picked)="openProfile($event)"
          />
        </section>
      }
    </div>
  `,
  styleUrls: ['../shared/sla-page.css'],
  styles: `
    .calendars {
      list-style: none;
      margin: 0.75rem 0 0;
      padding: 0;
    }
    .calendars li {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 1rem;
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .calendar-name {
      font-weight: 500;
    }
    vigil-sla-client-picker {
      display: block;
      margin-top: 0.75rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SlaPoliciesPage {
  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  protected readonly isAdmin = computed(() => this.auth.user()?.role === Role.PROVIDER_ADMIN);

  protected readonly data = remote(
    () => ({}),
    () => this.api.query(SlaAdminPoliciesDocument, {}),
  );
  protected readonly policies = computed(() => this.data.value()?.slaPolicies ?? []);
  protected readonly calendars = computed(() => this.data.value()?.slaCalendars ?? []);

  protected hours(calendar: SlaAdminCalendarFieldsFragment): string {
    const summary = weekSummary(calendar.week);
    return summary.charAt(0).toUpperCase() + summary.slice(1);
  }

  protected holidays(calendar: SlaAdminCalendarFieldsFragment): string {
    const n = calendar.holidays.length;
    return n === 0 ? 'no holidays' : n === 1 ? '1 holiday' : `${n} holidays`;
  }

  protected usage(calendar: SlaAdminCalendarFieldsFragment): string {
    const goals = this.policies().flatMap((p) =>
      p.goals.filter((g) => g.calendarId === calendar.id),
    );
    if (!goals.length) return 'not used by any goal';
    return `used by ${goals.length} ${goals.length === 1 ? 'goal' : 'goals'}`;
  }

  protected editPolicy(policy: SlaAdminPolicyFieldsFragment | null): void {
    const policies = this.policies();
    const data: PolicyDialogData = {
      policy,
      startFrom: policies.find((p) => p.retainerTier === null) ?? policies[0] ?? null,
      policies,
      calendars: this.calendars(),
    };
    this.dialog
      .open<PolicyDialog, PolicyDialogData, SlaAdminPolicyFieldsFragment>(PolicyDialog, {
        data,
        injector: this.injector,
        width: '70rem',
        maxWidth: '96vw',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) this.notify(policy ? `Saved ${saved.name}.` : `Created ${saved.name}.`);
        // Also after a conflict or a cancel: the page shows the latest version.
        this.data.reload();
      });
  }

  protected editCalendar(calendar: SlaAdminCalendarFieldsFragment | null): void {
    this.dialog
      .open<CalendarDialog, CalendarDialogData, SlaAdminCalendarFieldsFragment>(CalendarDialog, {
        data: { calendar },
        injector: this.injector,
        width: '48rem',
        maxWidth: '96vw',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) this.notify(calendar ? `Saved ${saved.name}.` : `Created ${saved.name}.`);
        this.data.reload();
      });
  }

  protected openProfile(client: ClientOption | null): void {
    if (client) void this.router.navigate(['/provider/clients', client.id, 'regulatory']);
  }

  private notify(message: string): void {
    this.snackBar.open(message, 'Close', { duration: 5000 });
  }
}
