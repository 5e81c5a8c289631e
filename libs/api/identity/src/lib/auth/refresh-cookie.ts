import type { Request, Response } from 'express';
import { AuthPayload } from '../dto/user.types';

/** The browser keeps its refresh token here: HttpOnly, so page scripts never see it. */
export const REFRESH_COOKIE = 'vigil_refresh';
const PATH = '/graphql';

export interface HttpContext {
  req?: Request;
  res?: Response;
}

function secure(req: Request | undefined): boolean {
  return req?.secure === true || process.env['NODE_ENV'] === 'production';
}

/** Sets the refresh cookie from a fresh session and passes the payload through. */
export function withRefreshCookie(ctx: HttpContext, payload: AuthPayload): AuthPayload {
  ctx.res?.cookie(REFRESH_COOKIE, payload.refreshToken, {
    httpOnly: true,
    sameSite: 'strict',
    secure: secure(ctx.req),
    path: PATH,
    expires: payload.refreshTokenExpiresAt,
  });
  return payload;
}

export function clearRefreshCookie(ctx: HttpContext): void {
  ctx.res?.clearCookie(REFRESH_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    secure: secure(ctx.req),
    path: PATH,
  });
}

/** The refresh token from the cookie header, if the browser sent one. */
export function refreshTokenFromCookie(req: Request | undefined): string | null {
  const header = req?.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === REFRESH_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return null;
}
