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
  AbstractControl,
  FormBuilder,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  DEFAULT_ESCALATION_DELAYS_MINUTES,
  DEFAULT_WARNING_SHARES,
  escalationDelaysProblem,
  warningSharesProblem,
} from '@vigil/shared/domain';
import {
  ApiError,
  ApiService,
  applyServerError,
  FieldMap,
  focusFirstInvalid,
  SaveSlaPolicyInput,
  SlaAdminCalendarFieldsFragment,
  SlaAdminPoliciesDocument,
  SlaAdminPolicyFieldsFragment,
  SlaAdminSavePolicyDocument,
} from '@vigil/web/data-access';
import {
  durationProblem,
  formatMinutes,
  MAX_ESCALATION_MINUTES,
  MAX_GOAL_MINUTES,
  parseDuration,
} from '../shared/durations';
import { goalLabel, POLICY_GOAL_KINDS, SEVERITIES } from '../shared/labels';
import { EditorDialogState } from '../shared/editor-dialog';
import { weekSummary } from './calendar-model';
import {
  calendarName,
  ESCALATION_STEPS,
  GoalCell,
  goalKey,
  goalsInput,
  normalizeField,
  parseShares,
} from './policy-model';

export interface PolicyDialogData {
  /** The policy to edit; null for a new one. */
  policy: SlaAdminPolicyFieldsFragment | null;
  /** A new policy starts from these goals (the default policy's). */
  startFrom: SlaAdminPolicyFieldsFragment | null;
  /** Every policy, to say which tiers are taken before the API does. */
  policies: readonly SlaAdminPolicyFieldsFragment[];
  calendars: readonly SlaAdminCalendarFieldsFragment[];
}

/** Tiers retainers are usually sold with; offered when creating a policy. */
const TIER_SUGGESTIONS = ['Platinum', 'Gold', 'Silver', 'Bronze', 'Premier'];

const MESSAGES: Record<string, string> = {
  required: 'Enter this.',
  maxlength: 'Too long.',
  duration: 'Try 45 min, 2 h or 90.',
  tierTaken: 'Another policy already covers this tier.',
  shares: 'Whole percentages from 1 to 99, increasing, e.g. 75, 90.',
};

function goalDuration(control: AbstractControl<string>): ValidationErrors | null {
  const text = control.value ?? '';
  if (!text.trim()) return null;
  const problem = durationProblem(text, { min: 1, max: MAX_GOAL_MINUTES });
  if (problem === 'min') return { goalMin: true };
  if (problem === 'max') return { goalMax: true };
  return problem ? { duration: true } : null;
}

function escalationDelay(control: AbstractControl<string>): ValidationErrors | null {
  const problem = durationProblem(control.value ?? '', { min: 0, max: MAX_ESCALATION_MINUTES });
  if (problem === 'max') return { delayMax: true };
  return problem ? { [problem === 'required' ? 'required' : 'duration']: true } : null;
}

function shares(control: AbstractControl<string>): ValidationErrors | null {
  const values = parseShares(control.value ?? '');
  return values && !warningSharesProblem(values) ? null : { shares: true };
}

/**
 * A policy's goals as a grid of durations (kinds × severities), each with the clock it runs on,
 * plus its tier, warnings and escalation delays. Admins only; the API checks the same rules.
 */
@Component({
  selector: 'vigil-sla-policy-dialog',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
  ],
  templateUrl: './policy-dialog.component.html',
  styleUrl: './policy.dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PolicyDialog {
  private readonly api = inject(ApiService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly ref =
    inject<MatDialogRef<PolicyDialog, SlaAdminPolicyFieldsFragment>>(MatDialogRef);
  protected readonly data = inject<PolicyDialogData>(MAT_DIALOG_DATA);
  protected readonly kinds = POLICY_GOAL_KINDS;
  protected readonly severities = SEVERITIES;
  protected readonly steps = ESCALATION_STEPS;
  protected readonly goalLabel = goalLabel;
  protected readonly goalKey = goalKey;
  protected readonly calendars = signal(this.data.calendars);
  private readonly editor = new EditorDialogState(this.ref);
  protected readonly busy = this.editor.busy;
  protected readonly error = this.editor.error;
  protected readonly conflict = this.editor.conflict;
  /** The version the form was filled from, sent as expectedVersion. */
  private version = this.data.policy?.version ?? 0;
  private readonly policyId = this.data.policy?.id ?? null;
  protected readonly isNew = this.policyId === null;
  protected readonly isDefault = !!this.data.policy && this.data.policy.retainerTier === null;

  protected readonly form = this.buildForm(this.data.policy ?? this.data.startFrom);

  private readonly values = toSignal(this.form.valueChanges, {
    initialValue: this.form.getRawValue(),
  });
  protected readonly tierOptions = computed(() => {
    const typed = (this.values().retainerTier ?? '').trim().toLowerCase();
    const taken = new Set(this.data.policies.map((p) => p.retainerTier?.toLowerCase()));
    return TIER_SUGGESTIONS.filter(
      (t) => !taken.has(t.toLowerCase()) && t.toLowerCase().includes(typed),
    );
  });

  /** Under each duration box: how the API will read it, so "90" is seen to mean 1 h 30 min. */
  protected preview(key: string): string {
    const text = this.form.controls.goals.controls[key]?.controls.duration.value ?? '';
    if (!text.trim()) return 'No commitment';
    const minutes = parseDuration(text);
    if (minutes === null || minutes <= 0) return '';
    const words = formatMinutes(minutes);
    return words === text.trim() ? '' : `= ${words}`;
  }

  protected delayPreview(index: number): string {
    const minutes = parseDuration(this.form.controls.escalation.at(index).value ?? '');
    if (minutes === null) return '';
    return minutes === 0 ? 'At the breach' : `${formatMinutes(minutes)} after the breach`;
  }

  protected clockName(key: string): string {
    const id = this.form.controls.goals.controls[key]?.controls.calendar.value ?? '';
    return calendarName(this.calendars(), id || null);
  }

  protected calendarSummary(calendar: SlaAdminCalendarFieldsFragment): string {
    const zone = calendar.timeZone ?? 'client’s zone';
    return `${weekSummary(calendar.week)}, ${zone}`;
  }

  /** The first message for a control's first error ('' when none). */
  protected err(path: string): string {
    const errors = this.form.get(path)?.errors;
    if (!errors) return '';
    const key = Object.keys(errors)[0] ?? '';
    switch (key) {
      case 'server':
        return String(errors['server']);
      case 'goalMin':
        return 'At least 1 min, or leave empty.';
      case 'goalMax':
        return 'At most 8760 h (a year).';
      case 'delayMax':
        return 'At most a week (168 h).';
      case 'order':
        return 'Not earlier than the step before.';
      case 'required':
        return path.startsWith('escalation')
          ? 'Enter a delay; 0 for at the breach.'
          : 'Enter this.';
      default:
        return MESSAGES[key] ?? 'Check this field.';
    }
  }

  async save(): Promise<void> {
    this.checkTier();
    this.checkEscalationOrder();
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      this.error.set('Some fields need a look: each says what is wrong.');
      focusFirstInvalid(this.host);
      return;
    }
    this.error.set(null);
    const { input, fields } = this.input();
    await this.editor.save(
      async () => (await this.api.mutate(SlaAdminSavePolicyDocument, { input })).saveSlaPolicy,
      (e) => {
        const error = normalized(e);
        this.conflict.set(error instanceof ApiError && error.code === 'CONFLICT');
        this.error.set(applyServerError(this.form, error, fields));
        focusFirstInvalid(this.host);
      },
    );
  }

  /** After a conflict: the latest version from the API replaces the form (the edits are lost). */
  loadLatest(): Promise<void> {
    const id = this.policyId;
    if (!id) return Promise.resolve();
    return this.editor.loadLatest(
      async () => {
        const data = await this.api.query(SlaAdminPoliciesDocument, {});
        const latest = data.slaPolicies.find((p) => p.id === id);
        return latest && { latest, calendars: data.slaCalendars };
      },
      ({ latest, calendars }) => {
        this.calendars.set(calendars);
        this.version = latest.version;
        this.form.reset(this.formValue(latest));
      },
      'This policy no longer exists.',
    );
  }

  private buildForm(from: SlaAdminPolicyFieldsFragment | null) {
    const fb = inject(FormBuilder).nonNullable;
    const value = this.formValue(from);
    const goals: Record<
      string,
      FormGroup<{ duration: FormControl<string>; calendar: FormControl<string> }>
    > = {};
    for (const kind of POLICY_GOAL_KINDS)
      for (const severity of SEVERITIES) {
        const key = goalKey(kind, severity);
        const cell = value.goals[key] ?? { duration: '', calendar: '' };
        goals[key] = fb.group({
          duration: [cell.duration, goalDuration],
          calendar: [cell.calendar],
        });
      }
    const tierValidators: ValidatorFn[] = [Validators.maxLength(60)];
    // A new policy is for a tier: there is one default policy, and it exists.
    if (!from || this.isNew || from.retainerTier !== null) tierValidators.push(Validators.required);
    return fb.group({
      name: [value.name, [Validators.required, Validators.maxLength(120)]],
      retainerTier: [value.retainerTier, tierValidators],
      warningShares: [value.warningShares, shares],
      escalation: fb.array(value.escalation.map((d) => fb.control(d, escalationDelay))),
      goals: fb.group(goals),
    });
  }

  private formValue(from: SlaAdminPolicyFieldsFragment | null): {
    name: string;
    retainerTier: string;
    warningShares: string;
    escalation: string[];
    goals: Record<string, GoalCell>;
  } {
    const goals: Record<string, GoalCell> = {};
    for (const g of from?.goals ?? [])
      goals[goalKey(g.kind, g.severity)] = {
        duration: formatMinutes(g.durationMinutes),
        calendar: g.calendarId ?? '',
      };
    const editing = !this.isNew && from;
    return {
      name: editing ? from.name : '',
      retainerTier: editing ? (from.retainerTier ?? '') : '',
      warningShares: (from?.warningShares ?? DEFAULT_WARNING_SHARES).join(', '),
      escalation: (from?.escalationDelaysMinutes ?? DEFAULT_ESCALATION_DELAYS_MINUTES).map((d) =>
        formatMinutes(d),
      ),
      goals,
    };
  }

  /** A tier another policy covers is refused by the API; say so before sending. */
  private checkTier(): void {
    const control = this.form.controls.retainerTier;
    const tier = control.value.trim().toLowerCase();
    const taken =
      !!tier &&
      this.data.policies.some(
        (p) => p.id !== this.policyId && p.retainerTier?.toLowerCase() === tier,
      );
    if (taken) control.setErrors({ ...(control.errors ?? {}), tierTaken: true });
  }

  /** Each escalation step comes no earlier than the one before. */
  private checkEscalationOrder(): void {
    const controls = this.form.controls.escalation.controls;
    const minutes = controls.map((c) => parseDuration(c.value));
    if (minutes.some((m) => m === null)) return;
    if (!escalationDelaysProblem(minutes as number[])) return;
    controls.forEach((c, i) => {
      if (i > 0 && (minutes[i] ?? 0) < (minutes[i - 1] ?? 0)) c.setErrors({ order: true });
    });
  }

  private input(): { input: SaveSlaPolicyInput; fields: FieldMap } {
    const v = this.form.getRawValue();
    const { goals, keys } = goalsInput(v.goals);
    const fields: FieldMap = {
      'input.name': { control: 'name', label: 'Name' },
      'input.retainerTier': { control: 'retainerTier', label: 'Retainer tier' },
      'input.warningShares': { control: 'warningShares', label: 'Warnings' },
      'input.escalationDelaysMinutes': { control: 'escalation.0', label: 'Escalation delays' },
    };
    keys.forEach((key, i) => {
      const [kind = '', severity = ''] = key.split(/_(?=SEV\d$)/);
      const label = `${goalLabel(kind)} for ${severity}`;
      fields[`input.goals[${i}].durationMinutes`] = {
        control: `goals.${key}.duration`,
        label: 'Duration',
      };
      fields[`input.goals[${i}].calendarId`] = { control: `goals.${key}.calendar`, label: 'Clock' };
      fields[`input.goals[${i}].kind`] = { control: `goals.${key}.duration`, label };
      fields[`input.goals[${i}]`] = { control: `goals.${key}.duration`, label };
    });
    const tier = v.retainerTier.trim();
    return {
      input: {
        ...(this.policyId ? { id: this.policyId, expectedVersion: this.version } : {}),
        name: v.name.trim(),
        retainerTier: this.isDefault ? null : tier || null,
        warningShares: parseShares(v.warningShares) ?? [],
        escalationDelaysMinutes: v.escalation.map((d) => parseDuration(d) ?? 0),
        goals,
      },
      fields,
    };
  }
}

/** The API's goal field names in one form ("input.goals[3].durationMinutes"). */
function normalized(e: unknown): unknown {
  if (!(e instanceof ApiError) || !e.field) return e;
  const field = normalizeField(e.field) ?? e.field;
  const message = e.message.startsWith(`${e.field}: `)
    ? `${field}: ${e.message.slice(e.field.length + 2)}`
    : e.message;
  return new ApiError(message, e.code, field);
}
