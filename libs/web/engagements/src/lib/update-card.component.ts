import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ClientUpdateFieldsFragment } from '@vigil/web/data-access';
import { ZonedDatePipe } from '@vigil/web/ui';

/** One client update as the client reads it; drafts are marked. Content projected below. */
@Component({
  selector: 'vigil-update-card',
  imports: [ZonedDatePipe],
  template: `
    @let u = update();
    <article class="update" [class.draft]="u.status === 'DRAFT'" data-testid="client-update">
      <header>
        @if (u.status === 'DRAFT') {
          <strong>Draft</strong> by {{ u.authorName ?? 'the team' }}, not visible to the client
        } @else {
          <strong>{{ u.publishedAt | zonedDate: timeZone() }}</strong>
          · {{ u.publishedByName ?? 'Incident commander' }}
        }
      </header>
      <h3>What we know</h3>
      <p>{{ u.whatWeKnow }}</p>
      @if (u.whatWeDid) {
        <h3>What we did</h3>
        <p>{{ u.whatWeDid }}</p>
      }
      @if (u.whatIsNext) {
        <h3>What is next</h3>
        <p>{{ u.whatIsNext }}</p>
      }
      @if (u.whatWeNeed) {
        <h3>What we need from you</h3>
        <p>{{ u.whatWeNeed }}</p>
      }
      @if (u.nextUpdateBy) {
        <p class="next">Next update by {{ u.nextUpdateBy | zonedDate: timeZone() }}</p>
      }
      <ng-content />
    </article>
  `,
  styles: `
    .update {
      border: 1px solid var(--mat-sys-outline-variant);
      border-left: 4px solid var(--mat-sys-primary);
      border-radius: 0.5rem;
      padding: 0.75rem 1rem;
      margin: 0.75rem 0;
    }
    .update.draft {
      border-left-color: var(--mat-sys-outline);
      background: var(--mat-sys-surface-container-low);
    }
    h3 {
      font: var(--mat-sys-title-small);
      margin: 0.75rem 0 0.25rem;
    }
    p {
      margin: 0;
      white-space: pre-wrap;
    }
    .next {
      margin-top: 0.75rem;
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UpdateCardComponent {
  readonly update = input.required<ClientUpdateFieldsFragment>();
  readonly timeZone = input.required<string>();
}
