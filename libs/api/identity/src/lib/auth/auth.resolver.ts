import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CLS_CLIENT_ADDRESS, Public, SignedIn } from '@vigil/api/core';
import { TenantDb } from '@vigil/api/database';
import { ClsService } from 'nestjs-cls';
import { AuthPayload } from '../dto/user.types';
import { LoginInput, RefreshInput } from '../dto/auth.inputs';
import { AuthService } from './auth.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly db: TenantDb,
    private readonly cls: ClsService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Sign in with email and password.' })
  login(@Args('input') input: LoginInput): Promise<AuthPayload> {
    return this.auth.login(
      input.email,
      input.password,
      this.cls.get<string>(CLS_CLIENT_ADDRESS) ?? 'unknown',
    );
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Trade a refresh token for a new pair. Each refresh token works once.',
  })
  refreshToken(@Args('input') input: RefreshInput): Promise<AuthPayload> {
    return this.auth.refresh(input.refreshToken);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Sign out this session.' })
  async logout(): Promise<boolean> {
    await this.auth.logout(this.db.actor());
    return true;
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Sign out every session of the signed-in person.' })
  async logoutEverywhere(): Promise<boolean> {
    await this.auth.logoutEverywhere(this.db.actor());
    return true;
  }
}
