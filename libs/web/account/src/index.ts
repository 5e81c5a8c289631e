export * from './lib/profile.page';
export * from './lib/accept-invitation.page';
