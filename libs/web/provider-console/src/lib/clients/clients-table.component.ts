import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTableModule } from '@angular/material/table';
import { OrganizationFieldsFragment } from '@vigil/web/data-access';
import { ZonedDatePipe } from '@vigil/web/ui';
import { countryName } from '../shared/format';

const COLUMNS = ['name', 'slug', 'country', 'sector', 'timeZone', 'users', 'status', 'created'];

/** One page of client organisations; with `canManage`, each row offers Edit and Offboard. */
@Component({
  selector: 'vigil-clients-table',
  imports: [MatButtonModule, MatTableModule, ZonedDatePipe],
  template: `
    <div
      class="table-wrap"
      role="region"
      aria-label="Client organisations table"
      tabindex="0"
      [attr.aria-busy]="busy()"
      [class.busy]="busy()"
    >
      <table mat-table class="data" [dataSource]="rows()" aria-label="Client organisations">
        <ng-container matColumnDef="name">
          <th mat-header-cell *matHeaderCellDef scope="col">Name</th>
          <td mat-cell *matCellDef="let org" class="strong">{{ org.name }}</td>
        </ng-container>
        <ng-container matColumnDef="slug">
          <th mat-header-cell *matHeaderCellDef scope="col">Slug</th>
          <td mat-cell *matCellDef="let org">
            <code>{{ org.slug }}</code>
          </td>
        </ng-container>
        <ng-container matColumnDef="country">
          <th mat-header-cell *matHeaderCellDef scope="col">Country</th>
          <td mat-cell *matCellDef="let org">
            <abbr [title]="countryName(org.country)">{{ org.country }}</abbr>
          </td>
        </ng-container>
        <ng-container matColumnDef="sector">
          <th mat-header-cell *matHeaderCellDef scope="col">Sector</th>
          <td mat-cell *matCellDef="let org">{{ org.sector }}</td>
        </ng-container>
        <ng-container matColumnDef="timeZone">
          <th mat-header-cell *matHeaderCellDef scope="col">Time zone</th>
          <td mat-cell *matCellDef="let org">{{ org.timeZone }}</td>
        </ng-container>
        <ng-container matColumnDef="users">
          <th mat-header-cell *matHeaderCellDef scope="col" class="num">Users</th>
          <td mat-cell *matCellDef="let org" class="num">{{ org.userCount }}</td>
        </ng-container>
        <ng-container matColumnDef="status">
          <th mat-header-cell *matHeaderCellDef scope="col">Status</th>
          <td mat-cell *matCellDef="let org">
            @if (org.status === 'OFFBOARDED') {
              <span class="badge off">Offboarded</span>
            } @else {
              <span class="badge">Active</span>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="created">
          <th mat-header-cell *matHeaderCellDef scope="col">Created</th>
          <td mat-cell *matCellDef="let org">
            {{ org.createdAt | zonedDate: timeZone() : true }}
          </td>
        </ng-container>
        <ng-container matColumnDef="actions">
          <th mat-header-cell *matHeaderCellDef scope="col">
            <span class="visually-hidden">Actions</span>
          </th>
          <td mat-cell *matCellDef="let org" class="actions">
            <button
              mat-button
              type="button"
              [attr.aria-label]="'Edit ' + org.name"
              (click)="edit.emit(org)"
            >
              Edit
            </button>
            @if (org.status === 'ACTIVE') {
              <button
                mat-button
                type="button"
                class="danger"
                [attr.aria-label]="'Offboard ' + org.name"
                (click)="offboard.emit(org)"
              >
                Offboard
              </button>
            }
          </td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns()"></tr>
        <tr mat-row *matRowDef="let org; columns: columns()" data-testid="client-row"></tr>
      </table>
    </div>
  `,
  styleUrl: '../../../../ui/src/styles/table.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientsTableComponent {
  readonly rows = input.required<OrganizationFieldsFragment[]>();
  /** The viewer's time zone, for dates. */
  readonly timeZone = input.required<string>();
  readonly canManage = input(false);
  /** The next page is loading: rows stay, dimmed. */
  readonly busy = input(false);
  readonly edit = output<OrganizationFieldsFragment>();
  readonly offboard = output<OrganizationFieldsFragment>();
  protected readonly columns = computed(() =>
    this.canManage() ? [...COLUMNS, 'actions'] : COLUMNS,
  );

  protected countryName(code: string): string {
    return countryName(code) ?? code;
  }
}
