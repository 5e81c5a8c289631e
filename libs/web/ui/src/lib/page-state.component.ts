import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';

/**
 * What a list or page shows while it is not showing data: loading, an error said in words with a
 * way to try again, or an honest empty state. Renders nothing once there is data.
 */
@Component({
  selector: 'vigil-page-state',
  imports: [MatButtonModule, MatProgressSpinnerModule],
  template: `
    @if (loading()) {
      <div class="state" role="status" aria-live="polite">
        <mat-spinner diameter="32" aria-label="Loading" />
        <span>Loading…</span>
      </div>
    } @else if (error()) {
      <div class="state error" role="alert">
        <p>{{ error() }}</p>
        <button mat-stroked-button type="button" (click)="retry.emit()">Try again</button>
      </div>
    } @else if (empty()) {
      <div class="state empty" role="status">
        <p>{{ emptyMessage() }}</p>
        <ng-content />
      </div>
    }
  `,
  styles: `
    .state {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 0.75rem;
      padding: 2rem 1rem;
      text-align: center;
    }
    .error p {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PageStateComponent {
  readonly loading = input(false);
  readonly error = input<string | null>(null);
  readonly empty = input(false);
  readonly emptyMessage = input('Nothing here yet.');
  readonly retry = output<void>();
}
