import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { PHASE_ORDER, phaseLabel } from '../format';

/** The phases in order, the current one marked, those behind it done. */
@Component({
  selector: 'vigil-phase-bar',
  template: `
    <ol class="phases" aria-label="Phase">
      @for (p of phases; track p; let i = $index) {
        <li
          [class.done]="i < current()"
          [class.current]="i === current()"
          [attr.aria-current]="i === current() ? 'step' : null"
        >
          {{ label(p) }}
        </li>
      }
    </ol>
  `,
  styles: `
    .phases {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      list-style: none;
      padding: 0;
      margin: 0 0 1rem;
    }
    li {
      padding: 0.35rem 0.75rem;
      border-radius: 1rem;
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-large);
    }
    li.done {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    li.current {
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PhaseBarComponent {
  readonly phase = input.required<string>();
  protected readonly phases = PHASE_ORDER;
  protected readonly label = phaseLabel;
  protected readonly current = computed(() => PHASE_ORDER.indexOf(this.phase() as never));
}
