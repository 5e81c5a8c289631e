import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { JwtService } from '@nestjs/jwt';
import {
  ACCESS_RULE,
  AccessRule,
  Actor,
  CLS_ACTOR,
  forbidden,
  unauthenticated,
} from '@vigil/api/core';
import { Role } from '@vigil/shared/domain';
import type { Request } from 'express';
import { ClsService } from 'nestjs-cls';
import { AccessTokenClaims } from '../auth/tokens';

/**
 * The one gate every GraphQL operation and HTTP route passes. An operation without an access rule
 * is refused: forgetting a rule fails closed. The actor found here lives in the request's CLS.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly cls: ClsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw forbidden('This operation has no access rule and is closed.');
    if (rule.kind === 'public') return true;

    const request = this.requestOf(context);
    const header = request?.headers.authorization ?? '';
    const match = /^Bearer (.+)$/i.exec(header);
    if (!match?.[1]) throw unauthenticated('Sign in first: no access token was sent.');
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(match[1]);
    } catch {
      throw unauthenticated(
        'Your session has expired or the access token is invalid. Sign in again.',
      );
    }
    const role = claims.role as Role;
    if (!rule.roles.includes(role)) throw forbidden();
    // The claims are checked against the database by the request's first transaction
    // (TenantDb), in the same statement that sets what it may see: no extra round trip.
    const actor: Actor = {
      kind: 'user',
      userId: claims.sub,
      organizationId: claims.org,
      role,
      organizationIds: [],
      allOrganizations: false,
      sessionId: claims.sid,
      pending: true,
    };
    if (this.cls.isActive()) this.cls.set(CLS_ACTOR, actor);
    if (context.getType<string>() === 'graphql') {
      GqlExecutionContext.create(context).getContext<{ actor?: Actor }>().actor = actor;
    }
    return true;
  }

  private requestOf(context: ExecutionContext): Request | undefined {
    if (context.getType<string>() === 'graphql') {
      return GqlExecutionContext.create(context).getContext<{ req?: Request }>().req;
    }
    return context.switchToHttp().getRequest<Request>();
  }
}
