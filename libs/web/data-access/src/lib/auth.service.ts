import { Injectable, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import type { TypedDocumentNode } from '@apollo/client';
import { PROVIDER_ROLES, Role } from '@vigil/shared/domain';
import { postGraphql } from './post-graphql';
import {
  AcceptInvitationDocument,
  AcceptInvitationInput,
  LoginDocument,
  LogoutDocument,
  LogoutEverywhereDocument,
  MeFragment,
  RefreshDocument,
} from './generated/graphql';

export interface Session {
  accessToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  user: MeFragment;
}

interface TokenPayload {
  accessToken: string;
  accessTokenExpiresAt: string;
  user: MeFragment;
}

/** Refresh this long before the access token runs out. */
const REFRESH_MARGIN_MS = 30_000;

/**
 * The signed-in person. The access token lives only in memory; the refresh token is an HttpOnly
 * cookie the page cannot read, rotated by the API on every refresh.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly router = inject(Router);
  private readonly state = signal<Session | null>(null);
  private refreshing: Promise<Session | null> | null = null;
  private restoring: Promise<Session | null> | null = null;

  readonly session = this.state.asReadonly();
  readonly user = computed(() => this.state()?.user ?? null);
  readonly isProvider = computed(() => {
    const role = this.user()?.role;
    return role !== undefined && PROVIDER_ROLES.includes(role as Role);
  });

  /** On first navigation: a refresh cookie from an earlier visit signs the person back in. */
  restore(): Promise<Session | null> {
    this.restoring ??= this.state() ? Promise.resolve(this.state()) : this.refresh();
    return this.restoring;
  }

  async login(email: string, password: string): Promise<MeFragment> {
    const data = await this.post(LoginDocument, { input: { email, password } });
    return this.start(data.login).user;
  }

  async acceptInvitation(input: AcceptInvitationInput): Promise<MeFragment> {
    const data = await this.post(AcceptInvitationDocument, { input });
    return this.start(data.acceptInvitation).user;
  }

  /** A usable access token: refreshed first when it is about to run out. */
  async accessToken(): Promise<string | null> {
    const current = this.state();
    if (current && current.expiresAt - Date.now() > REFRESH_MARGIN_MS) return current.accessToken;
    if (!current) return null;
    return (await this.refresh())?.accessToken ?? null;
  }

  /** Trades the refresh cookie for a new pair; concurrent callers share one request. */
  refresh(): Promise<Session | null> {
    this.refreshing ??= this.post(RefreshDocument, {})
      .then((data) => this.start(data.refreshToken))
      .catch(() => {
        this.state.set(null);
        return null;
      })
      .finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  /** Updates the person shown (after a profile change). */
  updateUser(user: MeFragment): void {
    const current = this.state();
    if (current) this.state.set({ ...current, user });
  }

  /** The session ended under us: back to sign-in, then back here afterwards. */
  async sessionExpired(): Promise<void> {
    this.state.set(null);
    await this.router.navigate(['/sign-in'], {
      queryParams: { returnUrl: this.router.url, expired: 1 },
    });
  }

  async logout(everywhere = false): Promise<void> {
    const token = this.state()?.accessToken;
    try {
      if (everywhere) await this.post(LogoutEverywhereDocument, {}, token);
      else await this.post(LogoutDocument, {}, token);
    } catch {
      // Signing out locally still happens when the API cannot be reached.
    }
    this.state.set(null);
    this.restoring = null;
    await this.router.navigate(['/sign-in'], { queryParams: { signedOut: 1 } });
  }

  private start(payload: TokenPayload): Session {
    const session = {
      accessToken: payload.accessToken,
      expiresAt: Date.parse(payload.accessTokenExpiresAt),
      user: payload.user,
    };
    this.state.set(session);
    this.restoring = Promise.resolve(session);
    return session;
  }

  /** Auth operations go straight to the API, outside Apollo, so they never wait on themselves. */
  private post<T, V>(document: TypedDocumentNode<T, V>, variables: V, token?: string): Promise<T> {
    return postGraphql(document, variables, { token });
  }
}
