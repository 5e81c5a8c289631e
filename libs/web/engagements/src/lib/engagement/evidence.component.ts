import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  AddEvidenceDocument,
  ApiService,
  applyServerError,
  AuthService,
  EngagementEvidenceDocument,
  EngagementEvidenceQuery,
  FieldMap,
  formMessage,
  remote,
  TransferEvidenceDocument,
} from '@vigil/web/data-access';
import { PageStateComponent, ZonedDatePipe } from '@vigil/web/ui';
import { isoToLocal, localToIso } from '../format';

type Item = EngagementEvidenceQuery['evidence'][number];

const FIELDS: FieldMap = {
  'input.description': { control: 'description', label: 'Description' },
  'input.source': { control: 'source', label: 'Source' },
  'input.collectedBy': { control: 'collectedBy', label: 'Collected by' },
  'input.collectedAt': { control: 'collectedAt', label: 'Collected' },
  'input.sha256': { control: 'sha256', label: 'SHA-256' },
  'input.storageLocation': { control: 'storageLocation', label: 'Stored at' },
};

/** Evidence, numbered within the engagement, each with its chain of custody (append only). */
@Component({
  selector: 'vigil-engagement-evidence',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    PageStateComponent,
    ZonedDatePipe,
  ],
  template: `
    <details class="add-wrap">
      <summary>Record a piece of evidence</summary>
      <form class="add" [formGroup]="form" (ngSubmit)="add()" novalidate>
        @for (f of fields; track f.name) {
          <mat-form-field appearance="outline" subscriptSizing="dynamic" [class.wide]="f.wide">
            <mat-label>{{ f.label }}</mat-label>
            <input
              matInput
              [formControlName]="f.name"
              [type]="f.type ?? 'text'"
              [required]="f.required"
            />
            <mat-error>{{ form.get(f.name)?.getError('server') ?? 'Required.' }}</mat-error>
          </mat-form-field>
        }
        <button mat-flat-button type="submit" [disabled]="busy()">Record</button>
      </form>
    </details>
    @if (error()) {
      <p class="form-error" role="alert">{{ error() }}</p>
    }
    <vigil-page-state
      [loading]="list.loading() && !list.value()"
      [error]="list.error()"
      [empty]="!!list.value() && rows().length === 0"
      emptyMessage="No evidence recorded yet."
      (retry)="list.reload()"
    />
    @for (item of rows(); track item.id) {
      <article class="item">
        <h3>#{{ item.itemNumber }} {{ item.description }}</h3>
        <p class="muted">
          From {{ item.source }}, collected by {{ item.collectedBy }}
          {{ item.collectedAt | zonedDate: timeZone() }} · kept at {{ item.storageLocation }} · held
          by <strong>{{ item.custodian }}</strong>
        </p>
        @if (item.sha256) {
          <p>
            <code>SHA-256 {{ item.sha256 }}</code>
          </p>
        }
        <ol class="custody">
          @for (t of item.custody; track t.id) {
            <li>
              {{ t.transferredAt | zonedDate: timeZone() }}: {{ t.fromParty }} → {{ t.toParty }} ({{
                t.purpose
              }})
            </li>
          }
        </ol>
        <form
          class="transfer"
          (submit)="transfer($event, item, to.value, purpose.value, when.value)"
        >
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>Hand over to</mat-label>
            <input matInput #to maxlength="200" />
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic" class="wide">
            <mat-label>Purpose</mat-label>
            <input matInput #purpose maxlength="2000" />
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>When</mat-label>
            <input matInput #when type="datetime-local" [value]="now()" />
          </mat-form-field>
          <button mat-stroked-button type="submit" [disabled]="busy()">Record hand-over</button>
        </form>
      </article>
    }
  `,
  styles: `
    .add,
    .transfer {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 0.75rem;
      align-items: center;
      margin: 0.75rem 0;
    }
    .wide {
      flex: 1 1 18rem;
    }
    .add-wrap summary {
      cursor: pointer;
      margin: 1rem 0 0.5rem;
    }
    .item {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 0.5rem;
      padding: 0.5rem 1rem;
      margin: 0.75rem 0;
    }
    .item h3 {
      margin: 0.25rem 0;
      font: var(--mat-sys-title-small);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    code {
      word-break: break-all;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EvidenceComponent {
  readonly engagementId = input.required<string>();
  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  protected readonly timeZone = computed(() => this.auth.user()?.timeZone ?? 'UTC');
  protected readonly now = computed(() => isoToLocal(this.timeZone()));
  protected readonly fields: {
    name: 'description' | 'source' | 'collectedBy' | 'collectedAt' | 'sha256' | 'storageLocation';
    label: string;
    required: boolean;
    wide?: boolean;
    type?: string;
  }[] = [
    { name: 'description', label: 'Description', required: true, wide: true },
    { name: 'source', label: 'Taken from', required: true },
    { name: 'collectedBy', label: 'Collected by', required: true },
    { name: 'collectedAt', label: 'Collected', required: true, type: 'datetime-local' },
    { name: 'sha256', label: 'SHA-256', required: false, wide: true },
    { name: 'storageLocation', label: 'Stored at', required: true },
  ];
  protected readonly form = inject(FormBuilder).nonNullable.group({
    description: ['', [Validators.required, Validators.minLength(3)]],
    source: ['', Validators.required],
    collectedBy: [this.auth.user()?.name ?? '', Validators.required],
    collectedAt: [isoToLocal(this.timeZone()), Validators.required],
    sha256: [''],
    storageLocation: ['', Validators.required],
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly changes = signal(0);
  protected readonly list = remote(
    () => ({ id: this.engagementId(), n: this.changes() }),
    ({ id }) => this.api.query(EngagementEvidenceDocument, { id }),
  );
  protected readonly rows = computed(() => this.list.value()?.evidence ?? []);

  protected async add(): Promise<void> {
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    this.busy.set(true);
    try {
      await this.api.mutate(AddEvidenceDocument, {
        input: {
          engagementId: this.engagementId(),
          description: v.description,
          source: v.source,
          collectedBy: v.collectedBy,
          collectedAt: localToIso(v.collectedAt, this.timeZone()) ?? v.collectedAt,
          sha256: v.sha256 || undefined,
          storageLocation: v.storageLocation,
        },
      });
      this.form.reset();
      this.changes.update((n) => n + 1);
    } catch (e) {
      this.error.set(applyServerError(this.form, e, FIELDS));
    } finally {
      this.busy.set(false);
    }
  }

  protected async transfer(
    event: Event,
    item: Item,
    to: string,
    purpose: string,
    when: string,
  ): Promise<void> {
    event.preventDefault();
    this.error.set(null);
    this.busy.set(true);
    try {
      await this.api.mutate(TransferEvidenceDocument, {
        input: {
          evidenceId: item.id,
          expectedVersion: item.version,
          toParty: to,
          purpose,
          transferredAt: localToIso(when, this.timeZone()) ?? when,
        },
      });
      this.changes.update((n) => n + 1);
    } catch (e) {
      this.error.set(formMessage(e));
    } finally {
      this.busy.set(false);
    }
  }
}
