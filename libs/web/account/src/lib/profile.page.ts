import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ApiError, ApiService, AuthService, UpdateMyProfileDocument } from '@vigil/web/data-access';
import { ChangePasswordComponent } from './change-password.component';
import { FieldMap, focusFirstInvalid, formMessage, showServerError } from '@vigil/web/data-access';
import { roleLabel } from '@vigil/shared/domain';
import { timeZoneOptions } from './time-zones';

const FIELDS: FieldMap = {
  'input.name': { control: 'name', label: 'Name' },
  'input.timeZone': { control: 'timeZone', label: 'Time zone' },
};

/** The signed-in person's own details: name and time zone, password, and signing out everywhere. */
@Component({
  selector: 'vigil-profile',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ChangePasswordComponent,
  ],
  templateUrl: './profile.page.html',
  styleUrl: './profile.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfilePage {
  protected readonly auth = inject(AuthService);
  private readonly api = inject(ApiService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly user = this.auth.user;
  protected readonly role = computed(() => roleLabel(this.user()?.role));
  protected readonly zones = timeZoneOptions(this.user()?.timeZone);
  protected readonly busy = signal(false);
  protected readonly signingOut = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly saved = signal('');
  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: [
      this.user()?.name ?? '',
      [Validators.required, Validators.maxLength(200), Validators.pattern(/\S/)],
    ],
    timeZone: [this.user()?.timeZone ?? 'UTC', Validators.required],
  });

  async save(): Promise<void> {
    this.error.set(null);
    this.saved.set('');
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      focusFirstInvalid(this.host);
      return;
    }
    this.busy.set(true);
    try {
      const { name, timeZone } = this.form.getRawValue();
      const data = await this.api.mutate(UpdateMyProfileDocument, {
        input: { name: name.trim(), timeZone },
      });
      this.auth.updateUser(data.updateMyProfile);
      this.form.reset({ name: data.updateMyProfile.name, timeZone: data.updateMyProfile.timeZone });
      this.saved.set('Your profile was saved.');
    } catch (e) {
      if (e instanceof ApiError && showServerError(this.form, e, FIELDS))
        focusFirstInvalid(this.host);
      else this.error.set(formMessage(e));
    } finally {
      this.busy.set(false);
    }
  }

  async signOutEverywhere(): Promise<void> {
    this.signingOut.set(true);
    await this.auth.logout(true);
    this.signingOut.set(false);
  }
}
