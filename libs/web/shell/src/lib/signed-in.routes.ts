import { Routes } from '@angular/router';
import { allowRoles, provideVigilApollo, signedIn } from '@vigil/web/data-access';
import { CLIENT_ROLES, PROVIDER_ROLES } from '@vigil/shared/domain';
import { homeRedirect } from './home-redirect';
import { LayoutComponent } from './layout.component';
import { NotFoundPage } from './not-found.page';

/** Everything behind sign-in, in the shell's frame. Apollo is provided here, not at start-up. */
export const signedInRoutes: Routes = [
  {
    path: '',
    component: LayoutComponent,
    canActivate: [signedIn],
    providers: [...provideVigilApollo()],
    children: [
      { path: '', pathMatch: 'full', canActivate: [homeRedirect], children: [] },
      {
        path: 'profile',
        title: 'My profile · Vigil',
        loadComponent: () => import('@vigil/web/account').then((m) => m.ProfilePage),
      },
      {
        path: 'provider',
        canMatch: [allowRoles(...PROVIDER_ROLES)],
        loadChildren: () => import('@vigil/web/provider-console').then((m) => m.providerRoutes),
      },
      {
        path: 'portal',
        canMatch: [allowRoles(...CLIENT_ROLES)],
        loadChildren: () => import('@vigil/web/client-portal').then((m) => m.portalRoutes),
      },
      { path: '**', title: 'Not found · Vigil', component: NotFoundPage },
    ],
  },
];
