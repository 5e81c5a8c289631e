import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ComplianceCell, ComplianceClient, SeverityColumn } from './compliance';

/** One client's compliance: a row per month and goal, a column per severity. */
@Component({
  selector: 'vigil-sla-compliance-table',
  template: `
    <div class="card-header">
      <h3 [id]="headingId()">{{ client().clientName }}</h3>
      <p class="total" data-testid="compliance-total">
        {{ client().total.share }} met overall · {{ client().total.met }} of
        {{ client().total.finished }}
        @if (client().total.breached) {
          · <strong>{{ client().total.breached }} breached</strong>
        }
      </p>
    </div>
    <div class="table-wrap" role="region" [attr.aria-labelledby]="headingId()" tabindex="0">
      <table class="grid" data-testid="compliance-table">
        <caption class="visually-hidden">
          Share of commitments met for
          {{
            client().clientName
          }}, by month, goal and severity
        </caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Goal</th>
            @for (column of columns(); track column) {
              <th scope="col" class="num">{{ columnLabel(column) }}</th>
            }
          </tr>
        </thead>
        @for (month of client().months; track month.month) {
          <tbody>
            @for (goal of month.goals; track goal.kind; let first = $first) {
              <tr data-testid="compliance-row">
                @if (first) {
                  <th scope="rowgroup" class="month" [attr.rowspan]="month.goals.length">
                    {{ month.label }}
                  </th>
                }
                <th scope="row">{{ goal.label }}</th>
                @for (column of columns(); track column) {
                  @let cell = goal.cells[column];
                  <td class="num" [class.flagged]="!!cell?.breached">
                    @if (cell) {
                      <span class="share">{{ cell.share }}</span>
                      <span class="cell-detail">{{ counts(cell) }}</span>
                      @if (cell.breached) {
                        <span class="flag"
                          ><span aria-hidden="true">⚠ </span>{{ cell.breached }} breached</span
                        >
                      }
                    } @else {
                      <span class="cell-detail">
                        <span aria-hidden="true">—</span>
                        <span class="visually-hidden">None finished</span>
                      </span>
                    }
                  </td>
                }
              </tr>
            }
          </tbody>
        }
      </table>
    </div>
  `,
  styleUrls: ['../../../../ui/src/styles/table.css', '../shared/sla-page.css'],
  styles: `
    .total {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .total strong {
      color: var(--mat-sys-error);
    }
    .month {
      white-space: nowrap;
    }
    .share {
      font-weight: 500;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComplianceTableComponent {
  readonly client = input.required<ComplianceClient>();
  readonly columns = input.required<readonly SeverityColumn[]>();

  protected headingId(): string {
    return `compliance-${this.client().organizationId}`;
  }

  protected columnLabel(column: SeverityColumn): string {
    return column === 'NONE' ? 'No severity' : column;
  }

  protected counts(cell: ComplianceCell): string {
    return `${cell.met} of ${cell.finished} met`;
  }
}
