import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CLS_CLIENT_ADDRESS, Public, SignedIn, unauthenticated } from '@vigil/api/core';
import { TenantDb } from '@vigil/api/database';
import { ClsService } from 'nestjs-cls';
import { AuthPayload } from '../dto/user.types';
import { LoginInput, RefreshInput } from '../dto/auth.inputs';
import { AuthService } from './auth.service';
import {
  clearRefreshCookie,
  HttpContext,
  refreshTokenFromCookie,
  withRefreshCookie,
} from './refresh-cookie';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly db: TenantDb,
    private readonly cls: ClsService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Sign in with email and password.' })
  async login(@Args('input') input: LoginInput, @Context() ctx: HttpContext): Promise<AuthPayload> {
    const address = this.cls.get<string>(CLS_CLIENT_ADDRESS) ?? 'unknown';
    return withRefreshCookie(ctx, await this.auth.login(input.email, input.password, address));
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Trade a refresh token for a new pair. Each refresh token works once. Browsers may omit the input: the HttpOnly cookie set at sign-in is used.',
  })
  async refreshToken(
    @Context() ctx: HttpContext,
    @Args('input', { nullable: true }) input?: RefreshInput,
  ): Promise<AuthPayload> {
    const token = input?.refreshToken ?? refreshTokenFromCookie(ctx.req);
    if (!token) throw unauthenticated('Sign in first: there is no session to refresh.');
    try {
      return withRefreshCookie(ctx, await this.auth.refresh(token));
    } catch (e) {
      clearRefreshCookie(ctx);
      throw e;
    }
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Sign out this session.' })
  async logout(@Context() ctx: HttpContext): Promise<boolean> {
    await this.auth.logout(this.db.actor());
    clearRefreshCookie(ctx);
    return true;
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Sign out every session of the signed-in person.' })
  async logoutEverywhere(@Context() ctx: HttpContext): Promise<boolean> {
    await this.auth.logoutEverywhere(this.db.actor());
    clearRefreshCookie(ctx);
    return true;
  }
}
