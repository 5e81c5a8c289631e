import { Injectable, inject, signal } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { Role } from '@vigil/shared/domain';
import { AuthService } from './auth.service';

/** One message carried across a redirect, shown once by the page that receives it. */
@Injectable({ providedIn: 'root' })
export class NoticeService {
  private readonly message = signal<string | null>(null);
  readonly current = this.message.asReadonly();

  show(message: string): void {
    this.message.set(message);
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

/** Only these roles; anyone else is sent to their home page with a message saying why. */
export function allowRoles(...roles: Role[]): CanActivateFn {
  return async (_route, state) => {
    const auth = inject(AuthService);
    const router = inject(Router);
    await auth.restore();
    const role = auth.user()?.role as Role | undefined;
    if (role && roles.includes(role)) return true;
    if (!role) return router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
    inject(NoticeService).show(
      `You do not have access to ${state.url}. You were brought to your home page instead.`,
    );
    return router.createUrlTree(['/']);
  };
}

/** The sign-in page is for people who are not signed in yet. */
export const signedOut: CanActivateFn = async () => {
  const auth = inject(AuthService);
  return (await auth.restore()) ? inject(Router).createUrlTree(['/']) : true;
};
