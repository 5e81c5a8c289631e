import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  ApiService,
  AuthService,
  ClientUpdateFieldsFragment,
  DraftClientUpdateDocument,
  EngagementClientUpdatesDocument,
  EngagementDetailQuery,
  formMessage,
  PublishClientUpdateDocument,
  remote,
} from '@vigil/web/data-access';
import { PageStateComponent } from '@vigil/web/ui';
import { isoToLocal, localToIso } from '../format';
import { UpdateCardComponent } from '../update-card.component';

/**
 * Status updates for the client. Anyone on the team drafts; the incident commander publishes,
 * saying when the client will hear from us next.
 */
@Component({
  selector: 'vigil-client-updates',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    PageStateComponent,
    UpdateCardComponent,
  ],
  template: `
    <form
      class="draft"
      [formGroup]="form"
      (ngSubmit)="draft()"
      novalidate
      aria-label="New client update"
    >
      <h2>New update for the client</h2>
      @for (f of fields; track f.name) {
        <mat-form-field appearance="outline" class="full" subscriptSizing="dynamic">
          <mat-label>{{ f.label }}</mat-label>
          <textarea
            matInput
            rows="2"
            [formControlName]="f.name"
            maxlength="10000"
            [attr.data-testid]="'update-' + f.name"
          ></textarea>
        </mat-form-field>
      }
      <button mat-stroked-button type="submit" [disabled]="busy()" data-testid="save-draft">
        Save draft
      </button>
    </form>
    @if (error()) {
      <p class="form-error" role="alert" data-testid="updates-error">{{ error() }}</p>
    }

    <vigil-page-state
      [loading]="updates.loading() && !updates.value()"
      [error]="updates.error()"
      [empty]="!!updates.value() && rows().length === 0"
      emptyMessage="No update written yet."
      (retry)="updates.reload()"
    />
    @for (u of rows(); track u.id) {
      <vigil-update-card [update]="u" [timeZone]="timeZone()">
        @if (u.status === 'DRAFT') {
          <div class="publish">
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>Next update by</mat-label>
              <input
                matInput
                type="datetime-local"
                #next
                [value]="defaultNext()"
                data-testid="next-update-by"
              />
              <mat-hint>{{ timeZone() }}</mat-hint>
            </mat-form-field>
            <button
              mat-flat-button
              type="button"
              [disabled]="busy()"
              (click)="publish(u, next.value)"
              data-testid="publish-update"
            >
              Publish to the client
            </button>
          </div>
        }
      </vigil-update-card>
    }
  `,
  styles: `
    .draft {
      margin: 1rem 0;
    }
    .draft h2 {
      font: var(--mat-sys-title-medium);
    }
    .full {
      width: 100%;
      margin-bottom: 0.5rem;
    }
    .publish {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: center;
      margin-top: 0.75rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientUpdatesComponent {
  readonly engagement = input.required<EngagementDetailQuery['engagement']>();
  readonly revision = input(0);
  /** After publishing: the engagement's "next update due" moved. */
  readonly changed = output<void>();

  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  protected readonly timeZone = computed(() => this.auth.user()?.timeZone ?? 'UTC');
  protected readonly fields = [
    { name: 'whatWeKnow', label: 'What we know' },
    { name: 'whatWeDid', label: 'What we did' },
    { name: 'whatIsNext', label: 'What is next' },
    { name: 'whatWeNeed', label: 'What we need from you' },
  ] as const;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    whatWeKnow: [''],
    whatWeDid: [''],
    whatIsNext: [''],
    whatWeNeed: [''],
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly changes = signal(0);
  private readonly params = computed(() => ({
    id: this.engagement().id,
    revision: this.revision() + this.changes(),
  }));
  protected readonly updates = remote(this.params, ({ id }) =>
    this.api.query(EngagementClientUpdatesDocument, { id }),
  );
  protected readonly rows = computed<ClientUpdateFieldsFragment[]>(
    () => this.updates.value()?.clientUpdates ?? [],
  );
  /** Four hours from now, the usual cadence for a serious incident. */
  protected readonly defaultNext = computed(() =>
    isoToLocal(this.timeZone(), Date.now() + 4 * 3600_000),
  );

  protected async draft(): Promise<void> {
    this.error.set(null);
    const v = this.form.getRawValue();
    if (!v.whatWeKnow.trim()) {
      this.error.set('Say what we know: the client reads it first.');
      return;
    }
    await this.run(async () => {
      await this.api.mutate(DraftClientUpdateDocument, {
        input: { engagementId: this.engagement().id, ...v },
      });
      this.form.reset();
    });
  }

  protected async publish(u: ClientUpdateFieldsFragment, nextLocal: string): Promise<void> {
    const nextUpdateBy = localToIso(nextLocal, this.timeZone());
    if (!nextUpdateBy) {
      this.error.set('Say when the client will hear from us next.');
      return;
    }
    await this.run(async () => {
      await this.api.mutate(PublishClientUpdateDocument, {
        input: { id: u.id, expectedVersion: u.version, nextUpdateBy },
      });
      this.changed.emit();
    });
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await work();
      this.changes.update((n) => n + 1);
    } catch (e) {
      this.error.set(formMessage(e));
    } finally {
      this.busy.set(false);
    }
  }
}
