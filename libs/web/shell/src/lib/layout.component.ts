import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthService, NoticeService } from '@vigil/web/data-access';
import { Role, ROLE_LABELS } from '@vigil/shared/domain';
import { navFor } from './navigation';
import { ThemeService } from './theme.service';
import { BellComponent } from './bell.component';

/** The frame around every signed-in page: top bar, navigation for the role, and the page. */
@Component({
  selector: 'vigil-layout',
  imports: [
    BellComponent,
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbarModule,
    MatButtonModule,
    MatMenuModule,
  ],
  template: `
    <a class="skip" href="#main">Skip to content</a>
    <mat-toolbar class="top" role="banner">
      <a routerLink="/" class="brand">Vigil</a>
      <span class="org" data-testid="org-in-focus">{{ user()?.organization?.name }}</span>
      <span class="spacer"></span>
      <vigil-bell />
      <button mat-button type="button" (click)="theme.cycle()" data-testid="theme-toggle">
        Theme: {{ theme.choice() }}
      </button>
      <button mat-button type="button" [matMenuTriggerFor]="account" data-testid="account-menu">
        <span class="who">{{ user()?.name }}</span>
        <span class="role"> · {{ roleLabel() }}</span>
      </button>
      <mat-menu #account="matMenu">
        <a mat-menu-item routerLink="/profile">My profile</a>
        <button mat-menu-item type="button" (click)="auth.logout()">Sign out</button>
        <button mat-menu-item type="button" (click)="auth.logout(true)">Sign out everywhere</button>
      </mat-menu>
    </mat-toolbar>
    <div class="body">
      <nav aria-label="Main" class="nav">
        <ul>
          @for (item of nav(); track item.path) {
            <li>
              <a
                [routerLink]="item.path"
                routerLinkActive="active"
                [routerLinkActiveOptions]="activeOptions"
                ariaCurrentWhenActive="page"
              >
                {{ item.label }}
              </a>
            </li>
          }
        </ul>
      </nav>
      <main id="main" tabindex="-1">
        @if (notice.current(); as message) {
          <div class="notice" role="alert">
            <span>{{ message }}</span>
            <button mat-button type="button" (click)="notice.dismiss()">Dismiss</button>
          </div>
        }
        <router-outlet />
      </main>
    </div>
  `,
  styles: `
    .skip {
      position: absolute;
      left: -999px;
    }
    .skip:focus {
      left: 1rem;
      top: 1rem;
      z-index: 10;
      background: var(--mat-sys-surface);
      padding: 0.5rem;
    }
    .top {
      gap: 0.75rem;
      background: var(--mat-sys-surface-container);
    }
    .brand {
      font-weight: 700;
      text-decoration: none;
      color: inherit;
    }
    .org {
      font: var(--mat-sys-title-small);
    }
    .spacer {
      flex: 1;
    }
    .role {
      opacity: 0.8;
    }
    .body {
      display: flex;
      min-height: calc(100vh - 64px);
    }
    .nav {
      width: 15rem;
      flex-shrink: 0;
      border-right: 1px solid var(--mat-sys-outline-variant);
    }
    .nav ul {
      list-style: none;
      margin: 0;
      padding: 0.5rem;
    }
    .nav a {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      padding: 0.6rem 0.75rem;
      border-radius: 1rem;
      color: inherit;
      text-decoration: none;
    }
    .nav a.active {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    main {
      flex: 1;
      min-width: 0;
    }
    .notice {
      display: flex;
      align-items: center;
      justify-content: space-between;
      margin: 1rem 1.5rem 0;
      padding: 0.5rem 1rem;
      border-radius: 0.5rem;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    @media (max-width: 48rem) {
      .body {
        flex-direction: column;
      }
      .nav {
        width: auto;
        border-right: 0;
      }
      .who,
      .org {
        display: none;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LayoutComponent {
  protected readonly auth = inject(AuthService);
  protected readonly notice = inject(NoticeService);
  protected readonly theme = inject(ThemeService);
  protected readonly user = this.auth.user;
  /** Highlight the page whatever its query string (filters, week, page position). */
  protected readonly activeOptions = {
    paths: 'exact',
    queryParams: 'ignored',
    fragment: 'ignored',
    matrixParams: 'ignored',
  } as const;
  protected readonly nav = computed(() => navFor(this.user()?.role as Role | undefined));
  protected readonly roleLabel = computed(() => {
    const role = this.user()?.role as Role | undefined;
    return role ? ROLE_LABELS[role] : '';
  });
}
