import { UrlState, urlTextControl } from '@vigil/web/ui';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  ApiService,
  AuthService,
  OrganizationDocument,
  OrganizationsDocument,
  PeopleDocument,
} from '@vigil/web/data-access';
import { PickerOption, SearchPickerComponent } from '@vigil/web/ui';
import { KNOWN_ACTIONS } from './audit-format';
import { AuditEntry } from './audit-table.component';

const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FILTERS = ['org', 'actor', 'action', 'from', 'to'];

/** The audit log's filters, read from and written to the URL. */
@Component({
  selector: 'vigil-audit-filters',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    SearchPickerComponent,
  ],
  template: `
    <div class="filters audit-filters" role="search" aria-label="Filter the audit log">
      @if (showOrganization()) {
        <vigil-search-picker
          label="Organisation"
          testId="audit-organization"
          [value]="orgId() || null"
          [valueLabel]="orgLabel()"
          [search]="searchOrganizations"
          (picked)="pickOrganization($event)"
        />
      }
      <vigil-search-picker
        label="Who"
        hint="Type a name, or paste a person’s id"
        testId="audit-actor"
        [value]="actorId() || null"
        [valueLabel]="actorLabel()"
        [search]="searchPeople"
        [acceptText]="isId"
        (picked)="pickActor($event)"
      />
      <mat-form-field appearance="outline">
        <mat-label>Action</mat-label>
        <input
          matInput
          type="text"
          [formControl]="action"
          [matAutocomplete]="actions"
          data-testid="audit-action"
        />
        <mat-autocomplete #actions="matAutocomplete">
          @for (a of actionOptions(); track a) {
            <mat-option [value]="a">{{ a }}</mat-option>
          }
        </mat-autocomplete>
        <mat-hint>Exact, or a prefix ending in “.”</mat-hint>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>From</mat-label>
        <input
          matInput
          type="date"
          [value]="url.get('from')"
          (change)="setDay('from', $any($event.target).value)"
          data-testid="audit-from"
        />
        <mat-hint>From the start of this day</mat-hint>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>To</mat-label>
        <input
          matInput
          type="date"
          [value]="url.get('to')"
          (change)="setDay('to', $any($event.target).value)"
          data-testid="audit-to"
        />
        <mat-hint>To the end of this day</mat-hint>
      </mat-form-field>
      @if (filtered()) {
        <button mat-button type="button" class="clear" (click)="clear()">Clear filters</button>
      }
    </div>
  `,
  styleUrl: './audit-filters.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditFiltersComponent {
  /** Off for a client admin, who only ever sees their own organisation. */
  readonly showOrganization = input(true);
  /** The entries shown, whose actors' names label an actor chosen by id. */
  readonly entries = input<AuditEntry[]>([]);

  private readonly api = inject(ApiService);
  private readonly viewer = inject(AuthService).user;
  protected readonly url = new UrlState();
  protected readonly isId = (text: string): boolean => ID_PATTERN.test(text);
  protected readonly action = urlTextControl(this.url, 'action');
  private readonly actionText = toSignal(this.action.valueChanges, {
    initialValue: this.action.value,
  });
  protected readonly actionOptions = computed(() => {
    const typed = this.actionText().trim().toLowerCase();
    return KNOWN_ACTIONS.filter((a) => a.includes(typed) && a !== typed);
  });
  protected readonly orgId = computed(() => (this.showOrganization() ? this.url.get('org') : ''));
  protected readonly actorId = computed(() => this.url.get('actor'));
  protected readonly filtered = computed(() => FILTERS.some((name) => !!this.url.get(name)));

  /** Names of organisations and people met so far, by id, to show a filter chosen in the URL. */
  private readonly names = signal(new Map<string, string>());
  private readonly lookingUp = new Set<string>();
  protected readonly orgLabel = computed(() => this.names().get(this.orgId()) ?? null);
  protected readonly actorLabel = computed(() => this.names().get(this.actorId()) ?? null);

  constructor() {
    // Who acted, as the entries name them: labels an actor chosen by id (a link, a pasted id).
    effect(() => {
      for (const e of this.entries())
        if (e.actorUserId && e.actorName) this.remember(e.actorUserId, e.actorName);
    });
    effect(() => {
      const own = this.viewer()?.organization;
      if (own) this.remember(own.id, own.name);
      const id = this.orgId();
      if (id && ID_PATTERN.test(id) && !this.names().has(id)) void this.lookUpOrganization(id);
    });
  }

  protected readonly searchOrganizations = async (text: string): Promise<PickerOption[]> => {
    const data = await this.api.query(OrganizationsDocument, {
      filter: { search: text || null },
      first: 20,
    });
    const options: PickerOption[] = data.organizations.edges.map(({ node }) => ({
      id: node.id,
      label: node.name,
      detail: node.status === 'OFFBOARDED' ? 'offboarded' : node.slug,
    }));
    const own = this.viewer()?.organization;
    if (own && own.name.toLowerCase().includes(text.toLowerCase()))
      options.unshift({ id: own.id, label: own.name, detail: 'provider' });
    return options;
  };

  /** People of the viewer's own organisation: the provider's staff, or a client's people. */
  protected readonly searchPeople = async (text: string): Promise<PickerOption[]> => {
    const organizationId = this.viewer()?.organizationId;
    if (!organizationId) return [];
    const data = await this.api.query(PeopleDocument, {
      filter: { organizationId, search: text || null },
      first: 20,
    });
    return data.users.edges.map(({ node }) => ({
      id: node.id,
      label: node.name,
      detail: node.email,
    }));
  };

  protected pickOrganization(option: PickerOption | null): void {
    if (option) this.remember(option.id, option.label);
    this.url.setFilters({ org: option?.id ?? null });
  }

  protected pickActor(option: PickerOption | null): void {
    if (option && option.label !== option.id) this.remember(option.id, option.label);
    this.url.setFilters({ actor: option?.id ?? null });
  }

  protected setDay(name: 'from' | 'to', value: string): void {
    this.url.setFilters({ [name]: value || null });
  }

  protected clear(): void {
    this.action.setValue('', { emitEvent: false });
    this.url.setFilters(Object.fromEntries(FILTERS.map((name) => [name, null])));
  }

  private remember(id: string, name: string): void {
    if (this.names().get(id) === name) return;
    this.names.update((m) => new Map(m).set(id, name));
  }

  private async lookUpOrganization(id: string): Promise<void> {
    if (this.lookingUp.has(id)) return;
    this.lookingUp.add(id);
    try {
      const data = await this.api.query(OrganizationDocument, { id });
      this.remember(id, data.organization.name);
    } catch {
      // Unknown or not visible: the filter shows the id instead.
    }
  }
}
