import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@vigil/api/audit';
import {
  Actor,
  CLS_ACTOR,
  systemActorFor,
  unauthenticated,
  VIGIL_CONFIG,
  VigilConfig,
} from '@vigil/api/core';
import { RefreshTokenEntity, TenantDb, UserEntity } from '@vigil/api/database';
import { normalizeEmail, OrganizationStatus } from '@vigil/shared/domain';
import { ClsService } from 'nestjs-cls';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { ActorService } from '../access/actor.service';
import { AuthPayload, UserType } from '../dto/user.types';
import { LoginRateLimiter } from './login-rate-limiter';
import { dummyHash, verifyPassword } from './passwords';
import { AccessTokenClaims, hashSecret, newSecret } from './tokens';

interface AuthUserRow {
  id: string;
  organization_id: string;
  role: string;
  password_hash: string;
  status: string;
  organization_status: OrganizationStatus;
}

interface RefreshRow {
  id: string;
  family_id: string;
  user_id: string;
  organization_id: string;
  expires_at: Date;
  used_at: Date | null;
  revoked_at: Date | null;
}

const WRONG_CREDENTIALS = 'Email or password is wrong.';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(VIGIL_CONFIG) private readonly config: VigilConfig,
    private readonly db: TenantDb,
    private readonly jwt: JwtService,
    private readonly actors: ActorService,
    private readonly limiter: LoginRateLimiter,
    private readonly audit: AuditService,
    private readonly cls: ClsService,
  ) {}

  async login(rawEmail: string, password: string, address: string): Promise<AuthPayload> {
    const email = normalizeEmail(rawEmail);
    await this.limiter.check(email, address);
    const rows = (await this.dataSource.query('SELECT * FROM vigil_auth_user_by_email($1)', [
      email,
    ])) as AuthUserRow[];
    const row = rows[0];
    const ok = await verifyPassword(row?.password_hash ?? (await dummyHash()), password);
    if (!row || !ok) {
      await this.limiter.recordFailure(email, address);
      throw unauthenticated(WRONG_CREDENTIALS);
    }
    if (row.status !== 'ACTIVE')
      throw unauthenticated('This account is deactivated. Ask your administrator.');
    if (row.organization_status !== OrganizationStatus.ACTIVE) {
      throw unauthenticated('Your organisation is no longer active in Vigil.');
    }
    await this.limiter.recordSuccess(email);
    const familyId = randomUUID();
    const actor = await this.actors.load(row.id, null);
    if (!actor) throw unauthenticated(WRONG_CREDENTIALS);
    return this.db.run(async (em) => {
      await em.update(UserEntity, { id: row.id }, { lastLoginAt: new Date() });
      await this.audit.record(em, actor, {
        organizationId: row.organization_id,
        action: 'auth.signed_in',
        targetType: 'User',
        targetId: row.id,
      });
      return this.issue(em, actor, familyId);
    }, actor);
  }

  /** Rotates a refresh token. A token presented twice signs out its whole session family. */
  async refresh(refreshToken: string): Promise<AuthPayload> {
    const rows = (await this.dataSource.query('SELECT * FROM vigil_refresh_token_by_hash($1)', [
      hashSecret(refreshToken),
    ])) as RefreshRow[];
    const row = rows[0];
    if (!row || row.revoked_at || row.expires_at.getTime() <= Date.now()) {
      throw unauthenticated('This session has ended. Sign in again.');
    }
    const scope = systemActorFor(row.organization_id);
    const claimed = await this.db.run(async (em) => {
      const result = (await em.query(
        `UPDATE refresh_tokens SET used_at = now() WHERE id = $1 AND used_at IS NULL AND revoked_at IS NULL RETURNING id`,
        [row.id],
      )) as [unknown[], number];
      return result[1] === 1;
    }, scope);
    if (!claimed) {
      await this.revokeFamily(
        row.family_id,
        row.organization_id,
        row.user_id,
        'auth.refresh_token_reused',
      );
      throw unauthenticated(
        'This refresh token was already used. For safety the session was signed out; sign in again.',
      );
    }
    const actor = await this.actors.load(row.user_id, row.family_id);
    if (!actor) throw unauthenticated('This session has ended. Sign in again.');
    return this.db.run(async (em) => {
      const payload = await this.issue(em, actor, row.family_id);
      await this.audit.record(em, actor, {
        organizationId: row.organization_id,
        action: 'auth.session_refreshed',
        targetType: 'Session',
        targetId: row.family_id,
      });
      return payload;
    }, actor);
  }

  /** Signs out the current session family. */
  async logout(actor: Actor): Promise<void> {
    if (!actor.sessionId || !actor.userId || !actor.organizationId) return;
    await this.revokeFamily(actor.sessionId, actor.organizationId, actor.userId, 'auth.signed_out');
  }

  /** Signs out every session of the actor (all devices). */
  async logoutEverywhere(actor: Actor): Promise<number> {
    return this.db.run(async (em) => {
      const result = await em.update(
        RefreshTokenEntity,
        { userId: actor.userId ?? '', revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      await this.audit.record(em, actor, {
        organizationId: actor.organizationId ?? '',
        action: 'auth.signed_out_everywhere',
        targetType: 'User',
        targetId: actor.userId,
      });
      return result.affected ?? 0;
    }, actor);
  }

  /** Starts a new session family for someone who just proved who they are. */
  async startSession(em: EntityManager, actor: Actor): Promise<AuthPayload> {
    return this.issue(em, actor, randomUUID());
  }

  private async revokeFamily(
    familyId: string,
    organizationId: string,
    userId: string,
    action: string,
  ): Promise<void> {
    const scope = systemActorFor(organizationId);
    await this.db.run(async (em) => {
      await em.update(
        RefreshTokenEntity,
        { familyId, revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      await this.audit.record(
        em,
        { ...scope, userId },
        {
          organizationId,
          action,
          targetType: 'Session',
          targetId: familyId,
        },
      );
    }, scope);
  }

  private async issue(em: EntityManager, actor: Actor, familyId: string): Promise<AuthPayload> {
    const user = await em.findOneByOrFail(UserEntity, { id: actor.userId ?? '' });
    // The rest of this request (e.g. fields of the returned user) acts as the person just signed in.
    if (this.cls.isActive()) this.cls.set(CLS_ACTOR, { ...actor, sessionId: familyId });
    const refreshToken = newSecret();
    const now = Date.now();
    const refreshTokenExpiresAt = new Date(now + this.config.refreshTokenTtlSeconds * 1000);
    await em.insert(RefreshTokenEntity, {
      familyId,
      userId: user.id,
      organizationId: user.organizationId,
      tokenHash: hashSecret(refreshToken),
      expiresAt: refreshTokenExpiresAt,
    });
    const claims: AccessTokenClaims = {
      sub: user.id,
      org: user.organizationId,
      role: user.role,
      sid: familyId,
    };
    const accessToken = await this.jwt.signAsync(claims, {
      expiresIn: this.config.accessTokenTtlSeconds,
    });
    return {
      accessToken,
      accessTokenExpiresAt: new Date(now + this.config.accessTokenTtlSeconds * 1000),
      refreshToken,
      refreshTokenExpiresAt,
      user: UserType.from(user),
    };
  }
}
