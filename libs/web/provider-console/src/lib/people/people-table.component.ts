import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { MatTableModule } from '@angular/material/table';
import { Role } from '@vigil/shared/domain';
import { PeopleQuery } from '@vigil/web/data-access';
import { ZonedDatePipe } from '@vigil/web/ui';
import { roleLabel } from '../shared/format';

export type Person = PeopleQuery['users']['edges'][number]['node'];
export interface Assignment {
  person: Person;
  org: { id: string; name: string };
}

/** One page of provider staff, with their assignments and a menu of what may be done to each. */
@Component({
  selector: 'vigil-people-table',
  imports: [MatButtonModule, MatMenuModule, MatTableModule, ZonedDatePipe],
  template: `
    <div
      class="table-wrap"
      role="region"
      aria-label="People table"
      tabindex="0"
      [attr.aria-busy]="busy()"
      [class.busy]="busy()"
    >
      <table mat-table class="data" [dataSource]="rows()" aria-label="Provider staff">
        <ng-container matColumnDef="name">
          <th mat-header-cell *matHeaderCellDef scope="col">Name</th>
          <td mat-cell *matCellDef="let p" class="strong">
            {{ p.name }}
            @if (isMe(p)) {
              <span class="muted">(you)</span>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="email">
          <th mat-header-cell *matHeaderCellDef scope="col">Email</th>
          <td mat-cell *matCellDef="let p">{{ p.email }}</td>
        </ng-container>
        <ng-container matColumnDef="role">
          <th mat-header-cell *matHeaderCellDef scope="col">Role</th>
          <td mat-cell *matCellDef="let p" class="nowrap">{{ label(p.role) }}</td>
        </ng-container>
        <ng-container matColumnDef="status">
          <th mat-header-cell *matHeaderCellDef scope="col">Status</th>
          <td mat-cell *matCellDef="let p">
            @if (p.status === 'DEACTIVATED') {
              <span class="badge off">Deactivated</span>
            } @else {
              <span class="badge">Active</span>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="assigned">
          <th mat-header-cell *matHeaderCellDef scope="col">Assigned clients</th>
          <td mat-cell *matCellDef="let p">
            @if (isAdmin(p)) {
              <span class="muted">All (provider admin)</span>
            } @else if (p.assignedOrganizations.length === 0) {
              <span class="muted">None</span>
            } @else {
              <ul class="chips" [attr.aria-label]="'Clients assigned to ' + p.name">
                @for (org of p.assignedOrganizations; track org.id) {
                  <li class="chip">
                    <span>{{ org.name }}</span>
                    <button
                      type="button"
                      class="remove"
                      [disabled]="pending() === p.id + '/' + org.id"
                      [attr.aria-label]="'Unassign ' + p.name + ' from ' + org.name"
                      (click)="unassign.emit({ person: p, org })"
                    >
                      ×
                    </button>
                  </li>
                }
              </ul>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="lastLogin">
          <th mat-header-cell *matHeaderCellDef scope="col">Last sign-in</th>
          <td mat-cell *matCellDef="let p">
            @if (p.lastLoginAt) {
              {{ p.lastLoginAt | zonedDate: timeZone() }}
            } @else {
              <span class="muted">Never</span>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="actions">
          <th mat-header-cell *matHeaderCellDef scope="col">
            <span class="visually-hidden">Actions</span>
          </th>
          <td mat-cell *matCellDef="let p" class="actions">
            <button
              mat-button
              type="button"
              [matMenuTriggerFor]="actions"
              [matMenuTriggerData]="{ person: p }"
              [disabled]="isMe(p)"
              [attr.aria-label]="
                isMe(p)
                  ? 'Actions (you cannot change your own account here)'
                  : 'Actions for ' + p.name
              "
            >
              Actions
            </button>
          </td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let p; columns: columns" data-testid="person-row"></tr>
      </table>
    </div>
    <mat-menu #actions="matMenu">
      <ng-template matMenuContent let-person="person">
        <button mat-menu-item type="button" (click)="changeRole.emit(person)">Change role…</button>
        <button
          mat-menu-item
          type="button"
          [disabled]="isAdmin(person) || person.status === 'DEACTIVATED'"
          (click)="assign.emit(person)"
        >
          Assign to client…
        </button>
        <button
          mat-menu-item
          type="button"
          [disabled]="person.status === 'DEACTIVATED'"
          (click)="deactivate.emit(person)"
        >
          Deactivate…
        </button>
      </ng-template>
    </mat-menu>
  `,
  styleUrls: ['../../../../ui/src/styles/table.css', './people-table.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeopleTableComponent {
  readonly rows = input.required<Person[]>();
  /** The viewer's time zone, for dates. */
  readonly timeZone = input.required<string>();
  /** The signed-in person: their own row offers nothing. */
  readonly meId = input<string | null>(null);
  /** The assignment being removed, as "userId/organizationId". */
  readonly pending = input<string | null>(null);
  readonly busy = input(false);
  readonly changeRole = output<Person>();
  readonly assign = output<Person>();
  readonly deactivate = output<Person>();
  readonly unassign = output<Assignment>();
  protected readonly label = roleLabel;
  protected readonly columns = [
    'name',
    'email',
    'role',
    'status',
    'assigned',
    'lastLogin',
    'actions',
  ];

  protected isMe(person: Person): boolean {
    return person.id === this.meId();
  }

  protected isAdmin(person: Person): boolean {
    return person.role === Role.PROVIDER_ADMIN;
  }
}
