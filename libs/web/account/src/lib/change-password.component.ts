import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@vigil/shared/domain';
import { ApiError, ApiService, ChangeMyPasswordDocument } from '@vigil/web/data-access';
import {
  FieldMap,
  focusFirstInvalid,
  formMessage,
  sameAs,
  showServerError,
} from '@vigil/web/data-access';

const FIELDS: FieldMap = {
  'input.currentPassword': { control: 'current', label: 'The password you entered' },
  'input.newPassword': { control: 'next', label: 'The new password' },
};

/** Current, new and confirmed password; the API signs out every other session. */
@Component({
  selector: 'vigil-change-password',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit(formDir)" #formDir="ngForm" novalidate>
      <mat-form-field appearance="outline">
        <mat-label>Current password</mat-label>
        <input
          matInput
          type="password"
          formControlName="current"
          autocomplete="current-password"
          required
          data-testid="password-current"
        />
        @if (form.controls.current.hasError('server')) {
          <mat-error>{{ form.controls.current.getError('server') }}</mat-error>
        } @else if (form.controls.current.invalid) {
          <mat-error>Enter your current password.</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>New password</mat-label>
        <input
          matInput
          type="password"
          formControlName="next"
          autocomplete="new-password"
          required
          data-testid="password-new"
        />
        <mat-hint>At least {{ minLength }} characters.</mat-hint>
        @if (form.controls.next.hasError('server')) {
          <mat-error>{{ form.controls.next.getError('server') }}</mat-error>
        } @else if (form.controls.next.hasError('required')) {
          <mat-error>Choose a new password.</mat-error>
        } @else if (form.controls.next.invalid) {
          <mat-error>
            The new password must be {{ minLength }} to {{ maxLength }} characters long.
          </mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>Confirm new password</mat-label>
        <input
          matInput
          type="password"
          formControlName="confirm"
          autocomplete="new-password"
          required
          data-testid="password-confirm"
        />
        @if (form.controls.confirm.hasError('required')) {
          <mat-error>Type the new password again.</mat-error>
        } @else if (form.controls.confirm.hasError('mismatch')) {
          <mat-error>The two new passwords are not the same.</mat-error>
        }
      </mat-form-field>
      @if (error(); as message) {
        <p class="form-error" role="alert">{{ message }}</p>
      }
      <div role="status" class="done" data-testid="password-status">{{ done() }}</div>
      <div>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="password-submit">
          {{ busy() ? 'Changing…' : 'Change password' }}
        </button>
      </div>
    </form>
  `,
  styles: [
    `
      form {
        display: flex;
        flex-direction: column;
        gap: 0.75rem;
        max-width: 28rem;
      }
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangePasswordComponent {
  private readonly api = inject(ApiService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly maxLength = PASSWORD_MAX_LENGTH;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly done = signal('');
  protected readonly form = inject(FormBuilder).nonNullable.group({
    current: ['', Validators.required],
    next: [
      '',
      [
        Validators.required,
        Validators.minLength(PASSWORD_MIN_LENGTH),
        Validators.maxLength(PASSWORD_MAX_LENGTH),
      ],
    ],
    confirm: ['', [Validators.required, sameAs('next')]],
  });

  constructor() {
    this.form.controls.next.valueChanges
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => this.form.controls.confirm.updateValueAndValidity({ emitEvent: false }));
  }

  async submit(formDir: FormGroupDirective): Promise<void> {
    this.error.set(null);
    this.done.set('');
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      focusFirstInvalid(this.host);
      return;
    }
    this.busy.set(true);
    try {
      const { current, next } = this.form.getRawValue();
      await this.api.mutate(ChangeMyPasswordDocument, {
        input: { currentPassword: current, newPassword: next },
      });
      formDir.resetForm();
      this.done.set(
        'Your password was changed. You stay signed in here; your other sessions were signed out.',
      );
    } catch (e) {
      if (e instanceof ApiError && showServerError(this.form, e, FIELDS))
        focusFirstInvalid(this.host);
      else this.error.set(formMessage(e));
    } finally {
      this.busy.set(false);
    }
  }
}
