import { randomBytes } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { DEMO_PASSWORD } from '@vigil/api/fixtures';
import { createWorker } from '@vigil/api/jobs';
import { createApi } from '@vigil/api/server';
import { createClient, Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface GqlResult<T = Record<string, unknown>> {
  data: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions: { code: string; field?: string; requestId?: string } & Record<string, unknown>;
  }[];
  status: number;
  headers: Headers;
}

export interface Session {
  accessToken: string;
  refreshToken: string;
  user: { id: string; role: string; organizationId: string };
}

export class TestApi {
  private readonly sockets: WsClient[] = [];

  constructor(
    readonly app: INestApplication,
    readonly url: string,
  ) {}

  /** A graphql-ws client signed in with `token` (or anonymous); closed with the api. */
  connect(token: string | null): WsClient {
    const client = createClient({
      url: `${this.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
    });
    this.sockets.push(client);
    return client;
  }

  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
    headers: Record<string, string> = {},
  ): Promise<GqlResult<T>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T | null; errors?: GqlResult<T>['errors'] };
    return {
      data: body.data ?? null,
      errors: body.errors,
      status: response.status,
      headers: response.headers,
    };
  }

  /** Runs an operation that must succeed and returns its data. */
  async ok<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<T> {
    const result = await this.gql<T>(query, variables, token);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL operation failed: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  async login(email: string, password = DEMO_PASSWORD): Promise<Session> {
    const data = await this.ok<{ login: Session }>(LOGIN, { input: { email, password } });
    return data.login;
  }

  async close(): Promise<void> {
    for (const s of this.sockets.splice(0)) await s.dispose();
    await this.app.close();
  }
}

export const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) { accessToken refreshToken user { id role organizationId } }
}`;

/**
 * Boots the real api on a free loopback port. `env` overrides configuration for this app only;
 * each app gets its own Redis key prefix so rate-limit counters do not leak between files.
 */
export async function startApi(env: Record<string, string> = {}): Promise<TestApi> {
  const saved = { ...process.env };
  Object.assign(
    process.env,
    { QUEUE_PREFIX: `${saved['QUEUE_PREFIX'] ?? 'vigil-test'}-${randomBytes(3).toString('hex')}` },
    env,
  );
  try {
    const app = await createApi({ logger: false });
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    return new TestApi(app, `http://127.0.0.1:${port}`);
  } finally {
    process.env = saved;
  }
}

/** Boots the real worker in this process, sharing the api's queue prefix when given. */
export async function startWorker(
  env: Record<string, string> = {},
): Promise<INestApplicationContext> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const worker = await createWorker({ logger: false });
    await worker.init();
    return worker;
  } finally {
    process.env = saved;
  }
}

/** Polls until `check` returns a value, or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | null | undefined | false>,
  timeoutMs = 15000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export function codes(result: GqlResult): string[] {
  return (result.errors ?? []).map((e) => e.extensions.code);
}

/**
 * Ticks and unticks a gate item of the engagement (as `token`'s user, staff) until `live()` says
 * the subscriptions under test have seen it: graphql-ws does not tell when a subscription is in
 * place on the server. The gate item is left as it was or ticked.
 */
export async function untilSubscribed(
  api: TestApi,
  token: string,
  engagementId: string,
  live: () => boolean,
): Promise<void> {
  let checked = false;
  await eventually(
    async () => {
      checked = !checked;
      await api.ok(
        `mutation($id: ID!, $c: Boolean!) { setGateItem(input: { engagementId: $id, item: "intake.authorised", checked: $c }) { id } }`,
        { id: engagementId, c: checked },
        token,
      );
      await new Promise((r) => setTimeout(r, 200));
      return live();
    },
    10_000,
    'the subscriptions to be live',
  );
}
