import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { SLUG_PATTERN, isCountryCode, slugify } from '@vigil/shared/domain';
import {
  ApiError,
  ApiService,
  CreateClientOrganizationDocument,
  OrganizationFieldsFragment,
  UpdateClientOrganizationDocument,
  UpdateClientOrganizationInput,
} from '@vigil/web/data-access';
import { countryName, timeZones } from '../shared/format';
import { applyApiError, textValidator } from '../shared/form-errors';

export interface OrganizationDialogData {
  /** The organisation to edit; null to create one. */
  org: OrganizationFieldsFragment | null;
}

/** Create or edit a client organisation; server errors land on the field they concern. */
@Component({
  selector: 'vigil-organization-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatAutocompleteModule,
  ],
  template: `
    <h2 mat-dialog-title>{{ org ? 'Edit ' + org.name : 'New client organisation' }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <div class="fields">
          <mat-form-field appearance="outline" class="wide">
            <mat-label>Name</mat-label>
            <input
              matInput
              formControlName="name"
              required
              maxlength="200"
              data-testid="org-name"
            />
            @if (form.controls.name.hasError('required')) {
              <mat-error>Enter the organisation’s name.</mat-error>
            } @else if (form.controls.name.hasError('server')) {
              <mat-error>{{ form.controls.name.getError('server') }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline" class="wide">
            <mat-label>Slug{{ org ? '' : ' (optional)' }}</mat-label>
            <input matInput formControlName="slug" maxlength="63" data-testid="org-slug" />
            @if (!org) {
              <mat-hint>
                {{
                  slugFromName()
                    ? 'Leave empty to use ' + slugFromName()
                    : 'Made from the name when empty'
                }}
              </mat-hint>
            }
            @if (form.controls.slug.hasError('required')) {
              <mat-error>Enter a slug.</mat-error>
            } @else if (form.controls.slug.hasError('slug')) {
              <mat-error>Lower-case letters, digits and hyphens, e.g. acme-corp.</mat-error>
            } @else if (form.controls.slug.hasError('server')) {
              <mat-error>{{ form.controls.slug.getError('server') }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline" class="wide">
            <mat-label>Time zone</mat-label>
            <input
              matInput
              formControlName="timeZone"
              required
              [matAutocomplete]="zones"
              data-testid="org-time-zone"
            />
            <mat-autocomplete #zones="matAutocomplete">
              @for (zone of zoneOptions(); track zone) {
                <mat-option [value]="zone">{{ zone }}</mat-option>
              }
            </mat-autocomplete>
            <mat-hint>IANA name, e.g. Europe/Berlin</mat-hint>
            @if (form.controls.timeZone.hasError('required')) {
              <mat-error>Choose the time zone the organisation works in.</mat-error>
            } @else if (form.controls.timeZone.hasError('timeZone')) {
              <mat-error>Choose a time zone from the list, e.g. Europe/Berlin.</mat-error>
            } @else if (form.controls.timeZone.hasError('server')) {
              <mat-error>{{ form.controls.timeZone.getError('server') }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Country code</mat-label>
            <input
              matInput
              formControlName="country"
              required
              maxlength="2"
              autocapitalize="characters"
              class="upper"
              data-testid="org-country"
            />
            <mat-hint>{{ countryHint() }}</mat-hint>
            @if (form.controls.country.hasError('required')) {
              <mat-error>Enter a two-letter country code.</mat-error>
            } @else if (form.controls.country.hasError('country')) {
              <mat-error>Not a country code; try DE, GB or US.</mat-error>
            } @else if (form.controls.country.hasError('server')) {
              <mat-error>{{ form.controls.country.getError('server') }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Sector</mat-label>
            <input
              matInput
              formControlName="sector"
              required
              maxlength="100"
              data-testid="org-sector"
            />
            @if (form.controls.sector.hasError('required')) {
              <mat-error>Enter the industry or sector.</mat-error>
            } @else if (form.controls.sector.hasError('server')) {
              <mat-error>{{ form.controls.sector.getError('server') }}</mat-error>
            }
          </mat-form-field>
        </div>
        @if (error()) {
          <p class="form-error" role="alert" data-testid="dialog-error">{{ error() }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="busy()">Cancel</button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="save-org">
          {{ busy() ? 'Saving…' : org ? 'Save changes' : 'Create organisation' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .fields {
      display: grid;
      grid-template-columns: 1fr 1fr;
      column-gap: 1rem;
      row-gap: 0.5rem;
      padding-top: 0.5rem;
    }
    .wide {
      grid-column: 1 / -1;
    }
    .upper {
      text-transform: uppercase;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganizationDialog {
  private readonly api = inject(ApiService);
  private readonly ref =
    inject<MatDialogRef<OrganizationDialog, OrganizationFieldsFragment>>(MatDialogRef);
  protected readonly org = inject<OrganizationDialogData>(MAT_DIALOG_DATA).org;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: [this.org?.name ?? '', [Validators.required, Validators.maxLength(200)]],
    slug: [
      this.org?.slug ?? '',
      [
        ...(this.org ? [Validators.required] : []),
        textValidator((v) => SLUG_PATTERN.test(v), 'slug'),
      ],
    ],
    timeZone: [
      this.org?.timeZone ?? '',
      [Validators.required, textValidator((v) => timeZones().includes(v), 'timeZone')],
    ],
    country: [
      this.org?.country ?? '',
      [Validators.required, textValidator((v) => isCountryCode(v.toUpperCase()), 'country')],
    ],
    sector: [this.org?.sector ?? '', [Validators.required, Validators.maxLength(100)]],
  });

  private readonly values = toSignal(this.form.valueChanges, {
    initialValue: this.form.getRawValue(),
  });
  protected readonly slugFromName = computed(() => slugify(this.values().name ?? ''));
  protected readonly countryHint = computed(
    () => countryName((this.values().country ?? '').trim().toUpperCase()) ?? 'Two letters, e.g. DE',
  );
  protected readonly zoneOptions = computed(() => {
    const text = (this.values().timeZone ?? '').trim().toLowerCase().replace(/ /g, '_');
    const all = timeZones();
    const matches = text ? all.filter((z) => z.toLowerCase().includes(text)) : all;
    return matches.slice(0, 50);
  });

  async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.ref.disableClose = true;
    try {
      const saved = this.org ? await this.update(this.org) : await this.create();
      this.ref.close(saved);
    } catch (e) {
      this.error.set(
        e instanceof ApiError && e.field === 'input.expectedVersion'
          ? 'Someone else changed this organisation while you were editing. Cancel to see the latest version, then edit again.'
          : applyApiError(this.form, e),
      );
    } finally {
      this.busy.set(false);
      this.ref.disableClose = false;
    }
  }

  private fields() {
    const v = this.form.getRawValue();
    return {
      name: v.name.trim(),
      slug: v.slug.trim(),
      timeZone: v.timeZone.trim(),
      country: v.country.trim().toUpperCase(),
      sector: v.sector.trim(),
    };
  }

  private async create(): Promise<OrganizationFieldsFragment> {
    const { slug, ...rest } = this.fields();
    const data = await this.api.mutate(CreateClientOrganizationDocument, {
      input: { ...rest, ...(slug ? { slug } : {}) },
    });
    return data.createClientOrganization;
  }

  /** Sends only what changed, with the version edited so a concurrent edit is not overwritten. */
  private async update(org: OrganizationFieldsFragment): Promise<OrganizationFieldsFragment> {
    const input: UpdateClientOrganizationInput = { id: org.id, expectedVersion: org.version };
    const fields = this.fields();
    for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
      if (fields[key] !== org[key]) input[key] = fields[key];
    }
    const data = await this.api.mutate(UpdateClientOrganizationDocument, { input });
    return data.updateClientOrganization;
  }
}
