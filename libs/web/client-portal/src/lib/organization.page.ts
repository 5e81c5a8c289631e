import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  resource,
} from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { Role } from '@vigil/shared/domain';
import { ApiService, AuthService, formMessage, OrganizationDocument } from '@vigil/web/data-access';
import { PageStateComponent, ZonedDatePipe } from '@vigil/web/ui';
import { InvitationsListComponent } from './invitations-list.component';
import { ORGANIZATION_STATUS_LABELS, countryName, label } from './labels';
import { PeopleListComponent } from './people-list.component';

/**
 * The client's own organisation: its profile, its people and, for client admins, invitations.
 * Everything shown comes from the API for the signed-in person's organisation only.
 */
@Component({
  selector: 'vigil-organization',
  imports: [
    MatCardModule,
    PageStateComponent,
    ZonedDatePipe,
    PeopleListComponent,
    InvitationsListComponent,
  ],
  template: `
    <div class="page">
      <div class="page-header">
        <h1>Our organisation</h1>
      </div>

      <section aria-labelledby="profile-heading">
        <h2 id="profile-heading">Profile</h2>
        <vigil-page-state
          [loading]="organization.isLoading()"
          [error]="loadError()"
          (retry)="organization.reload()"
        />
        @if (org(); as o) {
          <mat-card appearance="outlined">
            <mat-card-content>
              <dl class="facts" data-testid="organization-profile">
                <dt>Name</dt>
                <dd data-testid="organization-name">{{ o.name }}</dd>
                <dt>Short name (slug)</dt>
                <dd>{{ o.slug }}</dd>
                <dt>Country</dt>
                <dd>{{ country(o.country) }}</dd>
                <dt>Sector</dt>
                <dd>{{ o.sector }}</dd>
                <dt>Time zone</dt>
                <dd>{{ o.timeZone }}</dd>
                <dt>Status</dt>
                <dd>
                  {{ status(o.status) }}
                  @if (o.offboardedAt) {
                    since {{ o.offboardedAt | zonedDate: viewerZone() }}
                  }
                </dd>
                <dt>People with an account</dt>
                <dd>{{ o.userCount }}</dd>
                <dt>Client since</dt>
                <dd>{{ o.createdAt | zonedDate: viewerZone() : true }}</dd>
              </dl>
            </mat-card-content>
          </mat-card>
        }
      </section>

      @if (organizationId(); as id) {
        <section aria-labelledby="people-heading">
          <h2 id="people-heading">People</h2>
          <vigil-people-list
            [organizationId]="id"
            [q]="q()"
            [cursors]="cursors()"
            [timeZone]="viewerZone()"
          />
        </section>

        @if (isAdmin()) {
          <section aria-labelledby="invitations-heading">
            <vigil-invitations-list [organizationId]="id" [timeZone]="viewerZone()" />
          </section>
        }
      }
    </div>
  `,
  styles: `
    section {
      margin-bottom: 2rem;
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin: 0 0 0.75rem;
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.5rem 1.5rem;
      margin: 0;
    }
    .facts dt {
      font-weight: 600;
    }
    .facts dd {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganizationPage {
  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);

  /** From the query string: people search and page position. */
  readonly q = input<string>();
  readonly cursors = input<string>();

  protected readonly organizationId = computed(() => this.auth.user()?.organizationId ?? null);
  protected readonly viewerZone = computed(() => this.auth.user()?.timeZone ?? 'UTC');
  protected readonly isAdmin = computed(
    () => (this.auth.user()?.role as Role | undefined) === Role.CLIENT_ADMIN,
  );

  protected readonly organization = resource({
    params: () => this.organizationId() ?? undefined,
    loader: ({ params }) => this.api.query(OrganizationDocument, { id: params }),
  });

  protected readonly org = computed(() =>
    this.organization.hasValue() ? this.organization.value().organization : null,
  );
  protected readonly loadError = computed(() =>
    this.organization.error() ? formMessage(this.organization.error()) : null,
  );

  protected country(code: string): string {
    return countryName(code);
  }

  protected status(value: string): string {
    return label(ORGANIZATION_STATUS_LABELS, value);
  }
}
