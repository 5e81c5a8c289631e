import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  AdjustRetainerDocument,
  ApiService,
  FieldMap,
  RetainerDetailFieldsFragment,
  TopUpRetainerDocument,
  focusFirstInvalid,
} from '@vigil/web/data-access';
import { formatHours } from '../shared/format';
import { HoursValue, applyServerError, hoursToMinutes, quarterHours } from '../shared/forms';

export interface CreditDialogData {
  mode: 'top-up' | 'adjust';
  retainer: RetainerDetailFieldsFragment;
}

const FIELDS: FieldMap = {
  'input.minutes': { control: 'hours', label: 'Hours' },
  'input.reason': { control: 'reason', label: 'Reason' },
};

/** A top-up (more hours bought) or an adjustment (a correction either way, with a reason). */
@Component({
  selector: 'vigil-credit-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
  ],
  template: `
    <h2 mat-dialog-title>{{ topUp ? 'Top up' : 'Adjust' }} {{ retainer.reference }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <p class="lead">
          @if (topUp) {
            Adds purchased hours to the current term.
          } @else {
            Corrects the balance: positive hours add, negative hours take away.
          }
          Now {{ hours(retainer.balanceMinutes) }} left.
        </p>
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="full">
          <mat-label>{{ topUp ? 'Hours to add' : 'Hours (+ or −)' }}</mat-label>
          <input
            matInput
            type="number"
            inputmode="decimal"
            step="0.25"
            [attr.min]="topUp ? 0.25 : null"
            formControlName="hours"
            required
            data-testid="credit-hours"
          />
          <span matTextSuffix>h</span>
          <mat-hint>{{ preview() || 'Quarter hours, e.g. 10 or 2.5' }}</mat-hint>
          <mat-error>{{ hoursError() }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="full">
          <mat-label>{{ topUp ? 'Reason (optional)' : 'Reason' }}</mat-label>
          <textarea
            matInput
            formControlName="reason"
            rows="3"
            maxlength="500"
            [required]="!topUp"
            data-testid="credit-reason"
          ></textarea>
          <mat-hint align="end">{{ form.controls.reason.value.length }} / 500</mat-hint>
          <mat-error>
            {{ form.controls.reason.getError('server') ?? 'Say why the balance changes.' }}
          </mat-error>
        </mat-form-field>
        @if (error()) {
          <p class="form-error" role="alert" data-testid="dialog-error">{{ error() }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="busy()">Cancel</button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="save-credit">
          {{ busy() ? 'Saving…' : topUp ? 'Top up' : 'Adjust balance' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .full {
      width: 100%;
      margin-bottom: 0.75rem;
    }
    .lead {
      margin-top: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CreditDialog {
  private readonly api = inject(ApiService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly ref =
    inject<MatDialogRef<CreditDialog, RetainerDetailFieldsFragment>>(MatDialogRef);
  private readonly data = inject<CreditDialogData>(MAT_DIALOG_DATA);
  protected readonly retainer = this.data.retainer;
  protected readonly topUp = this.data.mode === 'top-up';
  protected readonly hours = formatHours;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    hours: [
      null as HoursValue,
      [Validators.required, quarterHours({ allowNegative: !this.topUp })],
    ],
    reason: [
      '',
      this.topUp ? [Validators.maxLength(500)] : [Validators.required, Validators.maxLength(500)],
    ],
  });
  private readonly value = toSignal(this.form.controls.hours.valueChanges, { initialValue: null });
  protected readonly preview = computed(() => {
    const minutes = hoursToMinutes(this.value());
    return minutes ? `Balance after: ${formatHours(this.retainer.balanceMinutes + minutes)}` : '';
  });

  protected hoursError(): string {
    const errors = this.form.controls.hours.errors ?? {};
    if (errors['server']) return String(errors['server']);
    if (errors['required']) return 'Enter the hours.';
    if (errors['negative']) return 'A top-up adds hours: enter more than 0.';
    if (errors['zero']) return 'Enter hours other than 0.';
    if (errors['quarter']) return 'Use quarter hours, e.g. 2.25.';
    return 'Enter a number.';
  }

  async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      focusFirstInvalid(this.host);
      return;
    }
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.ref.disableClose = true;
    const v = this.form.getRawValue();
    const input = {
      retainerId: this.retainer.id,
      minutes: hoursToMinutes(v.hours) ?? 0,
      reason: v.reason.trim() || null,
    };
    try {
      const saved = this.topUp
        ? (await this.api.mutate(TopUpRetainerDocument, { input })).topUpRetainer
        : (await this.api.mutate(AdjustRetainerDocument, { input })).adjustRetainer;
      this.ref.close(saved);
    } catch (e) {
      this.error.set(applyServerError(this.form, e, FIELDS));
      focusFirstInvalid(this.host);
    } finally {
      this.busy.set(false);
      this.ref.disableClose = false;
    }
  }
}
