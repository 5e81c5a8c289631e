import {
  ChangeDetectionStrategy,
  Component,
  effect,
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
import { debounceTime } from 'rxjs';

export interface PickerOption {
  id: string;
  label: string;
  detail?: string;
}

/**
 * Picks one thing (an organisation, a person) by typing part of its name; the choice is an id.
 * With `acceptText`, typed text the predicate accepts (e.g. an id pasted in) is taken on Enter.
 * Without `clearable`, the choice can be changed but not emptied.
 */
@Component({
  selector: 'vigil-search-picker',
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
        (keydown.enter)="commit()"
        (blur)="settle()"
      />
      <mat-autocomplete
        #auto="matAutocomplete"
        [displayWith]="display"
        (optionSelected)="choose($event)"
      >
        @for (option of options(); track option.id) {
          <mat-option [value]="option">
            {{ option.label }}
            @if (option.detail) {
              <small class="detail">{{ option.detail }}</small>
            }
          </mat-option>
        }
        @if (emptyText() && searched() && !options().length) {
          <mat-option disabled>{{ emptyText() }}</mat-option>
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
      width: 100%;
    }
    .detail {
      margin-left: 0.5rem;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SearchPickerComponent {
  readonly label = input.required<string>();
  readonly hint = input('');
  readonly placeholder = input('');
  /** Said in the list when a search finds nothing; empty: nothing is said. */
  readonly emptyText = input('');
  readonly clearable = input(true);
  readonly testId = input<string | null>(null);
  /** The chosen id, and its name when known. */
  readonly value = input<string | null>(null);
  readonly valueLabel = input<string | null>(null);
  readonly search = input.required<(text: string) => Promise<PickerOption[]>>();
  readonly acceptText = input<((text: string) => boolean) | null>(null);
  readonly picked = output<PickerOption | null>();

  protected readonly text = new FormControl<string | PickerOption>('', { nonNullable: true });
  protected readonly options = signal<PickerOption[]>([]);
  protected readonly searched = signal(false);
  private readonly trigger = viewChild(MatAutocompleteTrigger);
  private latest = 0;

  protected readonly display = (v: string | PickerOption | null): string =>
    typeof v === 'string' ? v : (v?.label ?? '');

  constructor() {
    effect(() => {
      const shown = this.valueLabel() ?? this.value() ?? '';
      untracked(() => this.text.setValue(shown, { emitEvent: false }));
    });
    this.text.valueChanges.pipe(debounceTime(250), takeUntilDestroyed()).subscribe((v) => {
      if (typeof v === 'string') this.load();
    });
  }

  protected load(): void {
    const v = this.text.value;
    const typed = typeof v === 'string' ? v.trim() : '';
    // Showing the current choice: offer everything rather than only itself.
    const term = this.value() && typed === (this.valueLabel() ?? this.value()) ? '' : typed;
    const id = ++this.latest;
    this.search()(term).then(
      (options) => {
        if (id !== this.latest) return;
        this.options.set(options);
        this.searched.set(true);
      },
      () => {
        if (id === this.latest) this.options.set([]);
      },
    );
  }

  protected choose(event: MatAutocompleteSelectedEvent): void {
    this.picked.emit(event.option.value as PickerOption);
  }

  /** Enter without a highlighted option: empty clears, accepted text is taken as the id. */
  protected commit(): void {
    if (this.trigger()?.activeOption) return;
    this.take(false);
  }

  /** Leaving the box: as Enter, and text that chose nothing goes back to the current choice. */
  protected settle(): void {
    if (this.trigger()?.panelOpen) return;
    this.take(true);
  }

  private take(revert: boolean): void {
    const v = this.text.value;
    if (typeof v !== 'string') return;
    const typed = v.trim();
    const shown = this.valueLabel() ?? this.value() ?? '';
    if (typed === shown) return;
    if (!typed) {
      if (this.value() && this.clearable()) this.picked.emit(null);
      else if (revert) this.text.setValue(shown, { emitEvent: false });
      return;
    }
    if (this.acceptText()?.(typed)) {
      this.trigger()?.closePanel();
      this.picked.emit({ id: typed, label: typed });
    } else if (revert) {
      this.text.setValue(shown, { emitEvent: false });
    }
  }

  protected clear(): void {
    this.text.setValue('', { emitEvent: false });
    this.picked.emit(null);
  }
}
