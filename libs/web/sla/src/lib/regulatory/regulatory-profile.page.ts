import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormBuilder, FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { Role } from '@vigil/shared/domain';
import {
  ApiError,
  ApiService,
  AuthService,
  formMessage,
  RegulatoryRegime,
  remote,
  SlaAdminRegulatoryProfileDocument,
  SlaAdminSaveRegulatoryProfileDocument,
} from '@vigil/web/data-access';
import { PageStateComponent } from '@vigil/web/ui';
import { ClientOption, ClientPickerComponent } from '../shared/client-picker.component';
import { REGIME_EXPLANATIONS, REGIMES, regimeLabel } from '../shared/labels';

/**
 * Which regulators' deadlines may apply to one client: a checkbox per regime with what it asks,
 * and notes. Account managers and provider admins save it (over the version they opened);
 * consultants read it.
 */
@Component({
  selector: 'vigil-sla-regulatory-profile',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    PageStateComponent,
    ClientPickerComponent,
  ],
  template: `
    <div class="page">
      <a class="back" routerLink="/provider/sla/policies">← SLA policies</a>
      <div class="page-header">
        <h1>
          Regulatory profile
          @if (clientName(); as name) {
            <span class="client">· {{ name }}</span>
          }
        </h1>
        <vigil-sla-client-picker
          label="Another client"
          placeholder="Type part of the name"
          testId="regulatory-switch-client"
          [clearable]="false"
          (picked)="switchClient($event)"
        />
      </div>

      @if (notFound()) {
        <p class="missing" role="alert">
          This client does not exist, or it is not one you may see.
        </p>
      } @else {
        <vigil-page-state
          [loading]="profile.loading() && !loaded()"
          [error]="loaded() ? null : profile.error()"
          (retry)="profile.reload()"
        />
      }

      @if (loaded()) {
        <p class="lead">
          Tick each regime that may apply to {{ clientName() }}. When an incident’s facts call for
          it, Vigil proposes the regulator’s deadline on the engagement for the team to confirm.
          @if (!canEdit()) {
            Only account managers and provider admins can change this.
          }
        </p>
        <form [formGroup]="form" (ngSubmit)="save()" novalidate class="card">
          <fieldset>
            <legend>Regimes</legend>
            <ul class="regimes">
              @for (regime of regimes; track regime) {
                <li>
                  <mat-checkbox
                    [formControlName]="regime"
                    [aria-describedby]="'regime-' + regime"
                    [attr.data-testid]="'regime-' + regime"
                  >
                    {{ label(regime) }}
                  </mat-checkbox>
                  <p class="explanation" [id]="'regime-' + regime">{{ explanations[regime] }}</p>
                </li>
              }
            </ul>
          </fieldset>
          <mat-form-field appearance="outline" class="notes">
            <mat-label>Notes (optional)</mat-label>
            <textarea
              matInput
              [formControl]="notes"
              rows="4"
              maxlength="2000"
              data-testid="regulatory-notes"
            ></textarea>
            <mat-hint>E.g. the lead supervisory authority, or who decides on materiality</mat-hint>
            @if (notes.hasError('maxlength')) {
              <mat-error>At most 2000 characters.</mat-error>
            }
          </mat-form-field>

          @if (error()) {
            <div class="form-error" role="alert" data-testid="profile-error">
              <p>{{ error() }}</p>
              @if (conflict()) {
                <button mat-stroked-button type="button" (click)="loadLatest()">
                  Discard my changes and load the latest
                </button>
              }
            </div>
          }
          <div class="actions">
            @if (canEdit()) {
              <button
                mat-flat-button
                type="submit"
                [disabled]="busy()"
                data-testid="save-regulatory-profile"
              >
                {{ busy() ? 'Saving…' : 'Save profile' }}
              </button>
            }
            <p class="hint" role="status" data-testid="profile-status">{{ status() }}</p>
          </div>
        </form>
      }
    </div>
  `,
  styleUrls: ['../shared/sla-page.css'],
  styles: `
    .back {
      display: inline-block;
      margin-bottom: 0.75rem;
    }
    .client {
      color: var(--mat-sys-on-surface-variant);
      font-weight: 400;
    }
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
    }
    legend {
      font: var(--mat-sys-title-medium);
      margin-bottom: 0.5rem;
    }
    .regimes {
      list-style: none;
      margin: 0 0 1rem;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr));
      gap: 0.25rem 1.5rem;
    }
    .explanation {
      margin: -0.25rem 0 0.5rem 2.5rem;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .notes {
      width: 100%;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 1rem;
      margin-top: 0.5rem;
    }
    .actions .hint {
      margin: 0;
    }
    .missing {
      padding: 2rem 0;
    }
    vigil-sla-client-picker {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegulatoryProfilePage {
  /** The client organisation, from the route (:id). */
  readonly id = input.required<string>();

  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly regimes = REGIMES;
  protected readonly explanations = REGIME_EXPLANATIONS;
  protected readonly label = regimeLabel;
  protected readonly canEdit = computed(() => {
    const role = this.auth.user()?.role;
    return role === Role.PROVIDER_ADMIN || role === Role.ACCOUNT_MANAGER;
  });

  protected readonly form = inject(FormBuilder).nonNullable.group(
    Object.fromEntries(REGIMES.map((r) => [r, false])) as Record<RegulatoryRegime, boolean>,
  );
  protected readonly notes = new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(2000)],
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly conflict = signal(false);
  protected readonly status = signal('');
  /** The version the form was filled from, sent as expectedVersion (0: never saved). */
  private version = 0;

  private readonly revision = signal(0);
  private readonly params = computed(() => ({ id: this.id(), revision: this.revision() }), {
    equal: (a, b) => a.id === b.id && a.revision === b.revision,
  });
  protected readonly profile = remote(this.params, ({ id }) =>
    this.api.query(SlaAdminRegulatoryProfileDocument, { organizationId: id }),
  );
  /** The answer for this client (the last one stays while another loads). */
  protected readonly loaded = computed(() => {
    const value = this.profile.value();
    return value && value.organization.id === this.id() ? value : null;
  });
  protected readonly clientName = computed(() => this.loaded()?.organization.name ?? null);
  protected readonly notFound = computed(() => {
    const e = this.profile.apiError();
    if (!e) return false;
    // Not a client the viewer may see, or not an id at all (an edited link).
    return (
      e.code === 'NOT_FOUND' ||
      (e.code === 'BAD_USER_INPUT' && (e.field === 'id' || e.field === 'organizationId'))
    );
  });

  constructor() {
    effect(() => {
      const value = this.loaded();
      if (!value) return;
      untracked(() => this.fill(value.regulatoryProfile));
    });
    effect(() => {
      this.id();
      untracked(() => {
        this.error.set(null);
        this.conflict.set(false);
        this.status.set('');
      });
    });
    effect(() => {
      const editable = this.canEdit();
      untracked(() => {
        if (editable) {
          this.form.enable({ emitEvent: false });
          this.notes.enable({ emitEvent: false });
        } else {
          this.form.disable({ emitEvent: false });
          this.notes.disable({ emitEvent: false });
        }
      });
    });
  }

  async save(): Promise<void> {
    this.notes.markAsTouched();
    if (this.notes.invalid || this.busy() || !this.canEdit()) return;
    this.busy.set(true);
    this.error.set(null);
    this.conflict.set(false);
    const ticked = this.form.getRawValue();
    try {
      const data = await this.api.mutate(SlaAdminSaveRegulatoryProfileDocument, {
        input: {
          organizationId: this.id(),
          regimes: REGIMES.filter((r) => ticked[r]),
          notes: this.notes.value.trim(),
          expectedVersion: this.version,
        },
      });
      this.fill(data.saveRegulatoryProfile);
      const names = data.saveRegulatoryProfile.regimes.map((r) => regimeLabel(r));
      const summary = names.length ? names.join(', ') : 'no regimes';
      this.status.set(`Saved: ${summary}.`);
      this.snackBar.open(
        `Saved the regulatory profile of ${this.clientName() ?? 'the client'}.`,
        'Close',
        {
          duration: 5000,
        },
      );
    } catch (e) {
      const conflict = e instanceof ApiError && e.code === 'CONFLICT';
      this.conflict.set(conflict);
      this.error.set(formMessage(e));
    } finally {
      this.busy.set(false);
    }
  }

  /** After a conflict: their version replaces the form (these edits are lost). */
  protected loadLatest(): void {
    this.error.set(null);
    this.conflict.set(false);
    this.revision.update((n) => n + 1);
  }

  protected switchClient(client: ClientOption | null): void {
    if (client && client.id !== this.id())
      void this.router.navigate(['/provider/clients', client.id, 'regulatory']);
  }

  private fill(profile: { regimes: readonly string[]; notes: string; version: number }): void {
    this.version = profile.version;
    this.form.reset(
      Object.fromEntries(REGIMES.map((r) => [r, profile.regimes.includes(r)])) as Record<
        RegulatoryRegime,
        boolean
      >,
    );
    this.notes.reset(profile.notes);
  }
}
