import { SetMetadata } from '@nestjs/common';
import { Role } from '@vigil/shared/domain';

export const ACCESS_RULE = 'vigil:access';

/** Every operation declares who may call it; one without a rule is refused by the guard. */
export type AccessRule = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] };

/** Anyone, signed in or not (sign-in itself, accepting an invitation, health). */
export const Public = (): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/** Signed-in people holding one of these roles. */
export const Allow = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_RULE, { kind: 'roles', roles } satisfies AccessRule);

/** Any signed-in person. */
export const SignedIn = (): MethodDecorator & ClassDecorator => Allow(...Object.values(Role));
