import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  AccountKind,
  AddScopeAccountDocument,
  AddScopeAssetDocument,
  AddScopeDataDocument,
  ApiService,
  AssetKind,
  DataCategory,
  EngagementScopeDocument,
  formMessage,
  remote,
  RemoveScopeAccountDocument,
  RemoveScopeAssetDocument,
  RemoveScopeDataDocument,
} from '@vigil/web/data-access';
import { PageStateComponent } from '@vigil/web/ui';

const words = (value: string): string =>
  value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');

const ASSET_KINDS: AssetKind[] = [
  'WORKSTATION',
  'SERVER',
  'NETWORK_DEVICE',
  'CLOUD_RESOURCE',
  'MOBILE_DEVICE',
  'OTHER',
];
const ACCOUNT_KINDS: AccountKind[] = ['USER', 'PRIVILEGED', 'SERVICE'];
const CATEGORIES: DataCategory[] = [
  'PERSONAL_DATA',
  'HEALTH_DATA',
  'PAYMENT_CARD_DATA',
  'FINANCIAL_DATA',
  'CREDENTIALS',
  'INTELLECTUAL_PROPERTY',
  'OTHER',
];

/** What the incident touched: machines, accounts and data (the regulatory clocks read the data). */
@Component({
  selector: 'vigil-engagement-scope',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    PageStateComponent,
  ],
  templateUrl: './scope.component.html',
  styleUrl: './scope.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScopeComponent {
  readonly engagementId = input.required<string>();
  private readonly api = inject(ApiService);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly words = words;
  protected readonly assetKinds = ASSET_KINDS;
  protected readonly accountKinds = ACCOUNT_KINDS;
  protected readonly categories = CATEGORIES;
  protected readonly asset = this.fb.group({
    hostname: [''],
    ipAddress: [''],
    kind: ['SERVER' as AssetKind],
    owner: [''],
  });
  protected readonly account = this.fb.group({
    username: ['', Validators.required],
    system: [''],
    kind: ['USER' as AccountKind],
  });
  protected readonly data = this.fb.group({
    category: ['PERSONAL_DATA' as DataCategory],
    estimatedRecords: [''],
    description: [''],
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly changes = signal(0);
  protected readonly scope = remote(
    () => ({ id: this.engagementId(), n: this.changes() }),
    ({ id }) => this.api.query(EngagementScopeDocument, { id }),
  );
  protected readonly assets = computed(() => this.scope.value()?.scopeAssets ?? []);
  protected readonly accounts = computed(() => this.scope.value()?.scopeAccounts ?? []);
  protected readonly dataRows = computed(() => this.scope.value()?.scopeData ?? []);

  private async run(work: () => Promise<unknown>, after?: () => void): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await work();
      after?.();
      this.changes.update((n) => n + 1);
    } catch (e) {
      this.error.set(formMessage(e));
    } finally {
      this.busy.set(false);
    }
  }

  protected addAsset(): Promise<void> {
    const v = this.asset.getRawValue();
    return this.run(
      () =>
        this.api.mutate(AddScopeAssetDocument, {
          input: {
            engagementId: this.engagementId(),
            hostname: v.hostname.trim() || undefined,
            ipAddress: v.ipAddress.trim() || undefined,
            kind: v.kind,
            owner: v.owner.trim() || undefined,
          },
        }),
      () => this.asset.reset(),
    );
  }

  protected addAccount(): Promise<void> {
    const v = this.account.getRawValue();
    return this.run(
      () =>
        this.api.mutate(AddScopeAccountDocument, {
          input: {
            engagementId: this.engagementId(),
            username: v.username.trim(),
            system: v.system.trim() || undefined,
            kind: v.kind,
          },
        }),
      () => this.account.reset(),
    );
  }

  protected addData(): Promise<void> {
    const v = this.data.getRawValue();
    const records = v.estimatedRecords.trim();
    if (records && !/^\d+$/.test(records)) {
      this.error.set('Estimated records must be a whole number.');
      return Promise.resolve();
    }
    return this.run(
      () =>
        this.api.mutate(AddScopeDataDocument, {
          input: {
            engagementId: this.engagementId(),
            category: v.category,
            estimatedRecords: records ? Number(records) : undefined,
            description: v.description.trim() || undefined,
          },
        }),
      () => this.data.reset(),
    );
  }

  protected remove(kind: 'asset' | 'account' | 'data', id: string): Promise<void> {
    return this.run(() =>
      kind === 'asset'
        ? this.api.mutate(RemoveScopeAssetDocument, { id })
        : kind === 'account'
          ? this.api.mutate(RemoveScopeAccountDocument, { id })
          : this.api.mutate(RemoveScopeDataDocument, { id }),
    );
  }
}
