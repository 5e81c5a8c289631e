import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import {
  SlaAdminCalendarFieldsFragment,
  SlaAdminPolicyFieldsFragment,
} from '@vigil/web/data-access';
import { SEVERITIES } from '../shared/labels';
import { escalationLines, goalGrid, warningsText } from './policy-model';

/** One policy: its tier, warnings, escalations and the goals grid (kinds × severities). */
@Component({
  selector: 'vigil-sla-policy-card',
  imports: [MatButtonModule],
  template: `
    <section class="card" [attr.aria-labelledby]="headingId()" data-testid="policy-card">
      <div class="card-header">
        <div>
          <h2 [id]="headingId()">{{ policy().name }}</h2>
          @if (policy().retainerTier; as tier) {
            <p class="hint" data-testid="policy-tier">Retainers of the {{ tier }} tier</p>
          } @else {
            <p class="hint" data-testid="policy-tier">
              Default: engagements without a retainer, or whose tier has no policy of its own
            </p>
          }
        </div>
        @if (canEdit()) {
          <button
            mat-stroked-button
            type="button"
            (click)="edit.emit()"
            [attr.aria-label]="'Edit ' + policy().name"
            data-testid="edit-policy"
          >
            Edit
          </button>
        }
      </div>

      <dl class="facts">
        <div>
          <dt>Warnings</dt>
          <dd>{{ warnings() }}</dd>
        </div>
        <div>
          <dt>Escalation after a breach</dt>
          <dd>
            <ul>
              @for (line of escalations(); track $index) {
                <li>{{ line }}</li>
              }
            </ul>
          </dd>
        </div>
      </dl>

      <div
        class="table-wrap"
        role="region"
        [attr.aria-label]="'Goals of ' + policy().name"
        tabindex="0"
      >
        <table class="grid" data-testid="goals-grid">
          <caption class="visually-hidden">
            Goals of
            {{
              policy().name
            }}
            by kind and severity
          </caption>
          <thead>
            <tr>
              <th scope="col">Goal</th>
              @for (severity of severities; track severity) {
                <th scope="col">{{ severity }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (row of grid(); track row.kind) {
              <tr>
                <th scope="row">{{ row.label }}</th>
                @for (cell of row.cells; track cell.severity) {
                  <td [attr.data-testid]="'goal-' + row.kind + '-' + cell.severity">
                    @if (cell.goal; as goal) {
                      <span class="duration">{{ goal.duration }}</span>
                      <span class="cell-detail">{{ goal.calendar }}</span>
                    } @else {
                      <span class="cell-detail">No commitment</span>
                    }
                  </td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    </section>
  `,
  styleUrls: ['../../../../ui/src/styles/table.css', '../shared/sla-page.css'],
  styles: `
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 3rem;
      margin: 0 0 1rem;
    }
    dt {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0.25rem 0 0;
    }
    dd ul {
      margin: 0;
      padding-left: 1.1rem;
    }
    .duration {
      font-weight: 500;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PolicyCardComponent {
  readonly policy = input.required<SlaAdminPolicyFieldsFragment>();
  readonly calendars = input.required<readonly SlaAdminCalendarFieldsFragment[]>();
  readonly canEdit = input(false);
  readonly edit = output<void>();
  protected readonly severities = SEVERITIES;
  protected readonly grid = computed(() => goalGrid(this.policy(), this.calendars()));
  protected readonly warnings = computed(() => warningsText(this.policy().warningShares));
  protected readonly escalations = computed(() =>
    escalationLines(this.policy().escalationDelaysMinutes),
  );

  protected headingId(): string {
    return `policy-${this.policy().id}`;
  }
}
