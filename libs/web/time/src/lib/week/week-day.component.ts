import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { formatHours } from '@vigil/shared/domain';
import { TimeEntryItemFragment } from '@vigil/web/data-access';
import { longDay } from '../shared/dates';
import { entryStatusLabel, sumMinutes } from '../shared/labels';
import { RetainerInfo } from '../shared/time-data';

/** One day of the week: its entries with their status, its total, and what can be done next. */
@Component({
  selector: 'vigil-week-day',
  imports: [MatButtonModule],
  template: `
    <section class="day" [class.today]="isToday()" [attr.aria-labelledby]="'day-' + day()">
      <h3 class="day-heading" [id]="'day-' + day()">
        <span>{{ title() }}</span>
        @if (isToday()) {
          <span class="badge">Today</span>
        }
        <span class="total" data-testid="day-total">
          {{ formatHours(total()) }}<span class="visually-hidden"> logged</span>
        </span>
      </h3>
      @if (entries().length) {
        <div class="scroll">
          <table class="entries" [attr.aria-label]="'Time logged on ' + title()">
            <thead>
              <tr>
                <th scope="col">Retainer</th>
                <th scope="col" class="num">Hours</th>
                <th scope="col">Description</th>
                <th scope="col">Status</th>
                <th scope="col"><span class="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              @for (e of entries(); track e.id) {
                <tr data-testid="time-entry" [class.editing]="e.id === editingId()">
                  <td>{{ retainerLabel(e.retainerId) }}</td>
                  <td class="num nowrap">{{ formatHours(e.minutes) }}</td>
                  <td class="description">
                    {{ e.description }}
                    @if (!e.billable) {
                      <span class="badge off">Not billable</span>
                    }
                    @if (e.status === 'REJECTED' && e.rejectionReason) {
                      <span class="reason">Rejected: {{ e.rejectionReason }}</span>
                    }
                  </td>
                  <td>
                    <span class="badge status" [class]="'status-' + e.status.toLowerCase()">
                      {{ statusLabel(e.status) }}
                    </span>
                  </td>
                  <td class="actions">
                    @if (e.status === 'DRAFT' || e.status === 'REJECTED') {
                      <button
                        mat-button
                        type="button"
                        [disabled]="busy()"
                        [attr.aria-label]="'Edit ' + describe(e)"
                        (click)="edit.emit(e)"
                      >
                        Edit
                      </button>
                    }
                    @if (e.status === 'DRAFT') {
                      <button
                        mat-button
                        type="button"
                        [disabled]="busy()"
                        [attr.aria-label]="'Submit ' + describe(e)"
                        data-testid="submit-entry"
                        (click)="submit.emit(e)"
                      >
                        Submit
                      </button>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @else {
        <p class="muted none">No time logged.</p>
      }
    </section>
  `,
  styleUrls: [
    '../../../../ui/src/styles/table.css',
    '../shared/status.css',
    './week-day.component.css',
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WeekDayComponent {
  readonly day = input.required<string>();
  readonly entries = input.required<TimeEntryItemFragment[]>();
  readonly retainers = input.required<Map<string, RetainerInfo>>();
  readonly isToday = input(false);
  readonly editingId = input<string | null>(null);
  readonly busy = input(false);
  readonly edit = output<TimeEntryItemFragment>();
  readonly submit = output<TimeEntryItemFragment>();

  protected readonly formatHours = formatHours;
  protected readonly title = computed(() => longDay(this.day()));
  /** Rejected time does not count: it is neither billed nor held against the daily limit. */
  protected readonly total = computed(() =>
    sumMinutes(this.entries().filter((e) => e.status !== 'REJECTED')),
  );

  protected retainerLabel(id: string): string {
    return this.retainers().get(id)?.label ?? 'Retainer';
  }

  protected statusLabel(status: string): string {
    return entryStatusLabel(status);
  }

  protected describe(e: TimeEntryItemFragment): string {
    return `${formatHours(e.minutes)} on ${this.title()}: ${e.description.slice(0, 60)}`;
  }
}
