import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import {
  ApiError,
  ApiService,
  applyServerError,
  AuthService,
  EngagementRegulatoryDocument,
  EngagementRegulatoryFieldsFragment,
  FieldMap,
  focusFirstInvalid,
  RecordRegulatoryFactsDocument,
  remote,
} from '@vigil/web/data-access';
import { PageStateComponent } from '@vigil/web/ui';
import { isoToLocal, localToIso } from '../format';
import { regimeLabel } from '../sla/countdown';
import { RegulatoryDeadlineComponent } from './regulatory-deadline.component';

type Facts = NonNullable<EngagementRegulatoryFieldsFragment['facts']>;

const FIELDS: FieldMap = {
  'input.awareAt': { control: 'awareAt', label: 'The time the client became aware' },
  'input.majorClassifiedAt': { control: 'majorClassifiedAt', label: 'The classification time' },
  'input.materialityDeterminedAt': {
    control: 'materialityDeterminedAt',
    label: 'The time materiality was determined',
  },
  'input.recordsAffected': { control: 'recordsAffected', label: 'Records affected' },
};

const TIMES = ['awareAt', 'majorClassifiedAt', 'materialityDeterminedAt'] as const;

/**
 * The regulators' clocks of an engagement: the facts that arm them (recorded by the team, in the
 * viewer's time zone), the regimes of the client's profile, and the deadlines Vigil proposes from
 * both, each confirmed or dismissed by the team and, once sent, recorded as submitted.
 */
@Component({
  selector: 'vigil-engagement-regulatory',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
    PageStateComponent,
    RegulatoryDeadlineComponent,
  ],
  templateUrl: './regulatory.component.html',
  styleUrls: ['./panels.css', './regulatory.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegulatoryComponent {
  readonly engagementId = input.required<string>();
  /** The client: its regulatory profile (managed on its own page) says which regimes apply. */
  readonly organizationId = input.required<string>();
  /** Moves when the engagement changed or 30 s have passed: the deadlines are read again. */
  readonly revision = input(0);
  /** After a change here: confirmed deadlines run as commitments, so those are read again. */
  readonly changed = output<void>();

  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly timeZone = computed(() => this.auth.user()?.timeZone ?? 'UTC');
  protected readonly regimeLabel = regimeLabel;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    awareAt: [''],
    personalDataAffected: [false],
    healthDataAffected: [false],
    cardDataAffected: [false],
    recordsAffected: ['', [Validators.pattern(/^\s*\d*\s*$/), Validators.max(2_147_483_647)]],
    significantIncident: [false],
    majorClassifiedAt: [''],
    materialityDeterminedAt: [''],
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly saved = signal(false);
  private readonly changes = signal(0);

  protected readonly data = remote(
    () => ({ id: this.engagementId(), revision: this.revision() + this.changes() }),
    ({ id }) => this.api.query(EngagementRegulatoryDocument, { id }),
  );
  protected readonly regulatory = computed(() => this.data.value()?.engagementRegulatory ?? null);
  protected readonly facts = computed(() => this.regulatory()?.facts ?? null);
  protected readonly deadlines = computed(() => this.regulatory()?.deadlines ?? []);
  protected readonly open = computed(() =>
    this.deadlines().filter((d) => d.status === 'PROPOSED' || d.status === 'CONFIRMED'),
  );
  protected readonly closed = computed(() =>
    this.deadlines().filter((d) => d.status === 'SUBMITTED' || d.status === 'DISMISSED'),
  );

  constructor() {
    // What was recorded fills the form, unless the person is editing it.
    effect(() => {
      const facts = this.facts();
      const zone = this.timeZone();
      untracked(() => {
        if (this.form.pristine) this.fill(facts, zone);
      });
    });
  }

  private fill(facts: Facts | null, zone: string): void {
    const local = (iso: string | null | undefined): string => (iso ? isoToLocal(zone, iso) : '');
    this.form.reset({
      awareAt: local(facts?.awareAt),
      personalDataAffected: facts?.personalDataAffected ?? false,
      healthDataAffected: facts?.healthDataAffected ?? false,
      cardDataAffected: facts?.cardDataAffected ?? false,
      recordsAffected: facts && facts.recordsAffected !== null ? String(facts.recordsAffected) : '',
      significantIncident: facts?.significantIncident ?? false,
      majorClassifiedAt: local(facts?.majorClassifiedAt),
      materialityDeterminedAt: local(facts?.materialityDeterminedAt),
    });
  }

  /** Now, in the viewer's zone, for a time field left empty. */
  protected now(control: (typeof TIMES)[number]): void {
    this.form.controls[control].setValue(isoToLocal(this.timeZone()));
    this.form.markAsDirty();
  }

  protected async save(): Promise<void> {
    this.error.set(null);
    this.saved.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host);
      return;
    }
    const v = this.form.getRawValue();
    const times: Partial<Record<(typeof TIMES)[number], string>> = {};
    for (const name of TIMES) {
      if (!v[name]) continue;
      const iso = localToIso(v[name], this.timeZone());
      if (!iso) {
        this.form.controls[name].setErrors({ server: 'Give a date and a time.' });
        this.form.controls[name].markAsTouched();
        focusFirstInvalid(this.host);
        return;
      }
      times[name] = iso;
    }
    const records = v.recordsAffected.trim();
    this.busy.set(true);
    try {
      const result = await this.api.mutate(RecordRegulatoryFactsDocument, {
        input: {
          engagementId: this.engagementId(),
          ...times,
          personalDataAffected: v.personalDataAffected,
          healthDataAffected: v.healthDataAffected,
          cardDataAffected: v.cardDataAffected,
          recordsAffected: records ? Number(records) : undefined,
          significantIncident: v.significantIncident,
          expectedVersion: this.facts()?.version ?? 0,
        },
      });
      this.fill(result.recordRegulatoryFacts.facts, this.timeZone());
      this.saved.set(true);
      this.reload();
    } catch (e) {
      this.error.set(applyServerError(this.form, e, FIELDS));
      focusFirstInvalid(this.host);
      if (e instanceof ApiError && e.code === 'CONFLICT') {
        // Show the colleague's facts; the person enters theirs again over them.
        this.form.markAsPristine();
        this.reload();
      }
    } finally {
      this.busy.set(false);
    }
  }

  protected reload(): void {
    this.changes.update((n) => n + 1);
    this.changed.emit();
  }
}
