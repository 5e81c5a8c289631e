import { Injectable } from '@nestjs/common';
import { AuditService, diff } from '@vigil/api/audit';
import { badInput, conflict } from '@vigil/api/core';
import {
  ScopeAccountEntity,
  ScopeAssetEntity,
  ScopeDataEntity,
  TenantDb,
  TimelineEventAssetEntity,
  uniqueViolation,
} from '@vigil/api/database';
import { CompromiseStatus, DataCategory } from '@vigil/shared/domain';
import { EntityManager } from 'typeorm';
import {
  AddScopeAccountInput,
  AddScopeAssetInput,
  AddScopeDataInput,
  UpdateScopeAccountInput,
  UpdateScopeAssetInput,
  UpdateScopeDataInput,
} from './dto/scope.types';
import {
  checkVersion,
  definedOnly,
  EngagementAccess,
  lockRow,
  requiredText,
  requireProvider,
} from './engagement-access';
import { assetHostname, assetIpAddress } from './scope-address';

const TARGET_TYPES = { asset: 'ScopeAsset', account: 'ScopeAccount', data: 'ScopeData' } as const;

/**
 * The engagement's scope: affected assets, accounts and data, the facts the regulatory clocks
 * read. Provider staff keep it; client users may ask (NOT_FOUND for engagements they cannot open)
 * and get nothing, because row-level security hides these tables from them.
 */
@Injectable()
export class ScopeService {
  constructor(
    private readonly db: TenantDb,
    private readonly access: EngagementAccess,
    private readonly audit: AuditService,
  ) {}

  assets(engagementId: string): Promise<ScopeAssetEntity[]> {
    return this.db.run(async (em) => {
      await this.access.engagement(em, engagementId);
      return em.find(ScopeAssetEntity, {
        where: { engagementId },
        order: { hostname: 'ASC', ipAddress: 'ASC', createdAt: 'ASC' },
      });
    });
  }

  accounts(engagementId: string): Promise<ScopeAccountEntity[]> {
    return this.db.run(async (em) => {
      await this.access.engagement(em, engagementId);
      return em.find(ScopeAccountEntity, {
        where: { engagementId },
        order: { system: 'ASC', username: 'ASC', createdAt: 'ASC' },
      });
    });
  }

  data(engagementId: string): Promise<ScopeDataEntity[]> {
    return this.db.run(async (em) => {
      await this.access.engagement(em, engagementId);
      return em.find(ScopeDataEntity, { where: { engagementId }, order: { category: 'ASC' } });
    });
  }

  async addAsset(input: AddScopeAssetInput): Promise<ScopeAssetEntity> {
    requireProvider(this.db.actor());
    const hostname = checked('input.hostname', assetHostname(input.hostname ?? ''));
    const ipAddress = checked('input.ipAddress', assetIpAddress(input.ipAddress ?? ''));
    if (!hostname && !ipAddress)
      throw badInput('input.hostname', 'give the asset a host name or an IP address');
    return this.db.run(async (em) => {
      const e = await this.access.engagement(em, input.engagementId);
      const asset = await em.save(
        em.create(ScopeAssetEntity, {
          organizationId: e.organizationId,
          engagementId: e.id,
          hostname,
          ipAddress,
          kind: input.kind,
          owner: input.owner?.trim() ?? '',
          compromiseStatus: input.compromiseStatus ?? CompromiseStatus.SUSPECTED,
        }),
      );
      await this.record(em, 'asset', 'added', asset, {
        hostname,
        ipAddress,
        compromiseStatus: asset.compromiseStatus,
      });
      return asset;
    });
  }

  async updateAsset(input: UpdateScopeAssetInput): Promise<ScopeAssetEntity> {
    requireProvider(this.db.actor());
    const hostname =
      input.hostname == null ? undefined : checked('input.hostname', assetHostname(input.hostname));
    const ipAddress =
      input.ipAddress == null
        ? undefined
        : checked('input.ipAddress', assetIpAddress(input.ipAddress));
    return this.db.run(async (em) => {
      const asset = await lockRow(em, ScopeAssetEntity, input.id, 'Affected asset');
      checkVersion(asset, input.expectedVersion, 'asset');
      const patch = definedOnly<ScopeAssetEntity>({
        hostname,
        kind: input.kind,
        owner: input.owner?.trim(),
        compromiseStatus: input.compromiseStatus,
      });
      if (ipAddress !== undefined) patch.ipAddress = ipAddress; // null: "" cleared it
      const changes = diff(asset, patch);
      Object.assign(asset, patch);
      if (!asset.hostname && !asset.ipAddress)
        throw badInput(
          hostname === '' ? 'input.hostname' : 'input.ipAddress',
          'an asset needs a host name or an IP address; it would have neither',
        );
      const saved = await em.save(asset);
      await this.record(em, 'asset', 'updated', saved, changes);
      return saved;
    });
  }

  /** Removes an asset, and its links from the timeline events that named it. */
  async removeAsset(id: string): Promise<boolean> {
    requireProvider(this.db.actor());
    return this.db.run(async (em) => {
      const asset = await lockRow(em, ScopeAssetEntity, id, 'Affected asset');
      await em.delete(TimelineEventAssetEntity, { assetId: asset.id });
      await em.delete(ScopeAssetEntity, { id: asset.id });
      await this.record(em, 'asset', 'removed', asset, {
        hostname: asset.hostname,
        ipAddress: asset.ipAddress,
      });
      return true;
    });
  }

  async addAccount(input: AddScopeAccountInput): Promise<ScopeAccountEntity> {
    requireProvider(this.db.actor());
    const username = requiredText('input.username', input.username);
    return this.db.run(async (em) => {
      const e = await this.access.engagement(em, input.engagementId);
      const account = await em.save(
        em.create(ScopeAccountEntity, {
          organizationId: e.organizationId,
          engagementId: e.id,
          username,
          system: input.system?.trim() ?? '',
          kind: input.kind,
          compromiseStatus: input.compromiseStatus ?? CompromiseStatus.SUSPECTED,
        }),
      );
      await this.record(em, 'account', 'added', account, {
        username,
        system: account.system,
        compromiseStatus: account.compromiseStatus,
      });
      return account;
    });
  }

  async updateAccount(input: UpdateScopeAccountInput): Promise<ScopeAccountEntity> {
    requireProvider(this.db.actor());
    const username =
      input.username == null ? undefined : requiredText('input.username', input.username);
    return this.db.run(async (em) => {
      const account = await lockRow(em, ScopeAccountEntity, input.id, 'Affected account');
      checkVersion(account, input.expectedVersion, 'account');
      const patch = definedOnly<ScopeAccountEntity>({
        username,
        system: input.system?.trim(),
        kind: input.kind,
        compromiseStatus: input.compromiseStatus,
      });
      const changes = diff(account, patch);
      Object.assign(account, patch);
      const saved = await em.save(account);
      await this.record(em, 'account', 'updated', saved, changes);
      return saved;
    });
  }

  async removeAccount(id: string): Promise<boolean> {
    requireProvider(this.db.actor());
    return this.db.run(async (em) => {
      const account = await lockRow(em, ScopeAccountEntity, id, 'Affected account');
      await em.delete(ScopeAccountEntity, { id: account.id });
      await this.record(em, 'account', 'removed', account, {
        username: account.username,
        system: account.system,
      });
      return true;
    });
  }

  /** One row per category: a second one for the same category is refused (CONFLICT). */
  async addData(input: AddScopeDataInput): Promise<ScopeDataEntity> {
    requireProvider(this.db.actor());
    return this.db.run(async (em) => {
      const e = await this.access.engagement(em, input.engagementId);
      const row = await oneCategory(input.category, () =>
        em.transaction((inner) =>
          inner.save(
            inner.create(ScopeDataEntity, {
              organizationId: e.organizationId,
              engagementId: e.id,
              category: input.category,
              estimatedRecords: input.estimatedRecords ?? null,
              description: input.description?.trim() ?? '',
            }),
          ),
        ),
      );
      await this.record(em, 'data', 'added', row, {
        category: row.category,
        estimatedRecords: row.estimatedRecords,
      });
      return row;
    });
  }

  async updateData(input: UpdateScopeDataInput): Promise<ScopeDataEntity> {
    requireProvider(this.db.actor());
    return this.db.run(async (em) => {
      const row = await lockRow(em, ScopeDataEntity, input.id, 'Affected data');
      checkVersion(row, input.expectedVersion, 'affected data');
      const patch = definedOnly<ScopeDataEntity>({
        category: input.category,
        description: input.description?.trim(),
      });
      // Null clears the estimate (not known any more); left out, it stays.
      if (input.estimatedRecords !== undefined) patch.estimatedRecords = input.estimatedRecords;
      const changes = diff(row, patch);
      Object.assign(row, patch);
      const saved = await oneCategory(row.category, () =>
        em.transaction((inner) => inner.save(row)),
      );
      await this.record(em, 'data', 'updated', saved, changes);
      return saved;
    });
  }

  async removeData(id: string): Promise<boolean> {
    requireProvider(this.db.actor());
    return this.db.run(async (em) => {
      const row = await lockRow(em, ScopeDataEntity, id, 'Affected data');
      await em.delete(ScopeDataEntity, { id: row.id });
      await this.record(em, 'data', 'removed', row, {
        category: row.category,
        estimatedRecords: row.estimatedRecords,
      });
      return true;
    });
  }

  /** The audit row of a change to a scope row: scope_asset.added, ScopeAsset, and so on. */
  private record(
    em: EntityManager,
    kind: keyof typeof TARGET_TYPES,
    done: 'added' | 'updated' | 'removed',
    row: { id: string; organizationId: string },
    changes: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(em, this.db.actor(), {
      organizationId: row.organizationId,
      action: `scope_${kind}.${done}`,
      targetType: TARGET_TYPES[kind],
      targetId: row.id,
      changes,
    });
  }
}

function checked<T>(
  field: string,
  result: { ok: true; value: T } | { ok: false; problem: string },
): T {
  if (!result.ok) throw badInput(field, result.problem);
  return result.value;
}

/** Runs a save in its own savepoint and turns a second row for the category into CONFLICT. */
async function oneCategory<T>(category: DataCategory, save: () => Promise<T>): Promise<T> {
  try {
    return await save();
  } catch (err) {
    if (uniqueViolation(err) === 'uq_scope_data_category')
      throw conflict(
        'input.category',
        `${category.toLowerCase().replace(/_/g, ' ')} is already in this engagement’s scope; change that entry instead`,
      );
    throw err;
  }
}
