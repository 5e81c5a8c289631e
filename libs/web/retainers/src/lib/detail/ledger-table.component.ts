import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTableModule } from '@angular/material/table';
import {
  ApiError,
  ApiService,
  LedgerEntryFieldsFragment,
  RetainerLedgerDocument,
} from '@vigil/web/data-access';
import { countOf, PageStateComponent, ZonedDatePipe } from '@vigil/web/ui';
import { formatHours, kindLabel, signedHours } from '../shared/format';

const PAGE_SIZE = 25;
const COLUMNS = ['when', 'kind', 'reason', 'minutes', 'balance'];

/** The retainer's ledger, oldest first, with the balance after each entry; "Load more" pages on. */
@Component({
  selector: 'vigil-ledger-table',
  imports: [MatButtonModule, MatTableModule, PageStateComponent, ZonedDatePipe],
  template: `
    <vigil-page-state
      [loading]="loading() && !entries().length"
      [error]="entries().length ? null : error()"
      [empty]="!loading() && !error() && loaded() && !entries().length"
      emptyMessage="Nothing on the ledger yet: it starts when the retainer is activated."
      (retry)="load(false)"
    />
    @if (entries().length) {
      <p class="muted">{{ summary() }}</p>
      <div class="table-wrap" role="region" aria-label="Ledger table" tabindex="0">
        <table mat-table class="data" [dataSource]="entries()" aria-label="Ledger">
          <ng-container matColumnDef="when">
            <th mat-header-cell *matHeaderCellDef scope="col">Posted</th>
            <td mat-cell *matCellDef="let e" class="nowrap">
              {{ e.createdAt | zonedDate: timeZone() }}
            </td>
          </ng-container>
          <ng-container matColumnDef="kind">
            <th mat-header-cell *matHeaderCellDef scope="col">Entry</th>
            <td mat-cell *matCellDef="let e">{{ kind(e.kind) }}</td>
          </ng-container>
          <ng-container matColumnDef="reason">
            <th mat-header-cell *matHeaderCellDef scope="col">Reason</th>
            <td mat-cell *matCellDef="let e">{{ reason(e) }}</td>
          </ng-container>
          <ng-container matColumnDef="minutes">
            <th mat-header-cell *matHeaderCellDef scope="col" class="num">Hours</th>
            <td mat-cell *matCellDef="let e" class="num nowrap" [class.debit]="e.minutes < 0">
              {{ signed(e.minutes) }}
            </td>
          </ng-container>
          <ng-container matColumnDef="balance">
            <th mat-header-cell *matHeaderCellDef scope="col" class="num">Balance after</th>
            <td mat-cell *matCellDef="let e" class="num nowrap strong">
              {{ hours(e.balanceAfter) }}
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let e; columns: columns" data-testid="ledger-row"></tr>
        </table>
      </div>
      @if (error()) {
        <p class="form-error" role="alert">{{ error() }}</p>
      }
      @if (hasMore()) {
        <div class="more">
          <button
            mat-stroked-button
            type="button"
            [disabled]="loading()"
            (click)="load(true)"
            data-testid="ledger-more"
          >
            {{ loading() ? 'Loading…' : 'Load more' }}
          </button>
        </div>
      }
    }
  `,
  styleUrl: '../../../../ui/src/styles/table.css',
  styles: `
    .more {
      display: flex;
      justify-content: center;
      padding: 0.75rem 0;
    }
    .debit {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LedgerTableComponent {
  private readonly api = inject(ApiService);
  readonly retainerId = input.required<string>();
  /** Bump to load again from the start (after a change to the retainer). */
  readonly revision = input(0);
  /** The viewer's time zone, for when entries were posted. */
  readonly timeZone = input.required<string>();

  protected readonly columns = COLUMNS;
  protected readonly entries = signal<LedgerEntryFieldsFragment[]>([]);
  protected readonly loading = signal(false);
  protected readonly loaded = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly hasMore = signal(false);
  protected readonly summary = signal('');
  protected readonly kind = kindLabel;
  protected readonly signed = signedHours;
  protected readonly hours = formatHours;
  private endCursor: string | null = null;
  private latest = 0;

  constructor() {
    effect(() => {
      this.retainerId();
      this.revision();
      untracked(() => this.load(false));
    });
  }

  protected reason(e: LedgerEntryFieldsFragment): string {
    if (e.reason) return e.reason;
    return e.referenceType === 'TimeEntry' ? 'Approved time entry' : '';
  }

  protected load(more: boolean): void {
    const id = ++this.latest;
    this.loading.set(true);
    this.error.set(null);
    void this.api
      .query(RetainerLedgerDocument, {
        retainerId: this.retainerId(),
        first: PAGE_SIZE,
        after: more ? this.endCursor : null,
      })
      .then(
        ({ ledger }) => {
          if (id !== this.latest) return;
          const nodes = ledger.edges.map((e) => e.node);
          const all = more ? [...this.entries(), ...nodes] : nodes;
          this.entries.set(all);
          this.endCursor = ledger.pageInfo.endCursor;
          this.hasMore.set(ledger.pageInfo.hasNextPage);
          this.summary.set(
            `Oldest first; showing ${all.length} of ${countOf(ledger.totalCount, 'entry', 'entries')}.`,
          );
          this.loaded.set(true);
        },
        (e: unknown) => {
          if (id !== this.latest) return;
          this.error.set(e instanceof ApiError ? e.message : 'Something went wrong. Try again.');
        },
      )
      .finally(() => {
        if (id === this.latest) this.loading.set(false);
      });
  }
}
