import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  ApiError,
  ApiService,
  applyServerError,
  AuthService,
  DecideRegulatoryDeadlineDocument,
  FieldMap,
  RecordRegulatorySubmissionDocument,
  RegulatoryDeadlineFieldsFragment,
} from '@vigil/web/data-access';
import { ZonedDatePipe } from '@vigil/web/ui';
import { isoToLocal, localToIso } from '../format';
import { DEADLINE_STATUS_LABELS, deadlineCommitment, regimeLabel } from '../sla/countdown';
import { SlaBadgeComponent } from '../sla/sla-badge.component';

const DISMISS_FIELDS: FieldMap = {
  'input.reason': { control: 'reason', label: 'Reason:' },
};

const SUBMISSION_FIELDS: FieldMap = {
  'input.submittedAt': { control: 'submittedAt', label: 'The submission time' },
  'input.reference': { control: 'reference', label: 'The reference' },
};

/**
 * One regulator's deadline: what is owed and to whom, the rule with its source, what starts its
 * clock, when it is due (with a countdown), and what was decided. With `actions`, provider staff
 * confirm it, dismiss it with a reason, or record its submission.
 */
@Component({
  selector: 'vigil-regulatory-deadline',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    SlaBadgeComponent,
    ZonedDatePipe,
  ],
  template: `
    @let d = deadline();
    <article
      class="deadline"
      [attr.data-status]="d.status"
      [attr.aria-labelledby]="'deadline-' + d.id"
      data-testid="regulatory-deadline"
    >
      <header>
        <h3 [id]="'deadline-' + d.id">{{ d.title }}</h3>
        <span class="status" data-testid="deadline-status">{{ statusLabel() }}</span>
        <span class="muted regime">{{ regime() }}</span>
      </header>
      <p class="rule" data-testid="deadline-rule">{{ d.rule }}</p>
      <dl>
        <dt>Counts from</dt>
        <dd>{{ d.triggerLabel }}: {{ d.triggerAt | zonedDate: timeZone() }}</dd>
        <dt>Due</dt>
        <dd>
          <span data-testid="deadline-due">{{ d.dueAt | zonedDate: timeZone() }}</span>
          @if (commitment(); as c) {
            <vigil-sla-badge [commitment]="c" />
          }
        </dd>
        @if (d.status === 'SUBMITTED') {
          <dt>Submitted</dt>
          <dd data-testid="deadline-submitted">
            {{ d.submittedAt | zonedDate: timeZone() }}
            @if (d.submissionReference) {
              · reference {{ d.submissionReference }}
            }
          </dd>
        } @else if (d.decidedAt && actions()) {
          <dt>{{ d.status === 'DISMISSED' ? 'Dismissed' : 'Confirmed' }}</dt>
          <dd>
            {{ d.decidedAt | zonedDate: timeZone() }}
            @if (d.decisionReason) {
              : {{ d.decisionReason }}
            }
          </dd>
        }
      </dl>

      @if (actions() && d.status !== 'SUBMITTED') {
        <div class="actions">
          @if (d.status !== 'CONFIRMED') {
            <button
              mat-flat-button
              type="button"
              [disabled]="busy()"
              (click)="decide(true)"
              data-testid="confirm-deadline"
            >
              {{ d.status === 'DISMISSED' ? 'Confirm after all' : 'Confirm: it applies' }}
            </button>
          }
          @if (d.status !== 'DISMISSED' && !dismissing()) {
            <button
              mat-stroked-button
              type="button"
              [disabled]="busy()"
              (click)="dismissing.set(true)"
              data-testid="dismiss-deadline"
            >
              Dismiss…
            </button>
          }
        </div>
        @if (dismissing()) {
          <form
            class="inline"
            [formGroup]="dismiss"
            (ngSubmit)="decide(false)"
            novalidate
            [attr.aria-label]="'Dismiss: ' + d.title"
          >
            <mat-form-field appearance="outline" class="wide" subscriptSizing="dynamic">
              <mat-label>Why it does not apply</mat-label>
              <input
                matInput
                formControlName="reason"
                maxlength="1000"
                required
                data-testid="dismiss-reason"
              />
              <mat-error>{{
                dismiss.controls.reason.getError('server') ??
                  'Say why this deadline does not apply.'
              }}</mat-error>
            </mat-form-field>
            <button
              mat-stroked-button
              type="submit"
              [disabled]="busy()"
              data-testid="dismiss-confirm"
            >
              Dismiss
            </button>
            <button mat-button type="button" (click)="dismissing.set(false)">Cancel</button>
          </form>
        }
        @if (d.status === 'CONFIRMED') {
          <form
            class="inline"
            [formGroup]="submission"
            (ngSubmit)="submit()"
            novalidate
            [attr.aria-label]="'Record the submission: ' + d.title"
          >
            <mat-form-field appearance="outline" class="when" subscriptSizing="dynamic">
              <mat-label>Submitted at</mat-label>
              <input
                matInput
                type="datetime-local"
                formControlName="submittedAt"
                required
                data-testid="submission-at"
              />
              <mat-hint>{{ timeZone() }}</mat-hint>
              <mat-error>{{
                submission.controls.submittedAt.getError('server') ?? 'Give a date and a time.'
              }}</mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline" class="wide" subscriptSizing="dynamic">
              <mat-label>Reference</mat-label>
              <input
                matInput
                formControlName="reference"
                maxlength="200"
                data-testid="submission-reference"
              />
              <mat-hint>The regulator’s case number or channel</mat-hint>
              <mat-error>{{
                submission.controls.reference.getError('server') ?? 'At most 200 characters.'
              }}</mat-error>
            </mat-form-field>
            <button
              mat-stroked-button
              type="submit"
              [disabled]="busy()"
              data-testid="record-submission"
            >
              Record the submission
            </button>
          </form>
        }
        @if (error()) {
          <p class="form-error" role="alert" data-testid="deadline-error">{{ error() }}</p>
        }
      }
    </article>
  `,
  styles: `
    .deadline {
      border: 1px solid var(--mat-sys-outline-variant);
      border-left: 4px solid var(--mat-sys-primary);
      border-radius: 0.5rem;
      padding: 0.75rem 1rem;
      margin: 0.75rem 0;
    }
    .deadline[data-status='PROPOSED'] {
      border-left-color: var(--mat-sys-tertiary);
      border-left-style: dashed;
    }
    .deadline[data-status='DISMISSED'] {
      border-left-color: var(--mat-sys-outline);
    }
    header {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      align-items: baseline;
    }
    h3 {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .regime {
      font: var(--mat-sys-label-large);
    }
    .status {
      padding: 0 0.5rem;
      border-radius: 1rem;
      font: var(--mat-sys-label-medium);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    [data-status='PROPOSED'] .status {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    [data-status='DISMISSED'] .status {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
    }
    .rule {
      margin: 0.5rem 0;
      padding-left: 0.75rem;
      border-left: 3px solid var(--mat-sys-outline-variant);
      font-style: italic;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 1rem;
      margin: 0.5rem 0;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
    }
    dd vigil-sla-badge {
      margin-left: 0.5rem;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .actions,
    .inline {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 0.75rem;
      align-items: center;
      margin-top: 0.75rem;
    }
    .wide {
      flex: 1 1 16rem;
    }
    .when {
      width: 16rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegulatoryDeadlineComponent {
  readonly deadline = input.required<RegulatoryDeadlineFieldsFragment>();
  /** Provider staff: confirm, dismiss, record the submission. */
  readonly actions = input(false);
  /** After a decision or a submission (or a conflict): the deadlines are read again. */
  readonly changed = output<void>();

  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly timeZone = computed(() => this.auth.user()?.timeZone ?? 'UTC');
  protected readonly statusLabel = computed(
    () => DEADLINE_STATUS_LABELS[this.deadline().status] ?? this.deadline().status,
  );
  protected readonly regime = computed(() => regimeLabel(this.deadline().regime));
  protected readonly commitment = computed(() => deadlineCommitment(this.deadline()));
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly dismissing = signal(false);
  protected readonly dismiss = this.fb.group({
    reason: ['', [Validators.required, Validators.maxLength(1000)]],
  });
  protected readonly submission = this.fb.group({
    submittedAt: [isoToLocal(this.timeZone()), Validators.required],
    reference: ['', Validators.maxLength(200)],
  });

  protected async decide(confirm: boolean): Promise<void> {
    this.error.set(null);
    const reason = this.dismiss.getRawValue().reason.trim();
    if (!confirm && !reason) {
      this.dismiss.controls.reason.setValue('');
      this.dismiss.markAllAsTouched();
      return;
    }
    const d = this.deadline();
    await this.run(
      async () => {
        await this.api.mutate(DecideRegulatoryDeadlineDocument, {
          input: {
            deadlineId: d.id,
            confirm,
            reason: confirm ? undefined : reason,
            expectedVersion: d.version,
          },
        });
        this.dismissing.set(false);
        this.dismiss.reset();
      },
      (e) => applyServerError(this.dismiss, e, DISMISS_FIELDS),
    );
  }

  protected async submit(): Promise<void> {
    this.error.set(null);
    const v = this.submission.getRawValue();
    // Left at its default, the time is now to the second (the field only shows minutes).
    const submittedAt = this.submission.controls.submittedAt.pristine
      ? new Date().toISOString()
      : localToIso(v.submittedAt, this.timeZone());
    if (!submittedAt) {
      this.submission.controls.submittedAt.setErrors({ server: 'Give a date and a time.' });
      this.submission.controls.submittedAt.markAsTouched();
      return;
    }
    const d = this.deadline();
    await this.run(
      () =>
        this.api.mutate(RecordRegulatorySubmissionDocument, {
          input: {
            deadlineId: d.id,
            submittedAt,
            reference: v.reference.trim() || undefined,
            expectedVersion: d.version,
          },
        }),
      (e) => applyServerError(this.submission, e, SUBMISSION_FIELDS),
    );
  }

  private async run(
    work: () => Promise<unknown>,
    onError: (e: unknown) => string | null,
  ): Promise<void> {
    this.busy.set(true);
    try {
      await work();
      this.changed.emit();
    } catch (e) {
      this.error.set(onError(e));
      // A colleague decided first: show what they decided.
      if (e instanceof ApiError && e.code === 'CONFLICT') this.changed.emit();
    } finally {
      this.busy.set(false);
    }
  }
}
