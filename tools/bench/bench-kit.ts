/**
 * What the benchmarks share: knobs from the environment, the machine's load, a loopback server's
 * life cycle, and signing in to the api as a demo user.
 */
import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';

export const ADMIN_EMAIL = 'admin@northwatch.test';
export const DEMO_PASSWORD = 'Vigil-demo-2026!';

/** An integer knob from the environment, `fallback` when unset; throws naming it when invalid. */
export function intFromEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(
      `${name} must be an integer between ${min} and ${max}, got ${JSON.stringify(raw)}`,
    );
  }
  return n;
}

export function machineLoad(): string {
  const [one, five] = loadavg();
  return `${availableParallelism()} CPUs, load average ${one?.toFixed(2) ?? '?'} (1 min), ${five?.toFixed(2) ?? '?'} (5 min)`;
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function listen(server: Server): Promise<Server> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

export function portOf(server: Server): number {
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server is not listening on TCP');
  return (address as AddressInfo).port;
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** One HTTP request the benchmarks send, to the api or to a plain baseline. */
export interface Target {
  label: string;
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
}

export async function fetchText(target: Target): Promise<{ status: number; text: string }> {
  const init: RequestInit = { method: target.method, headers: target.headers };
  if (target.body !== undefined) init.body = target.body;
  const res = await fetch(target.url, init);
  return { status: res.status, text: await res.text() };
}

/** Signs in a demo user and returns their access token. */
export async function login(graphqlUrl: string, email: string): Promise<string> {
  const res = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
      variables: { input: { email, password: DEMO_PASSWORD } },
    }),
  });
  const body = (await res.json()) as {
    data?: { login?: { accessToken?: string } | null } | null;
    errors?: { message: string }[];
  };
  const token = body.data?.login?.accessToken;
  if (!token) {
    throw new Error(
      `sign-in as ${email} failed (HTTP ${res.status}): ${body.errors?.map((e) => e.message).join('; ') ?? 'no token'}`,
    );
  }
  return token;
}
