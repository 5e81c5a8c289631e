import { ChangeDetectionStrategy, Component, Injector, computed, inject } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { Role } from '@vigil/shared/domain';
import {
  ApiService,
  AuthService,
  PortfolioSort,
  remote,
  RetainerDetailFieldsFragment,
  RetainerPortfolioDocument,
} from '@vigil/web/data-access';
import {
  connectionPage,
  countOf,
  currentAfter,
  PagerComponent,
  PageStateComponent,
  UrlState,
  urlTextControl,
} from '@vigil/web/ui';
import { NewRetainerDialog } from './portfolio/new-retainer.dialog';
import { SORTS, sortByKey, sortKeyOf } from './portfolio/portfolio-sort';
import { PortfolioTableComponent } from './portfolio/portfolio-table.component';

const PAGE_SIZE = 20;

/**
 * The account manager's retainers (admins: all active and draft ones) with hours left, burn rate
 * and risk. Search, sort, "at risk only" and the page are in the URL.
 */
@Component({
  selector: 'vigil-portfolio',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    PageStateComponent,
    PagerComponent,
    PortfolioTableComponent,
  ],
  template: `
    <div class="page">
      <div class="page-header">
        <h1>Retainer portfolio</h1>
        @if (canCreate()) {
          <button mat-flat-button type="button" data-testid="new-retainer" (click)="create()">
            New retainer
          </button>
        }
      </div>

      <div class="filters" role="search" aria-label="Filter retainers">
        <mat-form-field appearance="outline" class="search">
          <mat-label>Search</mat-label>
          <input matInput type="search" [formControl]="search" data-testid="retainers-search" />
          <mat-hint>Client or reference</mat-hint>
        </mat-form-field>
        <mat-form-field appearance="outline" class="sort">
          <mat-label>Sort by</mat-label>
          <mat-select
            [value]="sort().key"
            (selectionChange)="setSort($event.value)"
            data-testid="retainers-sort"
          >
            @for (option of sorts; track option.key) {
              <mat-option [value]="option.key">{{ option.label }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-checkbox
          [checked]="atRiskOnly()"
          (change)="setAtRiskOnly($event.checked)"
          data-testid="at-risk-only"
        >
          At risk only
        </mat-checkbox>
      </div>

      <p class="count" role="status" data-testid="retainers-total">{{ total() }}</p>

      <vigil-page-state
        [loading]="list.loading() && !list.value()"
        [error]="list.error()"
        [empty]="!list.error() && !!list.value() && page.rows().length === 0"
        [emptyMessage]="emptyMessage()"
        (retry)="list.reload()"
      >
        @if (filtered()) {
          <button mat-stroked-button type="button" (click)="clearFilters()">Clear filters</button>
        } @else if (canCreate()) {
          <button mat-stroked-button type="button" (click)="create()">New retainer</button>
        }
      </vigil-page-state>

      @if (!list.error() && page.rows().length) {
        <vigil-portfolio-table
          [rows]="page.rows()"
          [sort]="sort().value"
          [busy]="list.loading()"
          (sortBy)="sortBy($event)"
        />
        <vigil-pager
          label="Pages of retainers"
          [summary]="page.range()"
          [hasPrevious]="page.hasPrevious()"
          [hasNext]="page.hasNext()"
          [busy]="list.loading()"
          (previous)="page.previous()"
          (next)="page.next()"
        />
      }
    </div>
  `,
  styles: `
    .filters .search {
      width: min(24rem, 100%);
    }
    .filters .sort {
      width: 17rem;
    }
    .count {
      margin: 0.5rem 0;
      color: var(--mat-sys-on-surface-variant);
      min-height: 1.25rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PortfolioPage {
  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  protected readonly url = new UrlState();
  protected readonly search = urlTextControl(this.url, 'q');
  protected readonly sorts = SORTS;
  protected readonly sort = computed(() => sortByKey(this.url.get('sort')));
  protected readonly atRiskOnly = computed(() => this.url.get('risk') === '1');
  protected readonly canCreate = computed(() => {
    const role = this.auth.user()?.role;
    return role === Role.PROVIDER_ADMIN || role === Role.ACCOUNT_MANAGER;
  });

  private readonly params = computed(
    () => ({
      search: this.url.get('q').trim(),
      atRiskOnly: this.atRiskOnly(),
      sort: this.sort().value,
      after: currentAfter(this.url.position()),
    }),
    { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
  );
  protected readonly list = remote(this.params, (p) =>
    this.api.query(RetainerPortfolioDocument, {
      filter: { search: p.search || null, atRiskOnly: p.atRiskOnly || null },
      sort: p.sort,
      first: PAGE_SIZE,
      after: p.after,
    }),
  );
  protected readonly page = connectionPage({
    url: this.url,
    pageSize: PAGE_SIZE,
    connection: () => this.list.value()?.retainerPortfolio,
    cursorRejected: () => this.list.apiError()?.field === 'after',
  });
  protected readonly total = computed(() => {
    const total = this.page.totalCount();
    if (total === null) return '';
    const count = countOf(total, 'retainer');
    return this.atRiskOnly() ? `${count} at risk` : count;
  });
  protected readonly filtered = computed(() => !!this.params().search || this.atRiskOnly());
  protected readonly emptyMessage = computed(() => {
    const { search, atRiskOnly } = this.params();
    if (search) return `No retainers match “${search}”${atRiskOnly ? ' and are at risk' : ''}.`;
    if (atRiskOnly) return 'None of your retainers is at risk.';
    return 'You have no retainers yet.';
  });

  protected setSort(key: string): void {
    this.url.setFilters({ sort: key === SORTS[0]?.key ? null : key });
  }

  protected sortBy(value: PortfolioSort): void {
    this.setSort(sortKeyOf(value));
  }

  protected setAtRiskOnly(on: boolean): void {
    this.url.setFilters({ risk: on ? '1' : null });
  }

  protected clearFilters(): void {
    this.search.setValue('', { emitEvent: false });
    this.url.setFilters({ q: null, risk: null });
  }

  protected create(): void {
    this.dialog
      .open<NewRetainerDialog, void, RetainerDetailFieldsFragment>(NewRetainerDialog, {
        injector: this.injector,
        width: '44rem',
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((created) => {
        if (!created) return;
        this.snackBar.open(
          `Created ${created.reference} as a draft. Activate it when the client has signed.`,
          'Close',
          { duration: 6000 },
        );
        void this.router.navigate(['/provider/retainers', created.id]);
      });
  }
}
