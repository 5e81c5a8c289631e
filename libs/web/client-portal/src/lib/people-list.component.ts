import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  resource,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router } from '@angular/router';
import { DEFAULT_PAGE_SIZE } from '@vigil/shared/domain';
import { ApiService, AuthService, formMessage, PeopleDocument } from '@vigil/web/data-access';
import {
  PageStateComponent,
  ZonedDatePipe,
  currentAfter,
  nextCursors,
  parseCursors,
  previousCursors,
} from '@vigil/web/ui';
import { debounceTime, map } from 'rxjs';
import { ROLE_LABELS, USER_STATUS_LABELS, label } from './labels';

/** The organisation's people, by name: search and page position live in the URL (q, cursors). */
@Component({
  selector: 'vigil-people-list',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatTableModule,
    PageStateComponent,
    ZonedDatePipe,
  ],
  template: `
    <div class="filters">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>Search people</mat-label>
        <input matInput type="search" [formControl]="search" data-testid="people-search" />
        <mat-hint>Matches name or email.</mat-hint>
      </mat-form-field>
    </div>
    <vigil-page-state
      [loading]="people.isLoading() && !rows().length"
      [error]="loadError()"
      [empty]="people.hasValue() && !rows().length"
      [emptyMessage]="q() ? 'No one matches “' + q() + '”.' : 'No people yet.'"
      (retry)="people.reload()"
    />
    @if (rows().length) {
      <table mat-table [dataSource]="rows()" class="data" data-testid="people-table">
        <caption class="visually-hidden">
          People in your organisation{{
            q() ? ' matching “' + q() + '”' : ''
          }}
        </caption>
        <ng-container matColumnDef="name">
          <th mat-header-cell *matHeaderCellDef scope="col">Name</th>
          <td mat-cell *matCellDef="let person">
            {{ person.name }}
            @if (person.id === me()?.id) {
              <span class="you">(you)</span>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="email">
          <th mat-header-cell *matHeaderCellDef scope="col">Email</th>
          <td mat-cell *matCellDef="let person">{{ person.email }}</td>
        </ng-container>
        <ng-container matColumnDef="role">
          <th mat-header-cell *matHeaderCellDef scope="col">Role</th>
          <td mat-cell *matCellDef="let person">{{ roleLabel(person.role) }}</td>
        </ng-container>
        <ng-container matColumnDef="status">
          <th mat-header-cell *matHeaderCellDef scope="col">Status</th>
          <td mat-cell *matCellDef="let person">{{ statusLabel(person.status) }}</td>
        </ng-container>
        <ng-container matColumnDef="lastLoginAt">
          <th mat-header-cell *matHeaderCellDef scope="col">Last signed in</th>
          <td mat-cell *matCellDef="let person">
            {{ person.lastLoginAt ? (person.lastLoginAt | zonedDate: timeZone()) : 'Never' }}
          </td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
      </table>
    }
    @if (people.hasValue() && (rows().length || position().cursors.length)) {
      <nav class="pager" aria-label="People pages">
        <span role="status">{{ summary() }}</span>
        <button
          mat-stroked-button
          type="button"
          [disabled]="!position().cursors.length || people.isLoading()"
          (click)="previous()"
        >
          Previous
        </button>
        <button
          mat-stroked-button
          type="button"
          [disabled]="!hasNext() || people.isLoading()"
          (click)="next()"
          data-testid="people-next"
        >
          Next
        </button>
      </nav>
    }
  `,
  styles: [
    `
      .you {
        color: var(--mat-sys-on-surface-variant);
      }
      mat-form-field {
        width: min(24rem, 100%);
      }
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeopleListComponent {
  private readonly api = inject(ApiService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly me = inject(AuthService).user;

  readonly organizationId = input.required<string>();
  readonly q = input<string>();
  readonly cursors = input<string>();
  readonly timeZone = input('UTC');

  protected readonly columns = ['name', 'email', 'role', 'status', 'lastLoginAt'];
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly position = computed(() => ({ cursors: parseCursors(this.cursors()) }));

  protected readonly people = resource({
    params: () => ({
      filter: { organizationId: this.organizationId(), search: this.q()?.trim() || null },
      first: DEFAULT_PAGE_SIZE,
      after: currentAfter(this.position()),
    }),
    loader: ({ params }) => this.api.query(PeopleDocument, params),
  });

  protected readonly rows = computed(() =>
    this.people.hasValue() ? this.people.value().users.edges.map((e) => e.node) : [],
  );
  protected readonly hasNext = computed(
    () => this.people.hasValue() && this.people.value().users.pageInfo.hasNextPage,
  );
  protected readonly loadError = computed(() =>
    this.people.error() ? formMessage(this.people.error()) : null,
  );
  protected readonly summary = computed(() => {
    if (!this.people.hasValue()) return '';
    const total = this.people.value().users.totalCount;
    const start = this.position().cursors.length * DEFAULT_PAGE_SIZE;
    const count = this.rows().length;
    if (!count) return `${total} ${total === 1 ? 'person' : 'people'} in all`;
    return `${start + 1}–${start + count} of ${total} ${total === 1 ? 'person' : 'people'}`;
  });

  constructor() {
    // The URL is the truth: keep the field in step when it changes (back button, links).
    effect(() => {
      const q = this.q() ?? '';
      if (this.search.value !== q) this.search.setValue(q, { emitEvent: false });
    });
    this.search.valueChanges
      .pipe(
        map((value) => value.trim()),
        debounceTime(300),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((q) => {
        if (q !== (this.q() ?? '').trim()) this.go({ q: q || null, cursors: null });
      });
  }

  protected roleLabel(role: string): string {
    return label(ROLE_LABELS, role);
  }

  protected statusLabel(status: string): string {
    return label(USER_STATUS_LABELS, status);
  }

  protected next(): void {
    const end = this.people.hasValue() ? this.people.value().users.pageInfo.endCursor : null;
    if (end) this.go({ cursors: nextCursors(this.position(), end) });
  }

  protected previous(): void {
    this.go({ cursors: previousCursors(this.position()) });
  }

  private go(queryParams: Record<string, string | null>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams,
      queryParamsHandling: 'merge',
    });
  }
}
