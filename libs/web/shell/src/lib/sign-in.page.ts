import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { ApiError, AuthService } from '@vigil/web/data-access';
import { Role } from '@vigil/shared/domain';
import { homeFor } from './navigation';

/** Sign-in, with errors that say what went wrong: credentials, a lock-out, or the network. */
@Component({
  selector: 'vigil-sign-in',
  imports: [
    ReactiveFormsModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
  ],
  template: `
    <main class="center">
      <mat-card appearance="outlined">
        <mat-card-header>
          <mat-card-title><h1>Sign in to Vigil</h1></mat-card-title>
        </mat-card-header>
        <mat-card-content>
          @if (expired()) {
            <p role="status">Your session has ended. Sign in again to continue.</p>
          }
          @if (signedOut()) {
            <p role="status">You are signed out.</p>
          }
          <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
            <mat-form-field appearance="outline">
              <mat-label>Email</mat-label>
              <input
                matInput
                type="email"
                formControlName="email"
                autocomplete="username"
                required
              />
              @if (form.controls.email.invalid && form.controls.email.touched) {
                <mat-error>Enter your email address.</mat-error>
              }
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>Password</mat-label>
              <input
                matInput
                type="password"
                formControlName="password"
                autocomplete="current-password"
                required
              />
              @if (form.controls.password.invalid && form.controls.password.touched) {
                <mat-error>Enter your password.</mat-error>
              }
            </mat-form-field>
            @if (error()) {
              <p class="form-error" role="alert" data-testid="sign-in-error">{{ error() }}</p>
            }
            <button mat-flat-button type="submit" [disabled]="busy()">
              {{ busy() ? 'Signing in…' : 'Sign in' }}
            </button>
          </form>
        </mat-card-content>
      </mat-card>
    </main>
  `,
  styles: `
    .center {
      display: grid;
      place-items: center;
      min-height: 100vh;
      padding: 1rem;
    }
    mat-card {
      width: min(26rem, 100%);
    }
    h1 {
      font: var(--mat-sys-headline-small);
      margin: 0;
    }
    form {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      margin-top: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  readonly returnUrl = input<string>();
  readonly expired = input<string>();
  readonly signedOut = input<string>();
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });

  constructor() {
    void this.auth.restore().then((session) => {
      if (session) void this.router.navigateByUrl(homeFor(session.user.role as Role));
    });
  }

  async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const { email, password } = this.form.getRawValue();
      const user = await this.auth.login(email, password);
      const target = this.returnUrl();
      await this.router.navigateByUrl(
        target?.startsWith('/') && !target.startsWith('//') ? target : homeFor(user.role as Role),
      );
    } catch (e) {
      this.error.set(this.explain(e));
    } finally {
      this.busy.set(false);
    }
  }

  private explain(e: unknown): string {
    if (!(e instanceof ApiError)) return 'Something went wrong. Try again.';
    switch (e.code) {
      case 'UNAUTHENTICATED':
        return e.message === 'Email or password is wrong.'
          ? 'Email or password is wrong.'
          : e.message;
      case 'RATE_LIMITED':
        return e.message;
      case 'NETWORK_ERROR':
        return 'Vigil cannot be reached. Check your network connection and try again.';
      case 'BAD_USER_INPUT':
        return 'Enter a valid email address and your password.';
      default:
        return e.message;
    }
  }
}
