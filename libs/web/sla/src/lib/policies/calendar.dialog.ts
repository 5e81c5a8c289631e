import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  FormArray,
  FormBuilder,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { WEEKDAY_NAMES, workingWeek } from '@vigil/shared/domain';
import {
  ApiError,
  ApiService,
  focusFirstInvalid,
  formMessage,
  SaveSlaCalendarInput,
  SlaAdminCalendarFieldsFragment,
  SlaAdminPoliciesDocument,
  SlaAdminSaveCalendarDocument,
} from '@vigil/web/data-access';
import {
  checkCalendar,
  DAY_ORDER,
  Interval,
  problemMessage,
  problemTarget,
} from './calendar-model';
import { EditorDialogState } from '../shared/editor-dialog';
import { normalizeField } from './policy-model';

export interface CalendarDialogData {
  /** The calendar to edit; null for a new one. */
  calendar: SlaAdminCalendarFieldsFragment | null;
}

type IntervalGroup = FormGroup<{ start: FormControl<string>; end: FormControl<string> }>;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const holidayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

let zones: readonly string[] | null = null;

/** Every IANA time zone the browser knows, with UTC. */
function timeZones(): readonly string[] {
  if (!zones) {
    const known = Intl.supportedValuesOf('timeZone');
    zones = known.includes('UTC') ? known : ['UTC', ...known];
  }
  return zones;
}

/**
 * When a goal's clock runs: working hours per weekday (several stretches a day if needed) in a
 * fixed time zone or the client's own, and the holidays without working time. Checked with the
 * API's own rules before saving.
 */
@Component({
  selector: 'vigil-sla-calendar-dialog',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
  ],
  templateUrl: './calendar-dialog.component.html',
  styleUrl: './calendar.dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarDialog {
  private readonly api = inject(ApiService);
  private readonly fb = inject(FormBuilder).nonNullable;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly ref =
    inject<MatDialogRef<CalendarDialog, SlaAdminCalendarFieldsFragment>>(MatDialogRef);
  protected readonly data = inject<CalendarDialogData>(MAT_DIALOG_DATA);
  protected readonly days = DAY_ORDER.map((index) => ({ index, name: WEEKDAY_NAMES[index] }));
  private readonly editor = new EditorDialogState(this.ref);
  protected readonly busy = this.editor.busy;
  protected readonly error = this.editor.error;
  protected readonly conflict = this.editor.conflict;
  /** The week as a whole is wrong (no working hours at all). */
  protected readonly weekError = signal<string | null>(null);
  private version = this.data.calendar?.version ?? 0;
  private readonly calendarId = this.data.calendar?.id ?? null;
  protected readonly isNew = this.calendarId === null;

  protected readonly form = this.fb.group({
    name: ['', [Validators.required, Validators.maxLength(120)]],
    zoneMode: ['client' as 'client' | 'fixed'],
    timeZone: [''],
    hoursMode: ['working' as 'working' | 'around'],
    week: this.fb.array<FormArray<IntervalGroup>>([]),
    holidays: this.fb.array<FormControl<string>>([]),
    newHoliday: [''],
  });

  private readonly values = toSignal(this.form.valueChanges, {
    initialValue: this.form.getRawValue(),
  });
  protected readonly zoneOptions = computed(() => {
    const text = (this.values().timeZone ?? '').trim().toLowerCase().replace(/ /g, '_');
    const all = timeZones();
    return (text ? all.filter((z) => z.toLowerCase().includes(text)) : all).slice(0, 50);
  });
  protected readonly fixedZone = computed(() => this.values().zoneMode === 'fixed');
  protected readonly workingHours = computed(() => this.values().hoursMode === 'working');

  constructor() {
    this.fill(this.data.calendar);
  }

  protected day(index: number): FormArray<IntervalGroup> {
    return this.form.controls.week.at(index);
  }

  protected addInterval(day: number): void {
    const intervals = this.day(day);
    const last = intervals.at(intervals.length - 1)?.getRawValue();
    intervals.push(
      this.interval(last ? { start: last.end, end: '24:00' } : { start: '09:00', end: '17:00' }),
    );
    this.weekError.set(null);
  }

  protected removeInterval(day: number, index: number): void {
    this.day(day).removeAt(index);
  }

  /** Monday's hours on every weekday (Monday to Friday). */
  protected copyMondayToWeekdays(): void {
    const monday = this.day(1).getRawValue();
    for (const day of [2, 3, 4, 5]) {
      const intervals = this.day(day);
      intervals.clear();
      for (const w of monday) intervals.push(this.interval(w));
    }
  }

  protected holidayLabel(date: string): string {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    return m
      ? holidayFormat.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))))
      : date;
  }

  protected addHoliday(): void {
    const control = this.form.controls.newHoliday;
    const date = control.value.trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      control.setErrors({ date: true });
      control.markAsTouched();
      return;
    }
    const holidays = this.form.controls.holidays;
    if (!holidays.getRawValue().includes(date)) {
      const sorted = [...holidays.getRawValue(), date].sort();
      holidays.clear();
      for (const d of sorted) holidays.push(this.fb.control(d));
    }
    control.setValue('');
  }

  protected removeHoliday(index: number): void {
    this.form.controls.holidays.removeAt(index);
  }

  protected err(
    control: FormControl<string> | null | undefined,
    kind: 'time' | 'other' = 'other',
  ): string {
    const errors = control?.errors;
    if (!errors) return '';
    if (errors['server']) return String(errors['server']);
    if (errors['required']) return kind === 'time' ? 'Enter a time.' : 'Enter this.';
    if (errors['pattern']) return 'As HH:mm, e.g. 09:00 (24:00 for midnight).';
    if (errors['timeZone']) return 'Choose a time zone from the list, e.g. Europe/Berlin.';
    if (errors['date']) return 'Enter a date.';
    if (errors['maxlength']) return 'Too long.';
    return 'Check this field.';
  }

  async save(): Promise<void> {
    this.weekError.set(null);
    this.error.set(null);
    this.checkZone();
    this.form.markAllAsTouched();
    if (this.form.invalid) return this.invalid();
    const input = this.input();
    // The API's own rules, run here first so the mistake is shown beside its field.
    const problem = checkCalendar(input);
    if (problem) {
      this.show(problem, problemMessage(problem));
      return this.invalid();
    }
    await this.editor.save(
      async () => (await this.api.mutate(SlaAdminSaveCalendarDocument, { input })).saveSlaCalendar,
      (e) => this.serverError(e),
    );
  }

  loadLatest(): Promise<void> {
    const id = this.calendarId;
    if (!id) return Promise.resolve();
    return this.editor.loadLatest(
      async () =>
        (await this.api.query(SlaAdminPoliciesDocument, {})).slaCalendars.find((c) => c.id === id),
      (latest) => this.fill(latest),
      'This calendar no longer exists.',
    );
  }

  private fill(calendar: SlaAdminCalendarFieldsFragment | null): void {
    this.version = calendar?.version ?? 0;
    // Around the clock keeps office hours ready in case the admin switches to working hours.
    const week = calendar?.week ?? workingWeek('09:00', '17:00');
    this.form.controls.week.clear();
    for (let d = 0; d < 7; d++)
      this.form.controls.week.push(this.fb.array((week[d] ?? []).map((w) => this.interval(w))));
    this.form.controls.holidays.clear();
    for (const h of calendar?.holidays ?? []) this.form.controls.holidays.push(this.fb.control(h));
    this.form.patchValue({
      name: calendar?.name ?? '',
      zoneMode: calendar?.timeZone ? 'fixed' : 'client',
      timeZone: calendar?.timeZone ?? '',
      hoursMode: calendar && !calendar.week ? 'around' : 'working',
      newHoliday: '',
    });
    this.form.markAsPristine();
  }

  private interval(w: Interval): IntervalGroup {
    return this.fb.group({
      start: [w.start, [Validators.required, Validators.pattern(TIME)]],
      end: [w.end, [Validators.required, Validators.pattern(TIME)]],
    });
  }

  private checkZone(): void {
    const control = this.form.controls.timeZone;
    if (!this.fixedZone()) {
      control.setErrors(null);
      return;
    }
    const zone = control.value.trim();
    if (!zone) control.setErrors({ required: true });
    else if (!timeZones().includes(zone)) control.setErrors({ timeZone: true });
  }

  private input(): SaveSlaCalendarInput {
    const v = this.form.getRawValue();
    return {
      ...(this.calendarId ? { id: this.calendarId, expectedVersion: this.version } : {}),
      name: v.name.trim(),
      timeZone: v.zoneMode === 'fixed' ? v.timeZone.trim() : null,
      week: v.hoursMode === 'working' ? v.week.map((day) => day.map((w) => ({ ...w }))) : null,
      holidays: v.holidays,
    };
  }

  /** Puts a problem (calendarProblem's, or the API's field) beside the field it is about. */
  private show(path: string, message: string): boolean {
    const target = problemTarget(path);
    const put = (control: FormControl<string> | null | undefined): boolean => {
      if (!control) return false;
      control.setErrors({ server: message });
      control.markAsTouched();
      return true;
    };
    switch (target.kind) {
      case 'name':
        return put(this.form.controls.name);
      case 'timeZone':
        return put(this.form.controls.timeZone);
      case 'holiday': {
        this.error.set(
          `${this.holidayLabel(this.form.controls.holidays.at(target.index)?.value ?? '')}: ${message}`,
        );
        return true;
      }
      case 'interval': {
        const group = this.form.controls.week.at(target.day)?.at(target.index);
        return put(target.part === 'start' ? group?.controls.start : group?.controls.end);
      }
      case 'week':
        this.weekError.set(message);
        return true;
      default:
        return false;
    }
  }

  private serverError(e: unknown): void {
    if (!(e instanceof ApiError)) {
      this.error.set(formMessage(e));
      return;
    }
    this.conflict.set(e.code === 'CONFLICT');
    const field = normalizeField(e.field);
    if (e.code === 'BAD_USER_INPUT' && field) {
      const text = e.message.startsWith(`${e.field}: `)
        ? e.message.slice(`${e.field ?? ''}: `.length)
        : e.message;
      const target = problemTarget(field);
      // Ours in words where we know the field; otherwise the API's own sentence.
      const message =
        target.kind === 'name' || target.kind === 'form'
          ? formMessage(new ApiError(text, e.code))
          : problemMessage(`${field.replace(/^input\./, '')}: ${text}`);
      if (this.show(field, message)) {
        this.invalid();
        return;
      }
    }
    this.error.set(formMessage(e));
  }

  private invalid(): void {
    if (!this.error()) this.error.set('Some fields need a look: each says what is wrong.');
    focusFirstInvalid(this.host);
  }
}
