import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { AuditLogQuery } from '@vigil/web/data-access';
import { ZonedDatePipe } from '@vigil/web/ui';
import { summarizeChanges } from './audit-format';

export type AuditEntry = AuditLogQuery['auditLog']['edges'][number]['node'];

/** One page of audit entries; a person's name narrows the log to what they did. */
@Component({
  selector: 'vigil-audit-table',
  imports: [MatTableModule, ZonedDatePipe],
  template: `
    <div
      class="table-wrap"
      role="region"
      aria-label="Audit log table"
      tabindex="0"
      [attr.aria-busy]="busy()"
      [class.busy]="busy()"
    >
      <table mat-table class="data" [dataSource]="rows()" aria-label="Audit log entries">
        <ng-container matColumnDef="when">
          <th mat-header-cell *matHeaderCellDef scope="col">When</th>
          <td mat-cell *matCellDef="let e" class="when">
            {{ e.createdAt | zonedDate: timeZone() }}
          </td>
        </ng-container>
        <ng-container matColumnDef="who">
          <th mat-header-cell *matHeaderCellDef scope="col">Who</th>
          <td mat-cell *matCellDef="let e">
            @if (e.actorUserId && e.actorUserId !== actorId()) {
              <button
                type="button"
                class="link"
                [attr.aria-label]="who(e) + ': show only their entries'"
                (click)="filterActor.emit(e)"
              >
                {{ who(e) }}
              </button>
            } @else {
              {{ who(e) }}
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="action">
          <th mat-header-cell *matHeaderCellDef scope="col">Action</th>
          <td mat-cell *matCellDef="let e">
            <code>{{ e.action }}</code>
          </td>
        </ng-container>
        <ng-container matColumnDef="target">
          <th mat-header-cell *matHeaderCellDef scope="col">Target</th>
          <td mat-cell *matCellDef="let e">{{ e.targetType }}</td>
        </ng-container>
        <ng-container matColumnDef="changes">
          <th mat-header-cell *matHeaderCellDef scope="col">What changed</th>
          <td mat-cell *matCellDef="let e">
            @let lines = summarize(e.changes);
            @if (lines.length) {
              <ul class="changes">
                @for (line of lines; track $index) {
                  <li>{{ line }}</li>
                }
              </ul>
            } @else {
              <span class="muted">—</span>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="requestId">
          <th mat-header-cell *matHeaderCellDef scope="col">Request id</th>
          <td mat-cell *matCellDef="let e" class="request">
            @if (e.requestId) {
              <code>{{ e.requestId }}</code>
            } @else {
              <span class="muted">—</span>
            }
          </td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let e; columns: columns" data-testid="audit-row"></tr>
      </table>
    </div>
  `,
  styleUrls: ['../../../../ui/src/styles/table.css', './audit-table.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditTableComponent {
  readonly rows = input.required<AuditEntry[]>();
  /** The viewer's time zone, for dates. */
  readonly timeZone = input.required<string>();
  /** The actor the log is already narrowed to: their name is not offered as a filter again. */
  readonly actorId = input<string | null>(null);
  readonly busy = input(false);
  readonly filterActor = output<AuditEntry>();
  protected readonly columns = ['when', 'who', 'action', 'target', 'changes', 'requestId'];
  protected readonly summarize = summarizeChanges;

  protected who(entry: AuditEntry): string {
    return entry.actorName ?? (entry.actorKind === 'system' ? 'Vigil' : 'Unknown');
  }
}
