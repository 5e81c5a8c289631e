import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import {
  ApiService,
  applyServerError,
  AuthService,
  DeclareEngagementDocument,
  focusFirstInvalid,
} from '@vigil/web/data-access';
import { IncidentFieldsComponent } from '../incident-fields.component';
import { INCIDENT_FIELDS, incidentForm, incidentInput } from '../incident-form';

/** A client admin reports an incident; the provider's account manager and on-call team are told at once. */
@Component({
  selector: 'vigil-report-incident',
  imports: [ReactiveFormsModule, MatButtonModule, RouterLink, IncidentFieldsComponent],
  template: `
    <div class="page narrow">
      <p class="back"><a routerLink="/portal/incidents">← Our incidents</a></p>
      <h1>Report an incident</h1>
      <p>
        Tell us what you see. Your provider’s team is told the moment you send this, and takes it
        from there.
      </p>
      <form [formGroup]="form" (ngSubmit)="send()" novalidate>
        <vigil-incident-fields [form]="form" [timeZone]="timeZone()" />
        @if (error()) {
          <p class="form-error" role="alert">{{ error() }}</p>
        }
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="send-report">
          {{ busy() ? 'Sending…' : 'Report the incident' }}
        </button>
      </form>
    </div>
  `,
  styles: `
    .narrow {
      max-width: 44rem;
    }
    .back {
      margin: 0 0 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportIncidentPage {
  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly form = incidentForm(inject(FormBuilder));
  protected readonly timeZone = computed(() => this.auth.user()?.timeZone ?? 'UTC');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async send(): Promise<void> {
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host);
      return;
    }
    this.busy.set(true);
    try {
      const { organizationId: _ignored, ...value } = this.form.getRawValue();
      const data = await this.api.mutate(DeclareEngagementDocument, {
        input: incidentInput({ ...value, organizationId: '' }, this.timeZone()),
      });
      await this.router.navigate(['/portal/incidents', data.declareEngagement.id]);
    } catch (e) {
      this.error.set(applyServerError(this.form, e, INCIDENT_FIELDS));
      focusFirstInvalid(this.host);
    } finally {
      this.busy.set(false);
    }
  }
}
