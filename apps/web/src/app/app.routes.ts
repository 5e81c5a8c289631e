import { Routes } from '@angular/router';

/** Only lazy routes here: the first load carries Angular and the router, nothing else. */
export const appRoutes: Routes = [
  {
    path: 'sign-in',
    title: 'Sign in · Vigil',
    loadComponent: () => import('@vigil/web/shell').then((m) => m.SignInPage),
  },
  {
    path: 'accept-invitation',
    title: 'Accept your invitation · Vigil',
    loadComponent: () => import('@vigil/web/account').then((m) => m.AcceptInvitationPage),
  },
  { path: '', loadChildren: () => import('@vigil/web/shell').then((m) => m.signedInRoutes) },
];
