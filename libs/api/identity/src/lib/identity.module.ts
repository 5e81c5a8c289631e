import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AuditModule } from '@vigil/api/audit';
import { VIGIL_CONFIG, VigilConfig } from '@vigil/api/core';
import { AccessGuard } from './access/access.guard';
import { ActorService } from './access/actor.service';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { LoginRateLimiter } from './auth/login-rate-limiter';
import { InvitationsResolver } from './invitations/invitations.resolver';
import { InvitationsService } from './invitations/invitations.service';
import { UsersResolver } from './users/users.resolver';
import { UsersService } from './users/users.service';
import { QueueDashboardResolver } from './queue-dashboard/queue-dashboard.resolver';
import { QueueDashboardService } from './queue-dashboard/queue-dashboard.service';

const jwt = JwtModule.registerAsync({
  inject: [VIGIL_CONFIG],
  useFactory: (config: VigilConfig) => ({
    // A KeyObject, not a string: jsonwebtoken would otherwise try to parse the string as a
    // public key on every verification, which costs more than the HMAC itself.
    secret: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')),
    signOptions: { algorithm: 'HS256', issuer: 'vigil' },
    verifyOptions: { algorithms: ['HS256'], issuer: 'vigil' },
  }),
});

/** Services the worker needs too (no resolvers, no guard). */
@Module({
  imports: [jwt, AuditModule],
  providers: [ActorService, AuthService, LoginRateLimiter, InvitationsService, UsersService],
  exports: [AuditModule, ActorService, AuthService, InvitationsService, UsersService],
})
export class IdentityCoreModule {}

/** Sign-in, sessions, people and invitations over GraphQL, and the guard on every operation. */
@Module({
  imports: [jwt, IdentityCoreModule],
  providers: [
    AuthResolver,
    UsersResolver,
    InvitationsResolver,
    QueueDashboardService,
    QueueDashboardResolver,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [IdentityCoreModule, QueueDashboardService],
})
export class IdentityModule {}
