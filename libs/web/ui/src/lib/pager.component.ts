import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { formatCount } from './counts';

/** Previous / Next for a cursor-paginated list, with where we are. */
@Component({
  selector: 'vigil-pager',
  imports: [MatButtonModule],
  template: `
    <nav class="pager" [attr.aria-label]="label()">
      <span class="where">{{ summary() }}</span>
      <button
        mat-stroked-button
        type="button"
        [disabled]="!hasPrevious() || busy()"
        (click)="previous.emit()"
      >
        Previous
      </button>
      <button
        mat-stroked-button
        type="button"
        [disabled]="!hasNext() || busy()"
        (click)="next.emit()"
      >
        Next
      </button>
    </nav>
  `,
  styles: `
    .where {
      margin-right: 0.5rem;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PagerComponent {
  readonly label = input('Pages');
  readonly summary = input('');
  readonly hasPrevious = input(false);
  readonly hasNext = input(false);
  readonly busy = input(false);
  readonly previous = output<void>();
  readonly next = output<void>();
}

/** "21–40 of 1,003" for page `index` (0-based) of `size`. */
export function rangeSummary(index: number, size: number, shown: number, total: number): string {
  if (!shown) return '';
  const first = index * size + 1;
  return `${formatCount(first)}–${formatCount(first + shown - 1)} of ${formatCount(total)}`;
}
