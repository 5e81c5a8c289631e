import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { INCIDENT_TYPES, incidentForm, SEVERITY_OPTIONS } from './incident-form';

/** The fields of a new incident; the times are read in `timeZone`, which the hint names. */
@Component({
  selector: 'vigil-incident-fields',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  template: `
    <ng-container [formGroup]="form()">
      @if (clients(); as list) {
        <mat-form-field appearance="outline" class="full">
          <mat-label>Client</mat-label>
          <mat-select formControlName="organizationId" required data-testid="incident-client">
            @for (c of list; track c.id) {
              <mat-option [value]="c.id">{{ c.name }}</mat-option>
            }
          </mat-select>
          <mat-error>{{
            form().controls.organizationId.getError('server') ?? 'Choose the client.'
          }}</mat-error>
        </mat-form-field>
      }
      <mat-form-field appearance="outline" class="full">
        <mat-label>Title</mat-label>
        <input
          matInput
          formControlName="title"
          maxlength="200"
          required
          data-testid="incident-title"
        />
        <mat-error>{{
          form().controls.title.getError('server') ?? 'Give it a title of 3 to 200 characters.'
        }}</mat-error>
      </mat-form-field>
      <div class="row">
        <mat-form-field appearance="outline">
          <mat-label>Type</mat-label>
          <mat-select formControlName="incidentType" data-testid="incident-type">
            @for (t of types; track t.value) {
              <mat-option [value]="t.value">{{ t.label }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Severity</mat-label>
          <mat-select formControlName="severity" data-testid="incident-severity">
            @for (s of severities; track s.value) {
              <mat-option [value]="s.value">{{ s.label }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </div>
      <mat-form-field appearance="outline" class="full">
        <mat-label>What happened</mat-label>
        <textarea
          matInput
          formControlName="summary"
          rows="4"
          maxlength="10000"
          data-testid="incident-summary"
        ></textarea>
        <mat-error>{{ form().controls.summary.getError('server') }}</mat-error>
      </mat-form-field>
      <div class="row">
        <mat-form-field appearance="outline">
          <mat-label>First malicious activity</mat-label>
          <input matInput type="datetime-local" formControlName="firstActivityAt" />
          <mat-hint>If known; {{ timeZone() }}</mat-hint>
          <mat-error>{{ form().controls.firstActivityAt.getError('server') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Detected</mat-label>
          <input matInput type="datetime-local" formControlName="detectedAt" />
          <mat-hint>If known; {{ timeZone() }}</mat-hint>
          <mat-error>{{ form().controls.detectedAt.getError('server') }}</mat-error>
        </mat-form-field>
      </div>
    </ng-container>
  `,
  styles: `
    .full {
      width: 100%;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
    .row mat-form-field {
      flex: 1 1 14rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IncidentFieldsComponent {
  readonly form = input.required<ReturnType<typeof incidentForm>>();
  readonly timeZone = input.required<string>();
  /** The clients to choose from (provider staff); null for the client portal. */
  readonly clients = input<{ id: string; name: string }[] | null>(null);
  protected readonly types = INCIDENT_TYPES;
  protected readonly severities = SEVERITY_OPTIONS;
}
