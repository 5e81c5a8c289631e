import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  AddIndicatorDocument,
  ApiService,
  applyServerError,
  EngagementIndicatorsCsvDocument,
  EngagementIndicatorsDocument,
  EngagementIndicatorsStixDocument,
  FieldMap,
  formMessage,
  IndicatorType,
  remote,
  TlpMarking,
} from '@vigil/web/data-access';
import { fileSafe, PageStateComponent, saveFile } from '@vigil/web/ui';

const TYPES: IndicatorType[] = [
  'IPV4',
  'IPV6',
  'DOMAIN',
  'URL',
  'EMAIL',
  'MD5',
  'SHA1',
  'SHA256',
  'FILE_PATH',
  'REGISTRY_KEY',
  'USER_AGENT',
];
const TLPS: TlpMarking[] = ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'];
const FIELDS: FieldMap = { 'input.value': { control: 'value', label: 'Value' } };

/** Indicators of compromise: validated and merged by the API, exported as CSV or STIX 2.1. */
@Component({
  selector: 'vigil-engagement-indicators',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    PageStateComponent,
  ],
  template: `
    <form
      class="add"
      [formGroup]="form"
      (ngSubmit)="add()"
      novalidate
      aria-label="Add an indicator"
    >
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>Type</mat-label>
        <mat-select formControlName="type" data-testid="ioc-type">
          @for (t of types; track t) {
            <mat-option [value]="t">{{ t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" class="value" subscriptSizing="dynamic">
        <mat-label>Value (defanged is fine)</mat-label>
        <input matInput formControlName="value" required data-testid="ioc-value" />
        <mat-error>{{
          form.controls.value.getError('server') ?? 'Paste the indicator.'
        }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>TLP</mat-label>
        <mat-select formControlName="tlp">
          @for (t of tlps; track t) {
            <mat-option [value]="t">{{ t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <button mat-flat-button type="submit" [disabled]="busy()" data-testid="add-ioc">Add</button>
    </form>
    @if (message()) {
      <p role="status" class="message">{{ message() }}</p>
    }
    @if (error()) {
      <p class="form-error" role="alert">{{ error() }}</p>
    }
    <div class="exports">
      <button mat-stroked-button type="button" (click)="exportCsv()">Export CSV</button>
      <button mat-stroked-button type="button" (click)="exportStix()">Export STIX 2.1</button>
    </div>
    <vigil-page-state
      [loading]="list.loading() && !list.value()"
      [error]="list.error()"
      [empty]="!!list.value() && rows().length === 0"
      emptyMessage="No indicators recorded yet."
      (retry)="list.reload()"
    />
    @if (rows().length) {
      <table class="iocs" data-testid="iocs">
        <thead>
          <tr>
            <th scope="col">Type</th>
            <th scope="col">Value</th>
            <th scope="col">TLP</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          @for (i of rows(); track i.id) {
            <tr>
              <td>{{ i.type }}</td>
              <td>
                <code>{{ i.value }}</code>
              </td>
              <td>{{ i.tlp }}</td>
              <td>{{ i.description }}</td>
            </tr>
          }
        </tbody>
      </table>
    }
  `,
  styles: `
    .add,
    .exports {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 0.75rem;
      align-items: center;
      margin: 1rem 0;
    }
    .add .value {
      flex: 1 1 20rem;
    }
    .iocs {
      width: 100%;
      border-collapse: collapse;
    }
    .iocs th,
    .iocs td {
      text-align: left;
      padding: 0.4rem 0.5rem;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      word-break: break-all;
    }
    .message {
      color: var(--mat-sys-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndicatorsComponent {
  readonly engagementId = input.required<string>();
  readonly reference = input.required<string>();
  private readonly api = inject(ApiService);
  protected readonly types = TYPES;
  protected readonly tlps = TLPS;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    type: ['IPV4' as IndicatorType],
    value: ['', Validators.required],
    tlp: ['AMBER' as TlpMarking],
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly message = signal<string | null>(null);
  private readonly changes = signal(0);
  protected readonly list = remote(
    () => ({ id: this.engagementId(), n: this.changes() }),
    ({ id }) => this.api.query(EngagementIndicatorsDocument, { id }),
  );
  protected readonly rows = computed(() => this.list.value()?.indicators ?? []);

  protected async add(): Promise<void> {
    this.error.set(null);
    this.message.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    this.busy.set(true);
    try {
      const data = await this.api.mutate(AddIndicatorDocument, {
        input: { engagementId: this.engagementId(), type: v.type, value: v.value, tlp: v.tlp },
      });
      const { merged, indicator } = data.addIndicator;
      this.message.set(
        merged
          ? `${indicator.value} was already recorded: this sighting was merged into it.`
          : `Recorded ${indicator.value}.`,
      );
      this.form.controls.value.reset('');
      this.changes.update((n) => n + 1);
    } catch (e) {
      this.error.set(applyServerError(this.form, e, FIELDS));
    } finally {
      this.busy.set(false);
    }
  }

  protected async exportCsv(): Promise<void> {
    try {
      const data = await this.api.query(EngagementIndicatorsCsvDocument, {
        id: this.engagementId(),
      });
      saveFile(
        data.indicatorsCsv,
        `indicators-${fileSafe(this.reference(), 'engagement')}.csv`,
        'text/csv;charset=utf-8',
      );
    } catch (e) {
      this.error.set(formMessage(e));
    }
  }

  protected async exportStix(): Promise<void> {
    try {
      const data = await this.api.query(EngagementIndicatorsStixDocument, {
        id: this.engagementId(),
      });
      saveFile(
        JSON.stringify(data.indicatorsStix, null, 2),
        `indicators-${fileSafe(this.reference(), 'engagement')}.stix.json`,
        'application/json',
      );
    } catch (e) {
      this.error.set(formMessage(e));
    }
  }
}
