import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  ApiService,
  applyServerError,
  AuthService,
  CreateEngagementTaskDocument,
  EngagementClientPeopleDocument,
  EngagementDetailQuery,
  EngagementTaskFieldsFragment,
  EngagementTaskListDocument,
  FieldMap,
  formMessage,
  remote,
  TaskPriority,
  TaskStatus,
  UpdateEngagementTaskDocument,
} from '@vigil/web/data-access';
import { PageStateComponent, ZonedDatePipe } from '@vigil/web/ui';
import { localToIso } from '../format';

const FIELDS: FieldMap = {
  'input.title': { control: 'title', label: 'Task' },
  'input.ownerId': { control: 'ownerId', label: 'Owner' },
  'input.dueAt': { control: 'dueAt', label: 'Due' },
};

const STATUSES: { value: TaskStatus; label: string }[] = [
  { value: 'OPEN', label: 'Open' },
  { value: 'IN_PROGRESS', label: 'In progress' },
  { value: 'BLOCKED', label: 'Blocked' },
  { value: 'DONE', label: 'Done' },
  { value: 'CANCELLED', label: 'Cancelled' },
];

/**
 * The engagement's tasks. Given to one of the client's people, a task is a request for
 * information: they answer it in the portal, and the answer shows here.
 */
@Component({
  selector: 'vigil-engagement-tasks',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    PageStateComponent,
    ZonedDatePipe,
  ],
  template: `
    <form class="new" [formGroup]="form" (ngSubmit)="create()" novalidate aria-label="New task">
      <mat-form-field appearance="outline" class="title" subscriptSizing="dynamic">
        <mat-label>Task or question</mat-label>
        <input matInput formControlName="title" maxlength="200" required data-testid="task-title" />
        <mat-error>{{
          form.controls.title.getError('server') ?? 'At least 3 characters.'
        }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>Owner</mat-label>
        <mat-select formControlName="ownerId" data-testid="task-owner">
          <mat-option value="">Nobody yet</mat-option>
          @for (p of owners(); track p.id) {
            <mat-option [value]="p.id">{{ p.label }}</mat-option>
          }
        </mat-select>
        <mat-hint>Someone of the client: a request for information</mat-hint>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>Priority</mat-label>
        <mat-select formControlName="priority">
          @for (p of priorities; track p) {
            <mat-option [value]="p">{{ p }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>Due</mat-label>
        <input matInput type="datetime-local" formControlName="dueAt" />
        <mat-hint>{{ timeZone() }}</mat-hint>
      </mat-form-field>
      <mat-checkbox formControlName="blocking">We are waiting on it</mat-checkbox>
      <button mat-flat-button type="submit" [disabled]="busy()" data-testid="add-task">Add</button>
      @if (error()) {
        <p class="form-error" role="alert">{{ error() }}</p>
      }
    </form>

    <vigil-page-state
      [loading]="tasks.loading() && !tasks.value()"
      [error]="tasks.error()"
      [empty]="!!tasks.value() && rows().length === 0"
      emptyMessage="No tasks yet."
      (retry)="tasks.reload()"
    />
    <ul class="tasks" data-testid="tasks">
      @for (t of rows(); track t.id) {
        <li [class.done]="t.status === 'DONE' || t.status === 'CANCELLED'">
          <div class="line">
            <strong>{{ t.title }}</strong>
            @if (t.requestForInformation) {
              <span class="badge">Request to the client</span>
            }
            <span class="muted">
              {{ t.ownerName ?? 'Unassigned' }} · {{ t.priority }}
              @if (t.dueAt) {
                · due {{ t.dueAt | zonedDate: timeZone() }}
              }
            </span>
            <mat-form-field appearance="outline" subscriptSizing="dynamic" class="status">
              <mat-label>Status</mat-label>
              <mat-select [value]="t.status" (selectionChange)="setStatus(t, $event.value)">
                @for (s of statuses; track s.value) {
                  <mat-option [value]="s.value">{{ s.label }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
          </div>
          @if (t.answer) {
            <blockquote data-testid="task-answer">
              {{ t.answer }}
              <footer class="muted">
                {{ t.answeredByName }}, {{ t.answeredAt | zonedDate: timeZone() }}
              </footer>
            </blockquote>
          }
        </li>
      }
    </ul>
  `,
  styles: `
    .new {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 0.75rem;
      align-items: center;
      margin: 1rem 0;
    }
    .new .title {
      flex: 1 1 100%;
    }
    .tasks {
      list-style: none;
      padding: 0;
    }
    .tasks li {
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      padding: 0.5rem 0;
    }
    .tasks li.done strong {
      text-decoration: line-through;
    }
    .line {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 0.75rem;
      align-items: center;
    }
    .status {
      margin-left: auto;
      width: 10rem;
    }
    .badge {
      padding: 0 0.5rem;
      border-radius: 1rem;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      font-size: 0.8rem;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    blockquote {
      margin: 0.5rem 0 0 1rem;
      padding-left: 0.75rem;
      border-left: 3px solid var(--mat-sys-primary);
      white-space: pre-wrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TasksComponent {
  readonly engagement = input.required<EngagementDetailQuery['engagement']>();
  readonly revision = input(0);

  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  protected readonly timeZone = computed(() => this.auth.user()?.timeZone ?? 'UTC');
  protected readonly priorities: TaskPriority[] = ['LOW', 'MEDIUM', 'HIGH', 'URGENT'];
  protected readonly statuses = STATUSES;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    title: ['', [Validators.required, Validators.minLength(3)]],
    ownerId: [''],
    priority: ['MEDIUM' as TaskPriority],
    dueAt: [''],
    blocking: [false],
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly changes = signal(0);

  private readonly params = computed(() => ({
    id: this.engagement().id,
    revision: this.revision() + this.changes(),
  }));
  protected readonly tasks = remote(this.params, ({ id }) =>
    this.api.query(EngagementTaskListDocument, { id }),
  );
  protected readonly rows = computed<EngagementTaskFieldsFragment[]>(
    () => this.tasks.value()?.engagementTasks ?? [],
  );
  private readonly clientPeople = remote(
    () => ({ org: this.engagement().organizationId }),
    ({ org }) => this.api.query(EngagementClientPeopleDocument, { organizationId: org }),
  );
  /** The team, then the client's people (a task for them is a request for information). */
  protected readonly owners = computed(() => [
    ...this.engagement()
      .members.filter((m) => m.provider)
      .map((m) => ({ id: m.userId, label: `${m.name} (team)` })),
    ...(this.clientPeople.value()?.users.edges ?? []).map(({ node }) => ({
      id: node.id,
      label: `${node.name} (client)`,
    })),
  ]);

  protected async create(): Promise<void> {
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    this.busy.set(true);
    try {
      await this.api.mutate(CreateEngagementTaskDocument, {
        input: {
          engagementId: this.engagement().id,
          title: v.title.trim(),
          ownerId: v.ownerId || undefined,
          priority: v.priority,
          dueAt: v.dueAt ? (localToIso(v.dueAt, this.timeZone()) ?? undefined) : undefined,
          blocking: v.blocking,
        },
      });
      this.form.reset();
      this.changes.update((n) => n + 1);
    } catch (e) {
      this.error.set(applyServerError(this.form, e, FIELDS));
    } finally {
      this.busy.set(false);
    }
  }

  protected async setStatus(t: EngagementTaskFieldsFragment, status: TaskStatus): Promise<void> {
    this.error.set(null);
    try {
      await this.api.mutate(UpdateEngagementTaskDocument, {
        input: { id: t.id, expectedVersion: t.version, status },
      });
    } catch (e) {
      this.error.set(formMessage(e));
    }
    this.changes.update((n) => n + 1);
  }
}
