import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { ApiService, SlaAdminClientOptionsDocument } from '@vigil/web/data-access';
import { PickerOption, SearchPickerComponent } from '@vigil/web/ui';

export interface ClientOption {
  id: string;
  name: string;
  offboarded: boolean;
}

const OFFBOARDED = 'offboarded';

/**
 * Picks one client organisation by typing part of its name (account managers are offered the
 * clients they are assigned to). Empty means "all clients" where the page allows it.
 */
@Component({
  selector: 'vigil-sla-client-picker',
  imports: [SearchPickerComponent],
  template: `
    <vigil-search-picker
      [label]="label()"
      [hint]="hint()"
      [placeholder]="placeholder()"
      [testId]="testId()"
      [value]="value()"
      [valueLabel]="valueLabel() ?? (value() ? 'Selected client' : null)"
      [clearable]="clearable()"
      emptyText="No client matches"
      [search]="search"
      (picked)="pick($event)"
    />
  `,
  styles: `
    :host {
      display: block;
      width: min(22rem, 100%);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientPickerComponent {
  private readonly api = inject(ApiService);
  readonly label = input('Client');
  readonly hint = input('');
  readonly placeholder = input('');
  readonly testId = input<string | null>(null);
  /** The chosen client's id and, when known, its name. */
  readonly value = input<string | null>(null);
  readonly valueLabel = input<string | null>(null);
  /** Offer "Clear" (back to all clients). */
  readonly clearable = input(true);
  readonly picked = output<ClientOption | null>();

  protected readonly search = async (term: string): Promise<PickerOption[]> => {
    const data = await this.api.query(SlaAdminClientOptionsDocument, { search: term || null });
    return data.organizations.edges.map(({ node }) => ({
      id: node.id,
      label: node.name,
      ...(node.status === 'OFFBOARDED' ? { detail: OFFBOARDED } : {}),
    }));
  };

  protected pick(option: PickerOption | null): void {
    this.picked.emit(
      option
        ? { id: option.id, name: option.label, offboarded: option.detail === OFFBOARDED }
        : null,
    );
  }
}
