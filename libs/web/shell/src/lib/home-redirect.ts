import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthService } from '@vigil/web/data-access';
import { Role } from '@vigil/shared/domain';
import { homeFor } from './navigation';

/** `/` sends each person to the home page of their console. */
export const homeRedirect: CanActivateFn = () => {
  const role = inject(AuthService).user()?.role as Role | undefined;
  return inject(Router).createUrlTree([homeFor(role)]);
};
