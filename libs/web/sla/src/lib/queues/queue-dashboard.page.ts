import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import {
  ApiService,
  formMessage,
  SlaAdminOpenQueueDashboardDocument,
} from '@vigil/web/data-access';

/**
 * The way into the queue dashboard (Bull Board, served by the API at /admin/queues) for provider
 * admins: Vigil asks for a one-minute link and opens it in a new tab, which signs that tab in.
 */
@Component({
  selector: 'vigil-queue-dashboard',
  imports: [MatButtonModule],
  template: `
    <div class="page">
      <div class="page-header">
        <h1>Queue dashboard</h1>
      </div>
      <p class="lead">
        The background jobs behind SLA alarms, escalations and notifications: what is waiting, what
        ran and what failed. It opens in a new tab and stays signed in there for 30 minutes.
      </p>
      <button
        mat-flat-button
        type="button"
        [disabled]="busy()"
        (click)="open()"
        data-testid="open-queue-dashboard"
      >
        {{ busy() ? 'Opening…' : 'Open queue dashboard' }}
        <span class="visually-hidden">(opens in a new tab)</span>
      </button>
      <p class="status" role="status" [class.form-error]="failed()" data-testid="queue-status">
        {{ message() }}
      </p>
    </div>
  `,
  styleUrls: ['../shared/sla-page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QueueDashboardPage {
  private readonly api = inject(ApiService);
  protected readonly busy = signal(false);
  protected readonly message = signal('');
  protected readonly failed = signal(false);

  /**
   * The tab is opened at once, while the click still counts as the person's (a tab opened after
   * waiting for the API would be blocked as a pop-up), and sent to the link when it arrives.
   */
  async open(): Promise<void> {
    if (this.busy()) return;
    const tab = window.open('', '_blank');
    this.busy.set(true);
    this.message.set('');
    try {
      const { openQueueDashboard } = await this.api.mutate(SlaAdminOpenQueueDashboardDocument, {});
      const url = new URL(openQueueDashboard.url, window.location.origin).toString();
      if (tab) {
        tab.opener = null;
        tab.location.href = url;
        this.done('The queue dashboard opened in a new tab.');
      } else if (window.open(url, '_blank', 'noopener')) {
        this.done('The queue dashboard opened in a new tab.');
      } else {
        this.fail('The browser blocked the new tab. Allow pop-ups for Vigil and try again.');
      }
    } catch (e) {
      tab?.close();
      this.fail(formMessage(e));
    } finally {
      this.busy.set(false);
    }
  }

  private done(message: string): void {
    this.failed.set(false);
    this.message.set(message);
  }

  private fail(message: string): void {
    this.failed.set(true);
    this.message.set(message);
  }
}
