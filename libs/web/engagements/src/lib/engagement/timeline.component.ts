import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  AddTimelineEventDocument,
  ApiService,
  applyServerError,
  AuthService,
  EngagementTimelineCsvDocument,
  FieldMap,
  remote,
  TimelineEventFieldsFragment,
  TimelineEventKind,
  Visibility,
} from '@vigil/web/data-access';
import { fileSafe, formatInZone, PageStateComponent, saveFile } from '@vigil/web/ui';
import { isoToLocal, KIND_LABELS, localToIso } from '../format';
import { loadTimeline } from '../timeline-loader';

const FIELDS: FieldMap = {
  'input.occurredAt': { control: 'occurredAt', label: 'When' },
  'input.occurredTimeZone': { control: 'occurredTimeZone', label: 'Time zone' },
  'input.description': { control: 'description', label: 'What happened' },
  'input.source': { control: 'source', label: 'Source' },
};

/**
 * The reconstructed timeline, in the order things happened, each time shown in the zone it was
 * observed in and in yours. The quick entry takes the keyboard: T jumps to it from anywhere on
 * the tab, Ctrl+Enter (⌘+Enter) records the event.
 */
@Component({
  selector: 'vigil-engagement-timeline',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    PageStateComponent,
  ],
  host: { '(document:keydown)': 'shortcut($event)' },
  template: `
    @if (!closed()) {
      <form
        class="quick"
        [formGroup]="form"
        (ngSubmit)="add()"
        novalidate
        aria-label="Add a timeline event"
      >
        <mat-form-field appearance="outline" class="when" subscriptSizing="dynamic">
          <mat-label>When</mat-label>
          <input
            matInput
            type="datetime-local"
            formControlName="occurredAt"
            required
            data-testid="event-when"
          />
          <mat-error>{{
            form.controls.occurredAt.getError('server') ?? 'When did it happen?'
          }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" class="zone" subscriptSizing="dynamic">
          <mat-label>Time zone</mat-label>
          <input matInput formControlName="occurredTimeZone" required />
          <mat-error>{{
            form.controls.occurredTimeZone.getError('server') ?? 'An IANA zone, e.g. Europe/Berlin'
          }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" class="kind" subscriptSizing="dynamic">
          <mat-label>Kind</mat-label>
          <mat-select formControlName="kind" data-testid="event-kind">
            @for (k of kinds; track k.value) {
              <mat-option [value]="k.value">{{ k.label }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline" class="what" subscriptSizing="dynamic">
          <mat-label>What happened (T to jump here, Ctrl+Enter to add)</mat-label>
          <textarea
            #description
            matInput
            rows="2"
            formControlName="description"
            maxlength="5000"
            required
            (keydown.control.enter)="add()"
            (keydown.meta.enter)="add()"
            data-testid="event-description"
          ></textarea>
          <mat-error>{{
            form.controls.description.getError('server') ?? 'Describe it in at least 3 characters.'
          }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" class="source" subscriptSizing="dynamic">
          <mat-label>Source</mat-label>
          <input
            matInput
            formControlName="source"
            maxlength="200"
            placeholder="EDR, firewall log, interview…"
          />
        </mat-form-field>
        <mat-button-toggle-group
          formControlName="visibility"
          aria-label="Who sees it"
          data-testid="event-visibility"
        >
          <mat-button-toggle value="INTERNAL">Team only</mat-button-toggle>
          <mat-button-toggle value="CLIENT" data-testid="event-visibility-client"
            >Client too</mat-button-toggle
          >
        </mat-button-toggle-group>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="add-event">
          Add event
        </button>
        @if (error()) {
          <p class="form-error" role="alert">{{ error() }}</p>
        }
      </form>
    }

    <div class="bar">
      <p class="count" role="status">{{ count() }}</p>
      <button mat-stroked-button type="button" (click)="exportCsv()" [disabled]="exporting()">
        Export CSV
      </button>
    </div>
    <vigil-page-state
      [loading]="events.loading() && !events.value()"
      [error]="events.error()"
      [empty]="!!events.value() && rows().length === 0"
      emptyMessage="Nothing on the timeline yet."
      (retry)="events.reload()"
    />
    <ol class="timeline" data-testid="timeline">
      @for (ev of rows(); track ev.id) {
        <li [class.client]="ev.visibility === 'CLIENT'">
          <div class="when">
            <strong>{{ at(ev.occurredAt, ev.occurredTimeZone) }}</strong>
            @if (ev.occurredTimeZone !== timeZone()) {
              <span class="muted">{{ at(ev.occurredAt, timeZone()) }}</span>
            }
          </div>
          <div class="body">
            <span class="kind">{{ kindLabel(ev.kind) }}</span>
            <span class="vis">{{
              ev.visibility === 'CLIENT' ? 'Client sees it' : 'Team only'
            }}</span>
            <p>{{ ev.description }}</p>
            <p class="muted meta">
              {{ ev.source ? ev.source + ' · ' : '' }}recorded by
              {{ ev.recordedByName ?? 'Vigil' }},
              {{ at(ev.recordedAt, timeZone()) }}
            </p>
          </div>
        </li>
      }
    </ol>
    @if (events.value()?.more) {
      <p class="muted">
        Showing the first {{ rows().length }} events; export the CSV for all of them.
      </p>
    }
  `,
  styleUrl: './timeline.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TimelineComponent {
  readonly engagementId = input.required<string>();
  readonly reference = input.required<string>();
  readonly closed = input(false);
  /** Moves when the timeline changed elsewhere (live activity). */
  readonly revision = input(0);

  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  private readonly description = viewChild<ElementRef<HTMLTextAreaElement>>('description');
  protected readonly timeZone = computed(() => this.auth.user()?.timeZone ?? 'UTC');
  protected readonly kinds = Object.entries(KIND_LABELS).map(([value, label]) => ({
    value: value as TimelineEventKind,
    label,
  }));
  protected readonly kindLabel = (k: string): string => KIND_LABELS[k] ?? k;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    occurredAt: [isoToLocal(this.timeZone()), Validators.required],
    occurredTimeZone: [this.timeZone(), Validators.required],
    kind: ['RESPONSE_ACTION' as TimelineEventKind],
    description: ['', [Validators.required, Validators.minLength(3)]],
    source: [''],
    visibility: ['INTERNAL' as Visibility],
  });
  protected readonly busy = signal(false);
  protected readonly exporting = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly added = signal(0);

  private readonly params = computed(() => ({
    id: this.engagementId(),
    revision: this.revision() + this.added(),
  }));
  protected readonly events = remote(this.params, ({ id }) => loadTimeline(this.api, id));
  protected readonly rows = computed<TimelineEventFieldsFragment[]>(
    () => this.events.value()?.events ?? [],
  );
  protected readonly count = computed(() => {
    const total = this.events.value()?.total;
    return total === undefined ? '' : `${total} ${total === 1 ? 'event' : 'events'}`;
  });

  protected at(iso: string, zone: string): string {
    return formatInZone(iso, zone);
  }

  protected shortcut(event: KeyboardEvent): void {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select, [contenteditable="true"], mat-select');
    if (event.key === 't' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      this.description()?.nativeElement.focus();
    }
  }

  protected async add(): Promise<void> {
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const occurredAt = localToIso(v.occurredAt, v.occurredTimeZone.trim() || this.timeZone());
    if (!occurredAt) {
      this.form.controls.occurredAt.setErrors({ server: 'Give a date and a time.' });
      return;
    }
    this.busy.set(true);
    try {
      await this.api.mutate(AddTimelineEventDocument, {
        input: {
          engagementId: this.engagementId(),
          occurredAt,
          occurredTimeZone: v.occurredTimeZone.trim(),
          kind: v.kind,
          description: v.description.trim(),
          source: v.source.trim() || undefined,
          visibility: v.visibility,
        },
      });
      this.form.patchValue({
        description: '',
        source: '',
        occurredAt: isoToLocal(this.timeZone()),
      });
      this.form.markAsUntouched();
      this.added.update((n) => n + 1);
      this.description()?.nativeElement.focus();
    } catch (e) {
      this.error.set(applyServerError(this.form, e, FIELDS));
    } finally {
      this.busy.set(false);
    }
  }

  protected async exportCsv(): Promise<void> {
    this.exporting.set(true);
    try {
      const data = await this.api.query(EngagementTimelineCsvDocument, { id: this.engagementId() });
      saveFile(
        data.timelineCsv,
        `timeline-${fileSafe(this.reference(), 'engagement')}.csv`,
        'text/csv;charset=utf-8',
      );
    } catch (e) {
      this.error.set(e instanceof Error ? e.message : 'The export failed. Try again.');
    } finally {
      this.exporting.set(false);
    }
  }
}
