import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  AcknowledgeEngagementDocument,
  AddEngagementMemberDocument,
  ApiService,
  AuthService,
  ChangeEngagementSeverityDocument,
  EngagementClientPeopleDocument,
  EngagementDetailQuery,
  EngagementRole,
  formMessage,
  MoveEngagementPhaseDocument,
  remote,
  RemoveEngagementMemberDocument,
  SetGateItemDocument,
  UpdateEngagementDocument,
  Severity,
} from '@vigil/web/data-access';
import { ZonedDatePipe } from '@vigil/web/ui';
import {
  ClientContactRole,
  isProviderRole,
  ProviderEngagementRole,
  Role,
} from '@vigil/shared/domain';
import { duration, PHASE_ORDER, phaseLabel, roleLabel } from '../format';

type Engagement = EngagementDetailQuery['engagement'];

/**
 * The engagement at a glance: response metrics, what happened, the current phase's gate with
 * the move forward (or back, with a reason), severity with its history, and the team.
 */
@Component({
  selector: 'vigil-engagement-overview',
  imports: [
    FormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ZonedDatePipe,
  ],
  templateUrl: './overview.component.html',
  styleUrl: './overview.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverviewComponent {
  readonly engagement = input.required<Engagement>();
  /** Emitted after a change, so the page loads the engagement again. */
  readonly changed = output<void>();

  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  protected readonly timeZone = computed(() => this.auth.user()?.timeZone ?? 'UTC');
  protected readonly duration = duration;
  protected readonly phaseLabel = phaseLabel;
  protected readonly roleLabel = roleLabel;
  protected readonly severities: Severity[] = ['SEV1', 'SEV2', 'SEV3', 'SEV4'];
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected backReason = '';
  protected backTo = '';
  protected newSeverity: Severity | '' = '';
  protected severityReason = '';

  protected readonly next = computed(() => {
    const i = PHASE_ORDER.indexOf(this.engagement().phase as never);
    return PHASE_ORDER[i + 1] ?? null;
  });
  protected readonly earlier = computed(() => {
    const i = PHASE_ORDER.indexOf(this.engagement().phase as never);
    return PHASE_ORDER.slice(0, Math.max(0, i));
  });
  protected readonly gateDone = computed(() => this.engagement().gate.every((g) => g.checked));
  protected memberId = '';
  protected memberRole: EngagementRole | '' = '';
  private readonly people = remote(
    () => ({
      own: this.auth.user()?.organizationId ?? '',
      client: this.engagement().organizationId,
    }),
    async ({ own, client }) => {
      // Each list on its own: one that cannot be read leaves the other.
      const of = (organizationId: string) =>
        this.api
          .query(EngagementClientPeopleDocument, { organizationId })
          .then((d) => d.users.edges.map((e) => e.node))
          .catch(() => []);
      return [...(await of(own)), ...(await of(client))];
    },
  );
  /** Provider staff (consultants, account managers, admins) and the client's people. */
  protected readonly candidates = computed(() =>
    (this.people.value() ?? []).map((p) => ({
      id: p.id,
      label: `${p.name} (${isProviderRole(p.role as Role) ? 'provider' : 'client'})`,
      provider: isProviderRole(p.role as Role),
    })),
  );
  protected readonly rolesFor = (userId: string): EngagementRole[] => {
    const provider = this.candidates().find((c) => c.id === userId)?.provider ?? true;
    return (provider
      ? Object.values(ProviderEngagementRole)
      : Object.values(ClientContactRole)) as unknown as EngagementRole[];
  };

  private async run(work: () => Promise<unknown>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await work();
      this.changed.emit();
    } catch (e) {
      this.error.set(formMessage(e));
    } finally {
      this.busy.set(false);
    }
  }

  protected check(item: string, checked: boolean): Promise<void> {
    return this.run(() =>
      this.api.mutate(SetGateItemDocument, {
        input: { engagementId: this.engagement().id, item, checked },
      }),
    );
  }

  protected advance(): Promise<void> {
    const to = this.next();
    if (!to) return Promise.resolve();
    return this.run(() =>
      this.api.mutate(MoveEngagementPhaseDocument, {
        input: {
          engagementId: this.engagement().id,
          expectedVersion: this.engagement().version,
          to,
        },
      }),
    );
  }

  protected moveBack(): Promise<void> {
    if (!this.backTo || !this.backReason.trim()) {
      this.error.set('Choose the phase to go back to and say why.');
      return Promise.resolve();
    }
    return this.run(() =>
      this.api.mutate(MoveEngagementPhaseDocument, {
        input: {
          engagementId: this.engagement().id,
          expectedVersion: this.engagement().version,
          to: this.backTo as never,
          reason: this.backReason.trim(),
        },
      }),
    );
  }

  protected changeSeverity(): Promise<void> {
    if (!this.newSeverity || this.severityReason.trim().length < 3) {
      this.error.set('Choose the new severity and say why (at least 3 characters).');
      return Promise.resolve();
    }
    const severity = this.newSeverity;
    return this.run(() =>
      this.api.mutate(ChangeEngagementSeverityDocument, {
        input: {
          engagementId: this.engagement().id,
          expectedVersion: this.engagement().version,
          severity,
          reason: this.severityReason.trim(),
        },
      }),
    );
  }

  protected addMember(): Promise<void> {
    if (!this.memberId || !this.memberRole) {
      this.error.set('Choose a person and their role.');
      return Promise.resolve();
    }
    const input = {
      engagementId: this.engagement().id,
      userId: this.memberId,
      role: this.memberRole,
    };
    return this.run(async () => {
      await this.api.mutate(AddEngagementMemberDocument, { input });
      this.memberId = '';
      this.memberRole = '';
    });
  }

  protected removeMember(id: string): Promise<void> {
    return this.run(() => this.api.mutate(RemoveEngagementMemberDocument, { id }));
  }

  protected editing = false;
  protected draft = { title: '', summary: '', internalNotes: '' };

  protected startEdit(): void {
    const e = this.engagement();
    this.draft = { title: e.title, summary: e.summary, internalNotes: e.internalNotes ?? '' };
    this.editing = true;
  }

  /** Saves over the version shown; a colleague's newer save is refused, never overwritten. */
  protected saveEdit(): Promise<void> {
    const e = this.engagement();
    return this.run(async () => {
      await this.api.mutate(UpdateEngagementDocument, {
        input: {
          id: e.id,
          expectedVersion: e.version,
          title: this.draft.title.trim(),
          summary: this.draft.summary,
          internalNotes: this.draft.internalNotes,
        },
      });
      this.editing = false;
    });
  }

  protected acknowledge(): Promise<void> {
    return this.run(() =>
      this.api.mutate(AcknowledgeEngagementDocument, { id: this.engagement().id }),
    );
  }
}
