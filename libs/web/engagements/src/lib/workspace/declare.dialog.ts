import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import {
  ApiService,
  AuthService,
  DeclareEngagementDocument,
  EngagementAssignableClientsDocument,
  EngagementFieldsFragment,
  applyServerError,
  focusFirstInvalid,
  remote,
} from '@vigil/web/data-access';
import { IncidentFieldsComponent } from '../incident-fields.component';
import { INCIDENT_FIELDS, incidentForm, incidentInput } from '../incident-form';

/** Provider staff declare an incident for one of their clients; they lead it. */
@Component({
  selector: 'vigil-declare-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, IncidentFieldsComponent],
  template: `
    <h2 mat-dialog-title>Declare an incident</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <p class="lead">
          You will be its incident commander; the client’s account manager is told at once.
        </p>
        <vigil-incident-fields [form]="form" [timeZone]="timeZone()" [clients]="clients()" />
        @if (error()) {
          <p class="form-error" role="alert" data-testid="dialog-error">{{ error() }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="busy()">Cancel</button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="save-incident">
          {{ busy() ? 'Declaring…' : 'Declare' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .lead {
      margin-top: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeclareDialog {
  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly ref =
    inject<MatDialogRef<DeclareDialog, EngagementFieldsFragment>>(MatDialogRef);
  protected readonly form = incidentForm(inject(FormBuilder));
  protected readonly timeZone = computed(() => this.auth.user()?.timeZone ?? 'UTC');
  private readonly clientList = remote(
    () => ({}),
    () => this.api.query(EngagementAssignableClientsDocument, {}),
  );
  protected readonly clients = computed(
    () => this.clientList.value()?.organizations.edges.map((e) => e.node) ?? [],
  );
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    this.form.controls.organizationId.addValidators(Validators.required);
  }

  protected async save(): Promise<void> {
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host);
      return;
    }
    this.busy.set(true);
    try {
      const data = await this.api.mutate(DeclareEngagementDocument, {
        input: incidentInput(this.form.getRawValue(), this.timeZone()),
      });
      this.ref.close(data.declareEngagement);
    } catch (e) {
      this.error.set(applyServerError(this.form, e, INCIDENT_FIELDS));
      focusFirstInvalid(this.host);
    } finally {
      this.busy.set(false);
    }
  }
}
