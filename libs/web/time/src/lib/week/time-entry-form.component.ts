import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelect, MatSelectModule } from '@angular/material/select';
import { isWithinTerm } from '@vigil/shared/domain';
import {
  ApiError,
  ApiService,
  FieldMap,
  TimeEntryItemFragment,
  TimeLogEntryDocument,
  TimeUpdateEntryDocument,
  focusFirstInvalid,
  formMessage,
  showServerError,
} from '@vigil/web/data-access';
import { mediumDate, shortDay } from '../shared/dates';
import { durationOptions } from '../shared/labels';
import { RetainerInfo } from '../shared/time-data';

const FIELDS: FieldMap = {
  'input.retainerId': { control: 'retainerId', label: 'Retainer:' },
  'input.workDate': { control: 'workDate', label: 'Date' },
  'input.minutes': { control: 'minutes', label: 'Duration' },
  'input.description': { control: 'description', label: 'Description' },
};

interface EntryFormValue {
  retainerId: string;
  workDate: string;
  minutes: number;
  description: string;
  billable: boolean;
}

export interface SavedEntry {
  entry: TimeEntryItemFragment;
  created: boolean;
}

/** Logs a new entry, or edits a draft or rejected one (`entry`); dates are the week's days. */
@Component({
  selector: 'vigil-time-entry-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
  ],
  templateUrl: './time-entry-form.component.html',
  styleUrl: './time-entry-form.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TimeEntryFormComponent {
  private readonly api = inject(ApiService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly retainerSelect = viewChild<MatSelect>('retainerSelect');
  private readonly dateSelect = viewChild<MatSelect>('dateSelect');
  private readonly formDirective = viewChild(FormGroupDirective);

  /** Active retainers the viewer may log against. */
  readonly retainers = input.required<RetainerInfo[]>();
  /** The seven days of the week shown. */
  readonly days = input.required<string[]>();
  readonly defaultDay = input.required<string>();
  /** The entry being edited; null to log a new one. */
  readonly entry = input<TimeEntryItemFragment | null>(null);
  /** Its retainer's name, which cannot change once logged. */
  readonly entryRetainerLabel = input('');
  readonly saved = output<SavedEntry>();
  readonly cancelled = output<void>();

  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly shortDay = shortDay;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    retainerId: ['', Validators.required],
    workDate: ['', Validators.required],
    minutes: [60, Validators.required],
    description: ['', [Validators.required, Validators.maxLength(2000), Validators.pattern(/\S/)]],
    billable: [true],
  });
  private readonly values = toSignal(this.form.valueChanges, {
    initialValue: this.form.getRawValue(),
  });
  protected readonly durations = computed(() => durationOptions(this.entry()?.minutes ?? null));
  protected readonly selectedRetainer = computed(() => {
    const id = this.entry()?.retainerId ?? this.values().retainerId;
    return this.retainers().find((r) => r.id === id) ?? null;
  });
  protected readonly termHint = computed(() => {
    const r = this.selectedRetainer();
    return r ? `Term ${mediumDate(r.termStart)} – ${mediumDate(r.termEnd)}` : '';
  });

  constructor() {
    // Editing fills the form with the entry; finishing (or another week) starts a new one.
    effect(() => {
      const entry = this.entry();
      untracked(() => this.fill(entry, this.defaultDay()));
    });
    // Another week: a new entry moves to a day of that week, keeping what was typed.
    effect(() => {
      const days = this.days();
      const day = this.defaultDay();
      untracked(() => {
        const date = this.form.controls.workDate;
        if (!this.entry() && !days.includes(date.value)) date.setValue(day);
      });
    });
    // A single active retainer needs no choosing.
    effect(() => {
      const only = this.retainers().length === 1 ? this.retainers()[0] : undefined;
      untracked(() => {
        if (only && !this.entry() && !this.form.controls.retainerId.value)
          this.form.controls.retainerId.setValue(only.id);
      });
    });
  }

  /** Puts the keyboard on the first field (for the page's "Log time" button). */
  focus(): void {
    setTimeout(() => (this.entry() ? this.dateSelect() : this.retainerSelect())?.focus());
  }

  protected cancel(): void {
    this.cancelled.emit();
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    this.error.set(null);
    this.checkTerm();
    if (this.form.invalid || this.busy()) {
      focusFirstInvalid(this.host);
      return;
    }
    const v = this.form.getRawValue();
    const entry = this.entry();
    const fields = {
      workDate: v.workDate,
      minutes: v.minutes,
      description: v.description.trim(),
      billable: v.billable,
    };
    this.busy.set(true);
    try {
      const saved = entry
        ? (await this.api.mutate(TimeUpdateEntryDocument, { input: { id: entry.id, ...fields } }))
            .updateTimeEntry
        : (
            await this.api.mutate(TimeLogEntryDocument, {
              input: { retainerId: v.retainerId, ...fields },
            })
          ).logTime;
      this.saved.emit({ entry: saved, created: !entry });
      if (!entry) {
        // Ready for the next entry on the same retainer and day.
        this.reset({ ...v, minutes: 60, description: '' });
      }
    } catch (e) {
      // An edited entry's retainer is not a field here: its error is the form's.
      const onField =
        e instanceof ApiError &&
        !(entry && e.field === 'input.retainerId') &&
        showServerError(this.form, e, FIELDS);
      if (!onField) this.error.set(formMessage(e));
      focusFirstInvalid(this.host);
    } finally {
      this.busy.set(false);
    }
  }

  /** The API refuses days outside the retainer's term; say so before asking it. */
  private checkTerm(): void {
    const r = this.selectedRetainer();
    const control = this.form.controls.workDate;
    if (!r || !control.value || isWithinTerm(control.value, r.termStart, r.termEnd)) return;
    control.setErrors({
      server: `Date must fall inside the retainer’s term (${mediumDate(r.termStart)} – ${mediumDate(r.termEnd)}).`,
    });
  }

  private fill(entry: TimeEntryItemFragment | null, day: string): void {
    this.error.set(null);
    if (entry) {
      this.reset({
        retainerId: entry.retainerId,
        workDate: entry.workDate,
        minutes: entry.minutes,
        description: entry.description,
        billable: entry.billable,
      });
      this.form.controls.retainerId.disable();
    } else {
      const keep = this.form.controls.retainerId.value;
      const stillActive = this.retainers().some((r) => r.id === keep);
      this.form.controls.retainerId.enable();
      this.reset({
        retainerId: stillActive ? keep : '',
        workDate: day,
        minutes: 60,
        description: '',
        billable: true,
      });
    }
  }

  /** Resets values and the "submitted" state too, so an empty new entry shows no errors. */
  private reset(value: EntryFormValue): void {
    const directive = this.formDirective();
    // Before the first render the directive has no form yet; nothing was submitted then.
    if (directive?.form) directive.resetForm(value);
    else this.form.reset(value);
  }
}
