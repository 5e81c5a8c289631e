import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormBuilder,
  FormControl,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { addDays, DEFAULT_ALERT_THRESHOLDS, todayIn } from '@vigil/shared/domain';
import {
  ApiService,
  AuthService,
  CreateRetainerDocument,
  CreateRetainerInput,
  FieldMap,
  OveragePolicy,
  RetainerClientOptionsDocument,
  RetainerDetailFieldsFragment,
  focusFirstInvalid,
} from '@vigil/web/data-access';
import { debounceTime } from 'rxjs';
import { dayNumber } from '../shared/format';
import {
  applyServerError,
  hoursToMinutes,
  HoursValue,
  money,
  parseThresholds,
  quarterHours,
  thresholds,
  toCents,
} from '../shared/forms';

export interface ClientOption {
  id: string;
  name: string;
  timeZone: string;
}

const FIELDS: FieldMap = {
  'input.organizationId': { control: 'client', label: 'Client' },
  'input.reference': { control: 'reference', label: 'Reference' },
  'input.termStart': { control: 'termStart', label: 'Term start' },
  'input.termEnd': { control: 'termEnd', label: 'Term end' },
  'input.minutesPurchased': { control: 'hours', label: 'Hours purchased' },
  'input.hourlyRateCents': { control: 'hourlyRate', label: 'Hourly rate' },
  'input.overageRateCents': { control: 'overageRate', label: 'Overage rate' },
  'input.currency': { control: 'currency', label: 'Currency' },
  'input.overagePolicy': { control: 'overagePolicy', label: 'Overage policy' },
  'input.rolloverMaxMinutes': { control: 'rolloverHours', label: 'Rollover' },
  'input.responseTier': { control: 'responseTier', label: 'Response tier' },
  'input.alertThresholds': { control: 'thresholds', label: 'Alert thresholds' },
  'input.notes': { control: 'notes', label: 'Notes' },
};

/** What each field says when it is wrong, by validator key. */
const MESSAGES: Record<string, Record<string, string>> = {
  client: { required: 'Choose the client.', picked: 'Choose a client from the list.' },
  reference: { required: 'Enter a reference, e.g. ACME-2026.' },
  termStart: { required: 'Enter the first day of the term.' },
  termEnd: {
    required: 'Enter the last day of the term.',
    beforeStart: 'The term cannot end before it starts.',
  },
  hours: {
    required: 'Enter the hours purchased.',
    quarter: 'Use quarter hours, e.g. 40 or 12.75.',
    zero: 'Enter more than 0 hours.',
    negative: 'Enter more than 0 hours.',
  },
  hourlyRate: { required: 'Enter the hourly rate.' },
  overageRate: { required: 'Enter the overage rate.' },
  currency: { required: 'Enter a currency.', pattern: 'Three letters, e.g. EUR or USD.' },
  rolloverHours: {
    required: 'Enter the most hours that roll over.',
    quarter: 'Use quarter hours, e.g. 10 or 2.5.',
    zero: 'Enter more than 0 hours, or choose no rollover.',
    negative: 'Enter more than 0 hours.',
  },
  responseTier: { required: 'Enter the response tier, e.g. Gold.' },
  thresholds: { thresholds: 'Whole percentages from 1 to 200, separated by commas.' },
};
const COMMON: Record<string, string> = {
  number: 'Enter a number.',
  negative: 'Cannot be negative.',
  cents: 'At most two decimals.',
  maxlength: 'Too long.',
};

function picked(control: AbstractControl<ClientOption | string | null>): ValidationErrors | null {
  return typeof control.value === 'string' && control.value.trim() ? { picked: true } : null;
}

/** A new retainer, created as a draft: hours and money as people type them, sent as minutes and cents. */
@Component({
  selector: 'vigil-new-retainer-dialog',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
  ],
  templateUrl: './new-retainer-dialog.component.html',
  styleUrl: './new-retainer.dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewRetainerDialog {
  private readonly api = inject(ApiService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly ref =
    inject<MatDialogRef<NewRetainerDialog, RetainerDetailFieldsFragment>>(MatDialogRef);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly clients = signal<ClientOption[]>([]);
  protected readonly tiers = ['Platinum', 'Gold', 'Silver', 'Bronze'];
  private latestSearch = 0;

  private readonly today = todayIn(inject(AuthService).user()?.timeZone ?? 'UTC');
  protected readonly form = inject(FormBuilder).nonNullable.group({
    client: new FormControl<ClientOption | string | null>(null, [Validators.required, picked]),
    reference: ['', [Validators.required, Validators.maxLength(40)]],
    termStart: [this.today, Validators.required],
    termEnd: [addDays(addDays(this.today, 365), -1), Validators.required],
    hours: [null as HoursValue, [Validators.required, quarterHours()]],
    hourlyRate: [null as HoursValue, [Validators.required, money]],
    overageRate: [null as HoursValue, [Validators.required, money]],
    currency: ['EUR', [Validators.required, Validators.pattern(/^\s*[A-Za-z]{3}\s*$/)]],
    overagePolicy: ['ALLOW' as OveragePolicy],
    rollover: ['none' as 'none' | 'max'],
    rolloverHours: [null as HoursValue, quarterHours()],
    responseTier: ['', [Validators.required, Validators.maxLength(60)]],
    thresholds: [DEFAULT_ALERT_THRESHOLDS.join(', '), thresholds],
    notes: ['', Validators.maxLength(10000)],
  });

  private readonly values = toSignal(this.form.valueChanges, {
    initialValue: this.form.getRawValue(),
  });
  protected readonly chosenClient = computed(() => {
    const c = this.values().client;
    return c && typeof c === 'object' ? c : null;
  });
  protected readonly hoursPreview = computed(() => {
    const minutes = hoursToMinutes(this.values().hours);
    return minutes && minutes > 0 ? `${minutes.toLocaleString('en-GB')} minutes` : '';
  });

  protected readonly displayClient = (v: ClientOption | string | null): string =>
    typeof v === 'string' ? v : (v?.name ?? '');

  constructor() {
    const c = this.form.controls;
    c.client.valueChanges.pipe(debounceTime(250), takeUntilDestroyed()).subscribe((v) => {
      if (typeof v === 'string' || v === null) this.loadClients(v ?? '');
    });
    // The end date is checked against the start whenever either changes.
    c.termStart.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.checkTerm());
    c.termEnd.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.checkTerm());
    c.rollover.valueChanges.pipe(takeUntilDestroyed()).subscribe((kind) => {
      c.rolloverHours.setValidators(
        kind === 'max' ? [Validators.required, quarterHours()] : quarterHours(),
      );
      c.rolloverHours.updateValueAndValidity();
    });
  }

  protected loadClients(text = ''): void {
    const value = this.form.controls.client.value;
    const term = typeof value === 'string' ? value.trim() : text.trim();
    const id = ++this.latestSearch;
    this.api.query(RetainerClientOptionsDocument, { search: term || null }).then(
      (data) => {
        if (id === this.latestSearch) this.clients.set(data.organizations.edges.map((e) => e.node));
      },
      () => {
        if (id === this.latestSearch) this.clients.set([]);
      },
    );
  }

  /** The first message for a control's first error, or ''. */
  protected err(name: string): string {
    const errors = this.form.get(name)?.errors;
    if (!errors) return '';
    const key = Object.keys(errors)[0] ?? '';
    if (key === 'server') return String(errors['server']);
    return MESSAGES[name]?.[key] ?? COMMON[key] ?? 'Check this field.';
  }

  private checkTerm(): void {
    const { termStart, termEnd } = this.form.controls;
    const before =
      !!termStart.value && !!termEnd.value && dayNumber(termEnd.value) < dayNumber(termStart.value);
    const errors = { ...(termEnd.errors ?? {}) };
    delete errors['beforeStart'];
    if (before) errors['beforeStart'] = true;
    termEnd.setErrors(Object.keys(errors).length ? errors : null);
    if (before) termEnd.markAsTouched();
  }

  async save(): Promise<void> {
    this.checkTerm();
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      focusFirstInvalid(this.host);
      return;
    }
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.ref.disableClose = true;
    try {
      const data = await this.api.mutate(CreateRetainerDocument, { input: this.input() });
      this.ref.close(data.createRetainer);
    } catch (e) {
      this.error.set(applyServerError(this.form, e, FIELDS));
      focusFirstInvalid(this.host);
    } finally {
      this.busy.set(false);
      this.ref.disableClose = false;
    }
  }

  private input(): CreateRetainerInput {
    const v = this.form.getRawValue();
    const client = v.client as ClientOption;
    const notes = v.notes.trim();
    return {
      organizationId: client.id,
      reference: v.reference.trim(),
      termStart: v.termStart,
      termEnd: v.termEnd,
      minutesPurchased: hoursToMinutes(v.hours) ?? 0,
      hourlyRateCents: toCents(v.hourlyRate) ?? 0,
      overageRateCents: toCents(v.overageRate) ?? 0,
      currency: v.currency.trim().toUpperCase(),
      overagePolicy: v.overagePolicy,
      rolloverMaxMinutes: v.rollover === 'max' ? hoursToMinutes(v.rolloverHours) : null,
      responseTier: v.responseTier.trim(),
      alertThresholds: [...new Set(parseThresholds(v.thresholds) ?? [])],
      ...(notes ? { notes } : {}),
    };
  }
}
