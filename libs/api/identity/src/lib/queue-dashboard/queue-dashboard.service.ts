import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Actor } from '@vigil/api/core';
import { Role } from '@vigil/shared/domain';
import type { NextFunction, Request, Response } from 'express';
import { ActorService } from '../access/actor.service';

/** Where Bull Board is served, and the cookie that lets an admin's browser in. */
export const QUEUE_DASHBOARD_PATH = '/admin/queues';
export const QUEUE_DASHBOARD_COOKIE = 'vigil_queues';
const TICKET_SECONDS = 60;
const SESSION_SECONDS = 30 * 60;

interface DashboardClaims {
  sub: string;
  sid: string;
  purpose: 'queue-ticket' | 'queue-session';
}

/**
 * Access to the queue dashboard (Bull Board) for provider admins only. A browser cannot send the
 * app's bearer token on a page load, so an admin asks for a one-minute ticket over GraphQL, opens
 * the link, and gets a 30-minute HttpOnly cookie scoped to the dashboard's path. Every request
 * checks again that the person is still an active provider admin with a live session.
 */
@Injectable()
export class QueueDashboardService {
  constructor(
    private readonly jwt: JwtService,
    private readonly actors: ActorService,
  ) {}

  async ticketFor(actor: Actor): Promise<{ url: string; expiresAt: Date }> {
    const current = actor.userId ? await this.actors.load(actor.userId, actor.sessionId) : null;
    if (current?.role !== Role.PROVIDER_ADMIN || !current.userId) throw new Error('not an admin');
    const ticket = await this.jwt.signAsync(
      {
        sub: current.userId,
        sid: actor.sessionId ?? '',
        purpose: 'queue-ticket',
      } satisfies DashboardClaims,
      { expiresIn: TICKET_SECONDS },
    );
    return {
      url: `${QUEUE_DASHBOARD_PATH}/login?ticket=${encodeURIComponent(ticket)}`,
      expiresAt: new Date(Date.now() + TICKET_SECONDS * 1000),
    };
  }

  /** Express middleware in front of Bull Board. */
  guard(): (req: Request, res: Response, next: NextFunction) => void {
    return (req, res, next) => {
      this.admit(req, res)
        .then((admitted) => (admitted ? next() : undefined))
        .catch(next);
    };
  }

  private async admit(req: Request, res: Response): Promise<boolean> {
    res.setHeader('cache-control', 'no-store');
    if (req.path === '/login') {
      const claims = await this.verify(String(req.query['ticket'] ?? ''), 'queue-ticket');
      if (!claims || !(await this.isAdmin(claims))) {
        res
          .status(403)
          .type('text/plain')
          .send(
            'This link has expired or is not yours. Open the queue dashboard from Vigil again.',
          );
        return false;
      }
      const session = await this.jwt.signAsync(
        { sub: claims.sub, sid: claims.sid, purpose: 'queue-session' } satisfies DashboardClaims,
        { expiresIn: SESSION_SECONDS },
      );
      res.cookie(QUEUE_DASHBOARD_COOKIE, session, {
        httpOnly: true,
        sameSite: 'strict',
        secure: req.secure || process.env['NODE_ENV'] === 'production',
        path: QUEUE_DASHBOARD_PATH,
        maxAge: SESSION_SECONDS * 1000,
      });
      res.redirect(303, `${QUEUE_DASHBOARD_PATH}/`);
      return false;
    }
    const claims = await this.verify(cookieOf(req), 'queue-session');
    if (!claims) {
      res
        .status(401)
        .type('text/plain')
        .send('Sign in to Vigil as a provider admin and open the queue dashboard from there.');
      return false;
    }
    if (!(await this.isAdmin(claims))) {
      res.status(403).type('text/plain').send('Only provider admins may see the queues.');
      return false;
    }
    return true;
  }

  private async verify(
    token: string,
    purpose: DashboardClaims['purpose'],
  ): Promise<DashboardClaims | null> {
    if (!token) return null;
    try {
      const claims = await this.jwt.verifyAsync<DashboardClaims>(token);
      return claims.purpose === purpose ? claims : null;
    } catch {
      return null;
    }
  }

  private async isAdmin(claims: DashboardClaims): Promise<boolean> {
    const actor = await this.actors.load(claims.sub, claims.sid || null);
    return actor?.role === Role.PROVIDER_ADMIN;
  }
}

function cookieOf(req: Request): string {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === QUEUE_DASHBOARD_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return '';
}
