import { Injectable, inject, signal } from '@angular/core';
import { CanActivateFn, CanMatchFn, NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs';
import { Role } from '@vigil/shared/domain';
import { AuthService } from './auth.service';

/** One message carried across a redirect: shown on the page it leads to, gone after the next navigation. */
@Injectable({ providedIn: 'root' })
export class NoticeService {
  private readonly message = signal<string | null>(null);
  private keepForNextPage = false;
  readonly current = this.message.asReadonly();

  constructor() {
    inject(Router)
      .events.pipe(filter((e) => e instanceof NavigationEnd))
      .subscribe(() => {
        if (this.keepForNextPage) this.keepForNextPage = false;
        else this.message.set(null);
      });
  }

  show(message: string): void {
    this.message.set(message);
    this.keepForNextPage = true;
  }

  dismiss(): void {
    this.message.set(null);
  }
}

/** Signed-in people only; others go to sign-in and come back afterwards. */
export const signedIn: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  if (await auth.restore()) return true;
  return router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
};

/**
 * Only these roles; anyone else is sent to their home page with a message saying why. Use it as
 * `canMatch`, so the code of a console someone may not use is not even downloaded.
 */
export function allowRoles(...roles: Role[]): CanMatchFn & CanActivateFn {
  return async () => {
    // Everything injected before the first await: after it there is no injection context.
    const auth = inject(AuthService);
    const router = inject(Router);
    const notice = inject(NoticeService);
    const url = router.getCurrentNavigation()?.extractedUrl.toString() ?? router.url;
    await auth.restore();
    const role = auth.user()?.role as Role | undefined;
    if (role && roles.includes(role)) return true;
    if (!role) return router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: url } });
    notice.show(`You do not have access to ${url}. You were brought to your home page instead.`);
    return router.createUrlTree(['/']);
  };
}

/** The sign-in page is for people who are not signed in yet. */
export const signedOut: CanActivateFn = async () => {
  const auth = inject(AuthService);
  const router = inject(Router);
  return (await auth.restore()) ? router.createUrlTree(['/']) : true;
};
