import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  AddCorrectiveActionDocument,
  ApiService,
  AuthService,
  EngagementReviewDocument,
  formMessage,
  ReleasePostIncidentReviewDocument,
  remote,
  ReviewFieldsFragment,
  SavePostIncidentReviewDocument,
  UpdateCorrectiveActionDocument,
} from '@vigil/web/data-access';
import { PageStateComponent, ZonedDatePipe } from '@vigil/web/ui';

export const REVIEW_SECTIONS = [
  { name: 'rootCause', label: 'Root cause' },
  { name: 'timelineSummary', label: 'Timeline summary' },
  { name: 'whatWorked', label: 'What worked' },
  { name: 'whatDidNot', label: 'What did not' },
  { name: 'gapsTooling', label: 'Gaps in tooling' },
  { name: 'gapsProcess', label: 'Gaps in process' },
  { name: 'gapsTraining', label: 'Gaps in training' },
] as const;

/**
 * The post-incident review: written by the team, released to the client by the incident
 * commander, with corrective actions (owner, due date) tracked to done.
 */
@Component({
  selector: 'vigil-engagement-review',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    PageStateComponent,
    ZonedDatePipe,
  ],
  template: `
    <vigil-page-state
      [loading]="review.loading() && !review.value()"
      [error]="review.error()"
      (retry)="review.reload()"
    />
    @if (error()) {
      <p class="form-error" role="alert">{{ error() }}</p>
    }
    @if (current(); as r) {
      <p class="status">
        @if (r.releasedAt) {
          Released to the client {{ r.releasedAt | zonedDate: timeZone() }} by
          {{ r.releasedByName }}.
        } @else {
          Not released: the client does not see it yet.
        }
      </p>
    }
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      @for (s of sections; track s.name) {
        <mat-form-field appearance="outline" class="full" subscriptSizing="dynamic">
          <mat-label>{{ s.label }}</mat-label>
          <textarea matInput rows="3" [formControlName]="s.name" maxlength="20000"></textarea>
        </mat-form-field>
      }
      <div class="actions-row">
        <button mat-stroked-button type="submit" [disabled]="busy()">Save review</button>
        @if (current(); as r) {
          @if (!r.releasedAt) {
            <button mat-flat-button type="button" [disabled]="busy()" (click)="release(r)">
              Release to the client
            </button>
          }
        }
      </div>
    </form>

    @if (current(); as r) {
      <h2>Corrective actions</h2>
      <ul class="actions">
        @for (a of r.correctiveActions; track a.id) {
          <li>
            <mat-checkbox
              [checked]="a.status === 'DONE'"
              (change)="setDone(a.id, a.version, $event.checked)"
              [disabled]="busy()"
            >
              {{ a.title }}
            </mat-checkbox>
            <span class="muted">{{ a.ownerName }} · due {{ a.dueDate }}</span>
          </li>
        } @empty {
          <li class="muted">None yet.</li>
        }
      </ul>
      <form class="add" (submit)="addAction($event, r.id, title.value, owner.value, due.value)">
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="wide">
          <mat-label>Action</mat-label>
          <input matInput #title maxlength="300" />
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>Owner</mat-label>
          <input matInput #owner maxlength="200" />
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>Due</mat-label>
          <input matInput #due type="date" />
        </mat-form-field>
        <button mat-stroked-button type="submit" [disabled]="busy()">Add action</button>
      </form>
    }
  `,
  styles: `
    .full {
      width: 100%;
      margin-bottom: 0.5rem;
    }
    .actions-row,
    .add {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 0.75rem;
      align-items: center;
    }
    .wide {
      flex: 1 1 18rem;
    }
    h2 {
      font: var(--mat-sys-title-medium);
      margin-top: 1.5rem;
    }
    .actions {
      list-style: none;
      padding: 0;
    }
    .muted,
    .status {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewComponent {
  readonly engagementId = input.required<string>();
  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  protected readonly timeZone = computed(() => this.auth.user()?.timeZone ?? 'UTC');
  protected readonly sections = REVIEW_SECTIONS;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    rootCause: [''],
    timelineSummary: [''],
    whatWorked: [''],
    whatDidNot: [''],
    gapsTooling: [''],
    gapsProcess: [''],
    gapsTraining: [''],
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly changes = signal(0);
  protected readonly review = remote(
    () => ({ id: this.engagementId(), n: this.changes() }),
    ({ id }) => this.api.query(EngagementReviewDocument, { id }),
  );
  protected readonly current = computed(() => this.review.value()?.postIncidentReview ?? null);

  constructor() {
    // The saved text fills the form whenever a newer version arrives.
    effect(() => {
      const r = this.current();
      untracked(() => {
        if (r)
          this.form.patchValue(Object.fromEntries(REVIEW_SECTIONS.map((s) => [s.name, r[s.name]])));
      });
    });
  }

  private async run(work: () => Promise<unknown>): Promise<void> {
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

  protected save(): Promise<void> {
    const r = this.current();
    return this.run(() =>
      this.api.mutate(SavePostIncidentReviewDocument, {
        input: {
          engagementId: this.engagementId(),
          expectedVersion: r?.version,
          ...this.form.getRawValue(),
        },
      }),
    );
  }

  protected release(r: ReviewFieldsFragment): Promise<void> {
    return this.run(() =>
      this.api.mutate(ReleasePostIncidentReviewDocument, {
        engagementId: this.engagementId(),
        expectedVersion: r.version,
      }),
    );
  }

  protected setDone(id: string, version: number, done: boolean): Promise<void> {
    return this.run(() =>
      this.api.mutate(UpdateCorrectiveActionDocument, {
        input: { id, expectedVersion: version, status: done ? 'DONE' : 'OPEN' },
      }),
    );
  }

  protected addAction(
    event: Event,
    reviewId: string,
    title: string,
    ownerName: string,
    dueDate: string,
  ): Promise<void> {
    event.preventDefault();
    if (!title.trim() || !ownerName.trim() || !dueDate) {
      this.error.set('An action needs a title, an owner and a due date.');
      return Promise.resolve();
    }
    return this.run(() =>
      this.api.mutate(AddCorrectiveActionDocument, {
        input: { reviewId, title: title.trim(), ownerName: ownerName.trim(), dueDate },
      }),
    );
  }
}
