export * from './lib/identity.module';
export * from './lib/dto/user.types';
export * from './lib/dto/invitation.types';
export * from './lib/dto/user.inputs';
export * from './lib/auth/passwords';
export * from './lib/invitations/invitations.service';
export * from './lib/access/actor.service';
export * from './lib/queue-dashboard/queue-dashboard.service';
