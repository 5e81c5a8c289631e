import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { Router } from '@angular/router';
import {
  ApiService,
  AuthService,
  BellNotificationsDocument,
  BellNotificationsQuery,
  MarkNotificationReadDocument,
  UnreadNotificationCountChangedDocument,
} from '@vigil/web/data-access';
import { ZonedDatePipe } from '@vigil/web/ui';

type Item = BellNotificationsQuery['notifications']['edges'][number]['node'];

/** The bell: the unread count, kept live over a subscription, and the latest notifications. */
@Component({
  selector: 'vigil-bell',
  imports: [MatButtonModule, MatMenuModule, ZonedDatePipe],
  template: `
    <button
      mat-button
      type="button"
      class="bell"
      [matMenuTriggerFor]="menu"
      (menuOpened)="load()"
      [attr.aria-label]="'Notifications: ' + unread() + ' unread'"
      data-testid="bell"
    >
      <svg aria-hidden="true" width="24" height="24" viewBox="0 0 24 24">
        <path
          fill="currentColor"
          d="M12 22a2 2 0 0 0 2-2h-4a2 2 0 0 0 2 2Zm6-6V11a6 6 0 0 0-5-5.9V4a1 1 0 0 0-2 0v1.1A6 6 0 0 0 6 11v5l-2 2v1h16v-1l-2-2Z"
        />
      </svg>
      @if (unread() > 0) {
        <span class="count" data-testid="bell-count">{{ unread() }}</span>
      }
    </button>
    <mat-menu #menu="matMenu" class="bell-menu">
      @if (items().length === 0) {
        <p class="empty" mat-menu-item disabled>No notifications yet.</p>
      }
      @for (item of items(); track item.id) {
        <button mat-menu-item type="button" (click)="open(item)" [class.unread]="!item.readAt">
          <span class="title">{{ item.title }}</span>
          <span class="when">{{ item.createdAt | zonedDate: timeZone() }}</span>
        </button>
      }
    </mat-menu>
  `,
  styles: `
    .bell {
      min-width: 0;
    }
    .count {
      margin-left: 0.25rem;
      padding: 0 0.4rem;
      border-radius: 1rem;
      background: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
      font-weight: 600;
    }
    .title {
      display: block;
    }
    .when {
      display: block;
      font-size: 0.8rem;
      opacity: 0.8;
    }
    .unread .title {
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BellComponent {
  private readonly api = inject(ApiService);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  protected readonly unread = signal(0);
  protected readonly items = signal<Item[]>([]);
  protected readonly timeZone = () => this.auth.user()?.timeZone ?? 'UTC';

  constructor() {
    void this.load();
    this.api
      .subscribe(UnreadNotificationCountChangedDocument, {})
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe({
        next: (data) => this.unread.set(data.unreadNotificationCountChanged),
        // A lost live connection leaves the last count; the next load refreshes it.
        error: () => undefined,
      });
  }

  async load(): Promise<void> {
    try {
      const data = await this.api.query(BellNotificationsDocument, {});
      this.unread.set(data.unreadNotificationCount);
      this.items.set(data.notifications.edges.map((e) => e.node));
    } catch {
      // The bell is secondary: a failure here must not disturb the page.
    }
  }

  async open(item: Item): Promise<void> {
    if (!item.readAt) {
      await this.api.mutate(MarkNotificationReadDocument, { id: item.id }).catch(() => undefined);
      await this.load();
    }
    if (item.link) await this.router.navigateByUrl(item.link);
  }
}
