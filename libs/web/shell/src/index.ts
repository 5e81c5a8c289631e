export * from './lib/layout.component';
export * from './lib/sign-in.page';
export * from './lib/home-redirect';
export * from './lib/not-found.page';
export * from './lib/navigation';
export * from './lib/theme.service';
export * from './lib/signed-in.routes';
