import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  ApiError,
  ApiService,
  AssignUserToOrganizationDocument,
  fieldMessage,
  OrganizationsDocument,
  remote,
} from '@vigil/web/data-access';
import { countOf, PageStateComponent } from '@vigil/web/ui';
import { debounceTime, map } from 'rxjs';
import { capitalise } from '../shared/confirm.dialog';

export interface AssignDialogData {
  userId: string;
  name: string;
  assignedIds: string[];
}

const LIMIT = 20;

/** Finds active client organisations by name and assigns the person to one or more of them. */
@Component({
  selector: 'vigil-assign-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    PageStateComponent,
  ],
  template: `
    <h2 mat-dialog-title>Assign {{ data.name }} to client organisations</h2>
    <mat-dialog-content>
      <mat-form-field appearance="outline" class="full">
        <mat-label>Search client organisations</mat-label>
        <input matInput type="search" [formControl]="search" data-testid="assign-search" />
        <mat-hint>{{ hint() }}</mat-hint>
      </mat-form-field>
      <vigil-page-state
        [loading]="orgs.loading() && !orgs.value()"
        [error]="orgs.error()"
        [empty]="!!orgs.value() && options().length === 0"
        emptyMessage="No active client organisation matches."
        (retry)="orgs.reload()"
      />
      @if (!orgs.error() && options().length) {
        <ul class="orgs" aria-label="Client organisations">
          @for (org of options(); track org.id) {
            <li>
              <span class="name">
                {{ org.name }} <span class="muted">{{ org.slug }}</span>
              </span>
              <button
                mat-stroked-button
                type="button"
                disabledInteractive
                [disabled]="assigned().has(org.id) || busyId() !== null"
                [attr.aria-label]="
                  (assigned().has(org.id) ? 'Assigned to ' : 'Assign to ') + org.name
                "
                (click)="assign(org.id, org.name)"
              >
                {{
                  assigned().has(org.id)
                    ? 'Assigned'
                    : busyId() === org.id
                      ? 'Assigning…'
                      : 'Assign'
                }}
              </button>
            </li>
          }
        </ul>
      }
      <p class="status" role="status">{{ message() }}</p>
      @if (error()) {
        <p class="form-error" role="alert">{{ error() }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-flat-button type="button" (click)="close()">Done</button>
    </mat-dialog-actions>
  `,
  styles: `
    .full {
      width: 100%;
    }
    .orgs {
      list-style: none;
      margin: 0.5rem 0 0;
      padding: 0;
    }
    .orgs li {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 1rem;
      padding: 0.375rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .status {
      min-height: 1.25rem;
      margin: 0.5rem 0 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssignDialog {
  protected readonly data = inject<AssignDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<AssignDialog, boolean>>(MatDialogRef);
  private readonly api = inject(ApiService);
  protected readonly search = new FormControl('', { nonNullable: true });
  private readonly term = toSignal(
    this.search.valueChanges.pipe(
      debounceTime(250),
      map((v) => v.trim()),
    ),
    { initialValue: '' },
  );
  protected readonly orgs = remote(this.term, (search) =>
    this.api.query(OrganizationsDocument, {
      filter: { search: search || null, status: 'ACTIVE' },
      first: LIMIT,
    }),
  );
  protected readonly options = computed(
    () => this.orgs.value()?.organizations.edges.map((e) => e.node) ?? [],
  );
  protected readonly hint = computed(() => {
    const total = this.orgs.value()?.organizations.totalCount ?? 0;
    return total > LIMIT
      ? `Showing ${LIMIT} of ${countOf(total, 'organisation')}; type to narrow`
      : 'Active organisations, by name or slug';
  });
  protected readonly assigned = signal(new Set(this.data.assignedIds));
  protected readonly busyId = signal<string | null>(null);
  protected readonly message = signal('');
  protected readonly error = signal<string | null>(null);
  private changed = false;

  async assign(organizationId: string, name: string): Promise<void> {
    if (this.assigned().has(organizationId) || this.busyId()) return;
    this.busyId.set(organizationId);
    this.error.set(null);
    try {
      await this.api.mutate(AssignUserToOrganizationDocument, {
        userId: this.data.userId,
        organizationId,
      });
      this.changed = true;
      this.assigned.update((set) => new Set(set).add(organizationId));
      this.message.set(`${this.data.name} is now assigned to ${name}.`);
    } catch (e) {
      this.error.set(e instanceof ApiError ? capitalise(fieldMessage(e)) : 'Something went wrong.');
    } finally {
      this.busyId.set(null);
    }
  }

  close(): void {
    this.ref.close(this.changed);
  }
}
