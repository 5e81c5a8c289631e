import { RouterLink } from '@angular/router';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { AuthService } from '@vigil/web/data-access';

/**
 * The client's home. The cards are honest placeholders: engagements, retainers, tabletop exercises
 * and readiness assessments arrive with later releases and will fill them.
 */
@Component({
  selector: 'vigil-portal-home',
  imports: [RouterLink, MatCardModule],
  template: `
    <div class="page">
      <div class="page-header">
        <div>
          <h1 data-testid="portal-greeting">Welcome, {{ user()?.name }}</h1>
          <p class="org" data-testid="portal-organization">
            {{ organizationName() }} · incident response portal
          </p>
        </div>
      </div>
      <div class="cards">
        <mat-card appearance="outlined" data-testid="card-engagements">
          <mat-card-header>
            <mat-card-title><h2>Engagements</h2></mat-card-title>
          </mat-card-header>
          <mat-card-content>
            <p>You have no active engagements.</p>
            <p class="urgent">
              <strong>To declare an incident, call your provider’s 24/7 incident hotline</strong>
              (the number is in your retainer agreement). Do not wait for this portal: call first.
              The engagement will appear here once it is opened.
            </p>
          </mat-card-content>
        </mat-card>
        <mat-card appearance="outlined" data-testid="card-retainer">
          <mat-card-header>
            <mat-card-title><h2>Retainer</h2></mat-card-title>
          </mat-card-header>
          <mat-card-content>
            <p>Hours left, hours used, the term end and the time approved against it.</p>
            <p><a routerLink="/portal/retainer">See our retainer</a></p>
          </mat-card-content>
        </mat-card>
        <mat-card appearance="outlined" data-testid="card-tabletops">
          <mat-card-header>
            <mat-card-title><h2>Tabletop exercises</h2></mat-card-title>
          </mat-card-header>
          <mat-card-content>
            <p>No tabletop exercises are scheduled.</p>
            <p class="hint">Scheduled exercises and their reports will be listed here.</p>
          </mat-card-content>
        </mat-card>
        <mat-card appearance="outlined" data-testid="card-assessments">
          <mat-card-header>
            <mat-card-title><h2>Readiness assessments</h2></mat-card-title>
          </mat-card-header>
          <mat-card-content>
            <p>No readiness assessments yet.</p>
            <p class="hint">Assessment results and recommendations will be listed here.</p>
          </mat-card-content>
        </mat-card>
      </div>
    </div>
  `,
  styles: `
    .org {
      margin: 0.25rem 0 0;
      font: var(--mat-sys-title-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr));
      gap: 1rem;
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin: 0;
    }
    mat-card-content {
      padding-top: 0.5rem;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    .urgent {
      padding: 0.75rem;
      border-radius: 0.5rem;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PortalHomePage {
  protected readonly user = inject(AuthService).user;
  protected readonly organizationName = computed(() => this.user()?.organization.name ?? '');
}
