import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { formatHours } from '@vigil/shared/domain';
import { TimeEntryItemFragment } from '@vigil/web/data-access';
import { mediumDate, shortDay } from '../shared/dates';
import { sumMinutes } from '../shared/labels';
import { RetainerInfo } from '../shared/time-data';

export interface ApprovalGroup {
  retainerId: string;
  retainer: RetainerInfo | null;
  entries: TimeEntryItemFragment[];
  /** The viewer manages this retainer (or is a provider admin) and so may approve its time. */
  canApprove: boolean;
}

/** One retainer's submitted time: a checkbox per entry and "Reject…" with a reason. */
@Component({
  selector: 'vigil-approval-group',
  imports: [MatButtonModule],
  templateUrl: './approval-group.component.html',
  styleUrls: ['../../../../ui/src/styles/table.css', './approval-group.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApprovalGroupComponent {
  readonly group = input.required<ApprovalGroup>();
  readonly selected = input.required<ReadonlySet<string>>();
  readonly names = input.required<ReadonlyMap<string, string>>();
  readonly busy = input(false);
  readonly toggle = output<{ id: string; checked: boolean }>();
  readonly reject = output<TimeEntryItemFragment>();

  protected readonly formatHours = formatHours;
  protected readonly shortDay = shortDay;
  protected readonly title = computed(() => this.group().retainer?.label ?? 'Retainer');
  protected readonly headingId = computed(() => `group-${this.group().retainerId}`);
  protected readonly total = computed(() => sumMinutes(this.group().entries));
  protected readonly term = computed(() => {
    const r = this.group().retainer;
    return r ? `${mediumDate(r.termStart)} – ${mediumDate(r.termEnd)}` : '';
  });
  /** Billable minutes ticked here: what approving would take off the balance. */
  protected readonly selectedBillable = computed(() =>
    sumMinutes(this.group().entries.filter((e) => e.billable && this.selected().has(e.id))),
  );
  /** A BLOCK retainer refuses approvals past zero: warn before the API says no. */
  protected readonly overBlock = computed(() => {
    const r = this.group().retainer;
    return (
      !!r && r.overagePolicy === 'BLOCK' && this.selectedBillable() > Math.max(r.balanceMinutes, 0)
    );
  });

  protected who(userId: string): string {
    return this.names().get(userId) ?? 'Consultant';
  }

  protected describe(e: TimeEntryItemFragment): string {
    return `${this.who(e.userId)}, ${shortDay(e.workDate)}, ${formatHours(e.minutes)}`;
  }

  protected onToggle(id: string, event: Event): void {
    this.toggle.emit({ id, checked: (event.target as HTMLInputElement).checked });
  }
}
