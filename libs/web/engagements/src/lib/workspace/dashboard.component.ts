import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ApiService, EngagementDashboardDocument, remote } from '@vigil/web/data-access';
import { PHASE_ORDER, phaseLabel } from '../format';

const SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;

/**
 * For admins and account managers: open engagements across their clients by severity and phase,
 * late client updates and reports no one has taken yet; each figure opens the matching list.
 */
@Component({
  selector: 'vigil-engagement-dashboard',
  imports: [RouterLink],
  template: `
    @if (board.error()) {
      <p class="form-error" role="alert">The summary could not be loaded: {{ board.error() }}</p>
    }
    @if (board.value()?.engagementDashboard; as d) {
      <section class="board" aria-labelledby="board-title" data-testid="engagement-dashboard">
        <h2 id="board-title">Open across your clients</h2>
        <div class="alerts">
          <a
            [routerLink]="[]"
            [queryParams]="{ scope: 'all', overdue: '1' }"
            [class.hot]="d.updateOverdue > 0"
            data-testid="overdue-count"
          >
            {{ d.updateOverdue }} client {{ d.updateOverdue === 1 ? 'update' : 'updates' }} overdue
          </a>
          <a
            [routerLink]="[]"
            [queryParams]="{ scope: 'all', phase: 'INTAKE' }"
            [class.hot]="d.unacknowledged > 0"
          >
            {{ d.unacknowledged }} reported, not yet taken
          </a>
        </div>
        <div class="table-wrap">
          <table class="grid">
            <caption class="sr-only">
              Open engagements by severity and phase
            </caption>
            <thead>
              <tr>
                <th scope="col">Severity</th>
                @for (p of phases; track p) {
                  <th scope="col">{{ label(p) }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (s of severities; track s) {
                <tr>
                  <th scope="row">{{ s }}</th>
                  @for (p of phases; track p) {
                    <td>
                      @if (cell(s, p); as n) {
                        <a [routerLink]="[]" [queryParams]="{ scope: 'all', sev: s, phase: p }">{{
                          n
                        }}</a>
                      } @else {
                        <span class="zero">0</span>
                      }
                    </td>
                  }
                </tr>
              }
            </tbody>
          </table>
        </div>
      </section>
    }
  `,
  styles: `
    .board {
      margin: 0.5rem 0 1rem;
    }
    .board h2 {
      font: var(--mat-sys-title-medium);
    }
    .alerts {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      margin-bottom: 0.5rem;
    }
    .hot {
      color: var(--mat-sys-error);
      font-weight: 600;
    }
    .grid {
      border-collapse: collapse;
    }
    .grid th,
    .grid td {
      padding: 0.35rem 0.75rem;
      text-align: center;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .grid th[scope='row'] {
      text-align: left;
    }
    .zero {
      color: var(--mat-sys-on-surface-variant);
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardComponent {
  private readonly api = inject(ApiService);
  protected readonly severities = SEVERITIES;
  protected readonly phases = PHASE_ORDER.filter((p) => p !== 'CLOSED');
  protected readonly label = phaseLabel;
  protected readonly board = remote(
    () => ({}),
    () => this.api.query(EngagementDashboardDocument, {}),
  );
  private readonly counts = computed(() => {
    const map = new Map<string, number>();
    for (const c of this.board.value()?.engagementDashboard.open ?? [])
      map.set(`${c.severity}|${c.phase}`, c.count);
    return map;
  });

  protected cell(severity: string, phase: string): number {
    return this.counts().get(`${severity}|${phase}`) ?? 0;
  }
}
