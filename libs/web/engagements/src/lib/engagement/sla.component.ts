import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSlideToggleChange, MatSlideToggleModule } from '@angular/material/slide-toggle';
import { formatDuration } from '@vigil/shared/domain';
import {
  ApiError,
  ApiService,
  applyServerError,
  AuthService,
  EngagementSlaDocument,
  FieldMap,
  RecordResponderEngagedDocument,
  remote,
  SetWaitingOnClientDocument,
  SlaCycleFieldsFragment,
} from '@vigil/web/data-access';
import { PageStateComponent, ZonedDatePipe } from '@vigil/web/ui';
import { isoToLocal, localToIso } from '../format';
import { goalDuration, goalName, outcome } from '../sla/countdown';
import { SlaBadgeComponent } from '../sla/sla-badge.component';

const WAITING_FIELDS: FieldMap = {
  'input.reason': { control: 'reason', label: 'The reason' },
};

const RESPONDER_FIELDS: FieldMap = {
  'input.at': { control: 'at', label: 'The time engaged' },
};

/** Running, paused, or breached and not yet kept: the clock still matters. */
function isLive(c: SlaCycleFieldsFragment): boolean {
  return c.state === 'RUNNING' || c.state === 'PAUSED' || (c.state === 'BREACHED' && !c.stoppedAt);
}

/**
 * The engagement's commitments: every cycle of every goal (what was promised for which
 * severity, on which calendar, when it started and is due, how it went, and its pauses), with
 * the two things the team records here: that it is waiting on the client (the clocks stop) and
 * when the first responder engaged.
 */
@Component({
  selector: 'vigil-engagement-sla',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSlideToggleModule,
    PageStateComponent,
    SlaBadgeComponent,
    ZonedDatePipe,
  ],
  templateUrl: './sla.component.html',
  styleUrls: ['./panels.css', './sla.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SlaComponent {
  readonly engagementId = input.required<string>();
  /** Moves when the engagement changed or 30 s have passed: the cycles are read again. */
  readonly revision = input(0);
  /** After a change here: the engagement's version moved, so the page loads it again. */
  readonly changed = output<void>();

  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly timeZone = computed(() => this.auth.user()?.timeZone ?? 'UTC');
  protected readonly goalName = goalName;
  protected readonly busy = signal(false);
  protected readonly waitingError = signal<string | null>(null);
  protected readonly responderError = signal<string | null>(null);
  protected readonly waiting = this.fb.group({ reason: ['', Validators.maxLength(500)] });
  protected readonly responder = this.fb.group({
    at: [isoToLocal(this.timeZone()), Validators.required],
  });
  private readonly changes = signal(0);

  protected readonly sla = remote(
    () => ({ id: this.engagementId(), revision: this.revision() + this.changes() }),
    ({ id }) => this.api.query(EngagementSlaDocument, { id }),
  );
  protected readonly state = computed(() => {
    const e = this.sla.value()?.engagement;
    return e && e.id === this.engagementId() ? e : null;
  });
  /** The clocks that still matter first (soonest due first), then the finished ones, newest first. */
  protected readonly cycles = computed(() => {
    const all = this.sla.value()?.engagementSla ?? [];
    const due = (c: SlaCycleFieldsFragment): number =>
      c.dueAt ? new Date(c.dueAt).getTime() : Number.MAX_SAFE_INTEGER;
    const ended = (c: SlaCycleFieldsFragment): number =>
      new Date(c.stoppedAt ?? c.startedAt).getTime();
    return [
      ...all.filter(isLive).sort((a, b) => due(a) - due(b)),
      ...all.filter((c) => !isLive(c)).sort((a, b) => ended(b) - ended(a)),
    ];
  });

  constructor() {
    // "Now" stays now while nobody has typed a time of their own.
    effect(() => {
      this.sla.value();
      const zone = this.timeZone();
      untracked(() => {
        const at = this.responder.controls.at;
        if (at.pristine) at.setValue(isoToLocal(zone));
      });
    });
  }

  protected goal(c: SlaCycleFieldsFragment): string {
    return goalDuration(c.goalMinutes, c.calendarLabel);
  }

  protected readonly outcome = outcome;

  protected paused(c: SlaCycleFieldsFragment): string {
    return c.pausedSeconds > 0 ? formatDuration(c.pausedSeconds * 1000) : '';
  }

  protected async setWaiting(event: MatSlideToggleChange): Promise<void> {
    const state = this.state();
    if (!state) return;
    this.waitingError.set(null);
    if (event.checked && this.waiting.invalid) {
      event.source.checked = false;
      this.waiting.markAllAsTouched();
      return;
    }
    const reason = this.waiting.getRawValue().reason.trim();
    this.busy.set(true);
    try {
      await this.api.mutate(SetWaitingOnClientDocument, {
        input: {
          engagementId: state.id,
          waiting: event.checked,
          reason: event.checked && reason ? reason : undefined,
          expectedVersion: state.version,
        },
      });
      this.waiting.reset();
      this.done();
    } catch (e) {
      event.source.checked = !event.checked;
      this.waitingError.set(applyServerError(this.waiting, e, WAITING_FIELDS));
      this.afterConflict(e);
    } finally {
      this.busy.set(false);
    }
  }

  protected async recordResponder(): Promise<void> {
    const state = this.state();
    if (!state) return;
    this.responderError.set(null);
    // Left at its default, the time is now to the second (the field only shows minutes).
    const control = this.responder.controls.at;
    const at = control.pristine
      ? new Date().toISOString()
      : localToIso(control.value, this.timeZone());
    if (!at) {
      this.responder.controls.at.setErrors({ server: 'Give a date and a time.' });
      this.responder.controls.at.markAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      await this.api.mutate(RecordResponderEngagedDocument, {
        input: { engagementId: state.id, at, expectedVersion: state.version },
      });
      this.responder.reset({ at: isoToLocal(this.timeZone()) });
      this.done();
    } catch (e) {
      this.responderError.set(applyServerError(this.responder, e, RESPONDER_FIELDS));
      this.afterConflict(e);
    } finally {
      this.busy.set(false);
    }
  }

  private done(): void {
    this.changes.update((n) => n + 1);
    this.changed.emit();
  }

  /** Someone saved the engagement meanwhile: show what it is now, and let the person try again. */
  private afterConflict(e: unknown): void {
    if (e instanceof ApiError && e.code === 'CONFLICT') this.done();
  }
}
