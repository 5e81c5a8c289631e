import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { PortfolioItemFieldsFragment, PortfolioSort } from '@vigil/web/data-access';
import { burnRate, formatDay, formatHours, shareUsed } from '../shared/format';
import { SORTS } from './portfolio-sort';

const COLUMNS = [
  'client',
  'reference',
  'tier',
  'left',
  'used',
  'burn',
  'exhaustion',
  'termEnd',
  'risk',
];

/** One page of the portfolio; sortable columns have a header button, the reference links on. */
@Component({
  selector: 'vigil-portfolio-table',
  imports: [MatTableModule, NgTemplateOutlet, RouterLink],
  template: `
    <ng-template #sortHeader let-key let-label="label">
      <button type="button" class="sort" [class.active]="sort() === key" (click)="sortBy.emit(key)">
        {{ label }}
        <span aria-hidden="true">{{ sort() === key ? arrow(key) : '' }}</span>
      </button>
    </ng-template>
    <div
      class="table-wrap"
      role="region"
      aria-label="Retainers table"
      tabindex="0"
      [attr.aria-busy]="busy()"
      [class.busy]="busy()"
    >
      <table mat-table class="data" [dataSource]="rows()" aria-label="Retainers">
        <ng-container matColumnDef="client">
          <th mat-header-cell *matHeaderCellDef scope="col" [attr.aria-sort]="ariaSort('CLIENT')">
            <ng-container
              *ngTemplateOutlet="sortHeader; context: { $implicit: 'CLIENT', label: 'Client' }"
            />
          </th>
          <td mat-cell *matCellDef="let r" class="strong">{{ r.organizationName }}</td>
        </ng-container>
        <ng-container matColumnDef="reference">
          <th mat-header-cell *matHeaderCellDef scope="col">Reference</th>
          <td mat-cell *matCellDef="let r" class="nowrap">
            <a [routerLink]="['/provider/retainers', r.retainerId]">{{ r.reference }}</a>
          </td>
        </ng-container>
        <ng-container matColumnDef="tier">
          <th mat-header-cell *matHeaderCellDef scope="col">Tier</th>
          <td mat-cell *matCellDef="let r">{{ r.responseTier }}</td>
        </ng-container>
        <ng-container matColumnDef="left">
          <th
            mat-header-cell
            *matHeaderCellDef
            scope="col"
            class="num"
            [attr.aria-sort]="ariaSort('HOURS_LEFT')"
          >
            <ng-container
              *ngTemplateOutlet="
                sortHeader;
                context: { $implicit: 'HOURS_LEFT', label: 'Hours left' }
              "
            />
          </th>
          <td mat-cell *matCellDef="let r" class="num nowrap">
            <span class="strong">{{ hours(r.balanceMinutes) }}</span>
            <span class="muted"> of {{ hours(r.minutesPurchased) }}</span>
          </td>
        </ng-container>
        <ng-container matColumnDef="used">
          <th
            mat-header-cell
            *matHeaderCellDef
            scope="col"
            class="num"
            [attr.aria-sort]="ariaSort('SHARE_USED')"
          >
            <ng-container
              *ngTemplateOutlet="sortHeader; context: { $implicit: 'SHARE_USED', label: 'Used' }"
            />
          </th>
          <td mat-cell *matCellDef="let r" class="num">{{ used(r) }}</td>
        </ng-container>
        <ng-container matColumnDef="burn">
          <th mat-header-cell *matHeaderCellDef scope="col" class="num">Burn rate</th>
          <td mat-cell *matCellDef="let r" class="num nowrap">{{ rate(r.burnedLast30Days) }}</td>
        </ng-container>
        <ng-container matColumnDef="exhaustion">
          <th
            mat-header-cell
            *matHeaderCellDef
            scope="col"
            [attr.aria-sort]="ariaSort('EXHAUSTION')"
          >
            <ng-container
              *ngTemplateOutlet="
                sortHeader;
                context: { $implicit: 'EXHAUSTION', label: 'Runs out' }
              "
            />
          </th>
          <td mat-cell *matCellDef="let r" class="nowrap">
            @if (r.status === 'DRAFT') {
              <span class="muted">Not active</span>
            } @else if (r.balanceMinutes <= 0) {
              Used up
            } @else if (r.projectedExhaustion) {
              {{ day(r.projectedExhaustion) }}
            } @else {
              <span class="muted">No recent use</span>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="termEnd">
          <th mat-header-cell *matHeaderCellDef scope="col" [attr.aria-sort]="ariaSort('TERM_END')">
            <ng-container
              *ngTemplateOutlet="sortHeader; context: { $implicit: 'TERM_END', label: 'Term end' }"
            />
          </th>
          <td mat-cell *matCellDef="let r" class="nowrap">{{ day(r.termEnd) }}</td>
        </ng-container>
        <ng-container matColumnDef="risk">
          <th mat-header-cell *matHeaderCellDef scope="col">Status</th>
          <td mat-cell *matCellDef="let r">
            <!-- A draft has nothing on the ledger yet, so the API's risk verdict says little. -->
            @if (r.status === 'DRAFT') {
              <span class="badge off">Draft</span>
            } @else if (r.atRisk) {
              <span class="badge risk" data-testid="at-risk">At risk</span>
            }
          </td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let r; columns: columns" data-testid="retainer-row"></tr>
      </table>
    </div>
  `,
  styleUrl: '../../../../ui/src/styles/table.css',
  styles: `
    .sort {
      all: unset;
      cursor: pointer;
      font: inherit;
      border-radius: 0.25rem;
      white-space: nowrap;
    }
    .sort {
      text-decoration: underline dotted;
      text-underline-offset: 0.25em;
    }
    .sort:hover,
    .sort.active {
      text-decoration: underline solid;
    }
    .sort:focus-visible {
      outline: 3px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PortfolioTableComponent {
  readonly rows = input.required<PortfolioItemFieldsFragment[]>();
  readonly sort = input.required<PortfolioSort>();
  /** The next page is loading: rows stay, dimmed. */
  readonly busy = input(false);
  readonly sortBy = output<PortfolioSort>();
  protected readonly columns = COLUMNS;
  protected readonly hours = formatHours;
  protected readonly rate = burnRate;
  protected readonly day = formatDay;

  protected used(r: PortfolioItemFieldsFragment): string {
    if (r.status === 'DRAFT') return '—';
    const share = shareUsed(r.usedMinutes, r.minutesPurchased);
    return share === null ? '—' : `${share}%`;
  }

  protected ariaSort(key: PortfolioSort): 'ascending' | 'descending' | null {
    if (this.sort() !== key) return null;
    return SORTS.find((s) => s.value === key)?.descending ? 'descending' : 'ascending';
  }

  protected arrow(key: PortfolioSort): string {
    return this.ariaSort(key) === 'descending' ? '↓' : '↑';
  }
}
