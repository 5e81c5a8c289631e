import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@vigil/shared/domain';
import { ApiError, AuthService } from '@vigil/web/data-access';
import {
  FieldMap,
  focusFirstInvalid,
  formMessage,
  sameAs,
  showServerError,
} from '@vigil/web/data-access';
import { browserTimeZone, timeZoneOptions } from './time-zones';

const FIELDS: FieldMap = {
  'input.name': { control: 'name', label: 'Name' },
  'input.password': { control: 'password', label: 'Password' },
  'input.timeZone': { control: 'timeZone', label: 'Time zone' },
};

/** Name, password and time zone for a new account; accepting signs the person in. */
@Component({
  selector: 'vigil-accept-invitation-form',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
  ],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-form-field appearance="outline">
        <mat-label>Your name</mat-label>
        <input
          matInput
          formControlName="name"
          autocomplete="name"
          required
          data-testid="accept-name"
        />
        @if (form.controls.name.hasError('server')) {
          <mat-error>{{ form.controls.name.getError('server') }}</mat-error>
        } @else if (form.controls.name.invalid) {
          <mat-error>Enter your name (up to 200 characters).</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>Password</mat-label>
        <input
          matInput
          type="password"
          formControlName="password"
          autocomplete="new-password"
          required
          data-testid="accept-password"
        />
        <mat-hint>At least {{ minLength }} characters.</mat-hint>
        @if (form.controls.password.hasError('server')) {
          <mat-error>{{ form.controls.password.getError('server') }}</mat-error>
        } @else if (form.controls.password.hasError('required')) {
          <mat-error>Choose a password.</mat-error>
        } @else if (form.controls.password.invalid) {
          <mat-error>
            The password must be {{ minLength }} to {{ maxLength }} characters long.
          </mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>Confirm password</mat-label>
        <input
          matInput
          type="password"
          formControlName="confirm"
          autocomplete="new-password"
          required
          data-testid="accept-password-confirm"
        />
        @if (form.controls.confirm.hasError('required')) {
          <mat-error>Type the password again.</mat-error>
        } @else if (form.controls.confirm.hasError('mismatch')) {
          <mat-error>The two passwords are not the same.</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>Time zone</mat-label>
        <mat-select formControlName="timeZone" required>
          @for (zone of zones; track zone) {
            <mat-option [value]="zone">{{ zone }}</mat-option>
          }
        </mat-select>
        <mat-hint>Dates and times in Vigil are shown in this zone.</mat-hint>
        @if (form.controls.timeZone.hasError('server')) {
          <mat-error>{{ form.controls.timeZone.getError('server') }}</mat-error>
        } @else if (form.controls.timeZone.invalid) {
          <mat-error>Choose your time zone.</mat-error>
        }
      </mat-form-field>
      @if (error(); as message) {
        <p class="form-error" role="alert" data-testid="accept-error">
          {{ message }}
          @if (offerSignIn()) {
            <a routerLink="/sign-in">Sign in</a>
          }
        </p>
      }
      <button mat-flat-button type="submit" [disabled]="busy()" data-testid="accept-submit">
        {{ busy() ? 'Creating your account…' : 'Accept and sign in' }}
      </button>
    </form>
  `,
  styles: [
    `
      form {
        display: flex;
        flex-direction: column;
        gap: 0.75rem;
        margin-top: 1rem;
      }
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AcceptInvitationFormComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  readonly token = input.required<string>();
  /** The invitation stopped being usable while the form was open: the page shows why. */
  readonly stale = output<void>();

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly maxLength = PASSWORD_MAX_LENGTH;
  protected readonly zones = timeZoneOptions(browserTimeZone());
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly offerSignIn = signal(false);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: ['', [Validators.required, Validators.maxLength(200), Validators.pattern(/\S/)]],
    password: [
      '',
      [
        Validators.required,
        Validators.minLength(PASSWORD_MIN_LENGTH),
        Validators.maxLength(PASSWORD_MAX_LENGTH),
      ],
    ],
    confirm: ['', [Validators.required, sameAs('password')]],
    timeZone: [browserTimeZone(), Validators.required],
  });

  constructor() {
    this.form.controls.password.valueChanges
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => this.form.controls.confirm.updateValueAndValidity({ emitEvent: false }));
  }

  async submit(): Promise<void> {
    this.error.set(null);
    this.offerSignIn.set(false);
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      focusFirstInvalid(this.host);
      return;
    }
    this.busy.set(true);
    try {
      const { name, password, timeZone } = this.form.getRawValue();
      await this.auth.acceptInvitation({
        token: this.token(),
        name: name.trim(),
        password,
        timeZone,
      });
      await this.router.navigateByUrl('/');
    } catch (e) {
      this.explain(e);
    } finally {
      this.busy.set(false);
    }
  }

  private explain(e: unknown): void {
    if (e instanceof ApiError && showServerError(this.form, e, FIELDS)) {
      focusFirstInvalid(this.host);
      return;
    }
    if (e instanceof ApiError && e.code === 'CONFLICT') {
      this.error.set(`${formMessage(e)} Sign in with it instead, or ask for a new invitation.`);
      this.offerSignIn.set(true);
      return;
    }
    this.error.set(formMessage(e));
    if (e instanceof ApiError && (e.field === 'input.token' || e.code === 'NOT_FOUND'))
      this.stale.emit();
  }
}
