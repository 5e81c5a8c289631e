import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ApiHealthService, ApiStatus } from './api-health.service';

const STATUS_LABELS: Record<ApiStatus, string> = {
  checking: 'Checking the API…',
  reachable: 'API reachable',
  unreachable: 'API unreachable',
};

@Component({
  selector: 'vigil-shell',
  template: `
    <main class="shell">
      <h1>Vigil</h1>
      <p class="tagline">
        Incident response, retainers and readiness for a security provider and its clients.
      </p>
      <p class="status" [attr.data-status]="apiStatus()" role="status">{{ statusLabel() }}</p>
    </main>
  `,
  styles: `
    .shell {
      max-width: 40rem;
      margin: 0 auto;
      padding: 3rem 1.5rem;
    }
    h1 {
      margin: 0 0 0.5rem;
      font-size: 2.5rem;
    }
    .tagline {
      margin: 0 0 1.5rem;
    }
    .status {
      margin: 0;
      font-weight: 600;
    }
    .status[data-status='reachable'] {
      color: #1b7a3d;
    }
    .status[data-status='unreachable'] {
      color: #b3261e;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShellComponent {
  protected readonly apiStatus = toSignal<ApiStatus, 'checking'>(
    inject(ApiHealthService).checkLiveness(),
    { initialValue: 'checking' },
  );
  protected readonly statusLabel = computed(() => STATUS_LABELS[this.apiStatus()]);
}
