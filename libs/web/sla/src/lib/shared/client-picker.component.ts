import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import {
  MatAutocompleteModule,
  MatAutocompleteSelectedEvent,
  MatAutocompleteTrigger,
} from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ApiService, SlaAdminClientOptionsDocument } from '@vigil/web/data-access';
import { debounceTime } from 'rxjs';

export interface ClientOption {
  id: string;
  name: string;
  offboarded: boolean;
}

/**
 * Picks one client organisation by typing part of its name (account managers are offered the
 * clients they are assigned to). Empty means "all clients" where the page allows it.
 */
@Component({
  selector: 'vigil-sla-client-picker',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
  ],
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        type="text"
        [formControl]="text"
        [matAutocomplete]="auto"
        [attr.data-testid]="testId()"
        [placeholder]="placeholder()"
        (focus)="load()"
        (blur)="settle()"
      />
      <mat-autocomplete
        #auto="matAutocomplete"
        [displayWith]="display"
        (optionSelected)="choose($event)"
      >
        @for (option of options(); track option.id) {
          <mat-option [value]="option">
            {{ option.name }}
            @if (option.offboarded) {
              <small class="detail">offboarded</small>
            }
          </mat-option>
        }
        @if (searched() && !options().length) {
          <mat-option disabled>No client matches</mat-option>
        }
      </mat-autocomplete>
      @if (value() && clearable()) {
        <button
          matSuffix
          mat-button
          type="button"
          [attr.aria-label]="'Clear ' + label()"
          (click)="clear()"
        >
          Clear
        </button>
      }
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
    </mat-form-field>
  `,
  styles: `
    mat-form-field {
      width: min(22rem, 100%);
    }
    .detail {
      margin-left: 0.5rem;
      color: var(--mat-sys-on-surface-variant);
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

  protected readonly text = new FormControl<string | ClientOption>('', { nonNullable: true });
  protected readonly options = signal<ClientOption[]>([]);
  protected readonly searched = signal(false);
  private readonly trigger = viewChild(MatAutocompleteTrigger);
  private latest = 0;

  protected readonly display = (v: string | ClientOption | null): string =>
    typeof v === 'string' ? v : (v?.name ?? '');

  constructor() {
    effect(() => {
      const shown = this.valueLabel() ?? (this.value() ? 'Selected client' : '');
      untracked(() => this.text.setValue(shown, { emitEvent: false }));
    });
    this.text.valueChanges.pipe(debounceTime(250), takeUntilDestroyed()).subscribe((v) => {
      if (typeof v === 'string') this.load();
    });
  }

  protected load(): void {
    const v = this.text.value;
    const typed = typeof v === 'string' ? v.trim() : '';
    // Showing the current choice: offer every client rather than only that one.
    const term = this.value() && typed === this.valueLabel() ? '' : typed;
    const id = ++this.latest;
    this.api.query(SlaAdminClientOptionsDocument, { search: term || null }).then(
      (data) => {
        if (id !== this.latest) return;
        this.options.set(
          data.organizations.edges.map(({ node }) => ({
            id: node.id,
            name: node.name,
            offboarded: node.status === 'OFFBOARDED',
          })),
        );
        this.searched.set(true);
      },
      () => {
        if (id === this.latest) this.options.set([]);
      },
    );
  }

  protected choose(event: MatAutocompleteSelectedEvent): void {
    this.picked.emit(event.option.value as ClientOption);
  }

  /** Leaving the box with text that chose nothing: back to the current choice (or empty: clear). */
  protected settle(): void {
    if (this.trigger()?.panelOpen) return;
    const v = this.text.value;
    if (typeof v !== 'string') return;
    if (!v.trim() && this.value() && this.clearable()) {
      this.picked.emit(null);
      return;
    }
    this.text.setValue(this.valueLabel() ?? '', { emitEvent: false });
  }

  protected clear(): void {
    this.text.setValue('', { emitEvent: false });
    this.picked.emit(null);
  }
}
