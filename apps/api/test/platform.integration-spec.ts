import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ACCESS_RULE } from '@vigil/api/core';
import { printSchema } from 'graphql';
import { codes, startApi, TestApi } from './support/harness';

const ROOT = join(__dirname, '..', '..', '..');

describe('GraphQL schema and access rules', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('the committed schema file matches the code (run `npm run schema:write` after changing the API)', () => {
    const committed = readFileSync(join(ROOT, 'apps/api/schema.gql'), 'utf8');
    const live = printSchema(api.app.get(GraphQLSchemaHost).schema);
    const body = (s: string): string =>
      s
        .split('\n')
        .filter((line) => !line.startsWith('#'))
        .join('\n')
        .trim();
    expect(body(committed)).toBe(body(live));
  });

  it('every query, mutation and field resolver declares who may call it', () => {
    const discovery = api.app.get(DiscoveryService);
    const scanner = api.app.get(MetadataScanner);
    const reflector = api.app.get(Reflector);
    const unguarded: string[] = [];
    let resolvers = 0;
    for (const wrapper of discovery.getProviders()) {
      const instance = wrapper.instance as object | undefined;
      if (
        !instance ||
        !wrapper.metatype ||
        !Reflect.getMetadata('graphql:resolver_type', wrapper.metatype)
      )
        continue;
      const proto = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const name of scanner.getAllMethodNames(proto)) {
        const method = proto[name] as () => unknown;
        const isOperation =
          Reflect.getMetadata('graphql:resolver_type', method) ||
          Reflect.getMetadata('graphql:resolver_name', method);
        if (!isOperation) continue;
        resolvers += 1;
        const rule = reflector.getAllAndOverride(ACCESS_RULE, [method, wrapper.metatype]);
        if (!rule) unguarded.push(`${wrapper.metatype.name}.${name}`);
      }
    }
    expect(resolvers).toBeGreaterThanOrEqual(20);
    expect(unguarded).toEqual([]);
  });
});

describe('errors and hardening', () => {
  let api: TestApi;
  let token: string;
  beforeAll(async () => {
    api = await startApi();
    token = (await api.login('admin@northwatch.test')).accessToken;
  });
  afterAll(() => api.close());

  const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { link } }`;

  it.each([
    [
      'a malformed email',
      { email: 'not-an-email', role: 'CLIENT_VIEWER' },
      'input.email',
      /must be an email address/,
    ],
    [
      'an unknown role',
      { email: 'ok@acme.test', role: 'OVERLORD' },
      'input.role',
      /OVERLORD.*does not exist in "Role" enum/,
    ],
  ])(
    'inviting with %s is BAD_USER_INPUT naming the field',
    async (_what, fields, field, message) => {
      const acme = await api.ok<{ organizations: { edges: { node: { id: string } }[] } }>(
        `{ organizations(filter: { search: "acme" }) { edges { node { id } } } }`,
        {},
        token,
      );
      const result = await api.gql(
        INVITE,
        { input: { organizationId: acme.organizations.edges[0]?.node.id, ...fields } },
        token,
      );
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.message).toMatch(message);
      expect(result.errors?.[0]?.message).toContain(field);
    },
  );

  it('a short password is BAD_USER_INPUT naming input.password', async () => {
    const result = await api.gql(
      `mutation { acceptInvitation(input: { token: "${'t'.repeat(43)}", name: "A", password: "short" }) { accessToken } }`,
    );
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions.field).toBe('input.password');
    expect(result.errors?.[0]?.message).toMatch(/12 to 200 characters/);
  });

  it('an oversized page is BAD_USER_INPUT naming `first`', async () => {
    const result = await api.gql('{ organizations(first: 500) { totalCount } }', {}, token);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions.field).toBe('first');
    expect(result.errors?.[0]?.message).toMatch(/between 1 and 100/);
  });

  it('a malformed id is BAD_USER_INPUT, not a server error', async () => {
    const result = await api.gql('{ organization(id: "42") { id } }', {}, token);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
  });

  it('bad organisation fields are refused and nothing is written', async () => {
    const bad = await api.gql(
      `mutation { createClientOrganization(input: { name: "Nowhere Ltd", timeZone: "Mars/Olympus", country: "DE", sector: "Space" }) { id } }`,
      {},
      token,
    );
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0]?.extensions.field).toBe('input.timeZone');
    const found = await api.ok<{ organizations: { totalCount: number } }>(
      `{ organizations(filter: { search: "Nowhere" }) { totalCount } }`,
      {},
      token,
    );
    expect(found.organizations.totalCount).toBe(0);
  });

  it('a taken slug is a CONFLICT naming input.slug, and the first organisation stays as it was', async () => {
    const create = `mutation($input: CreateClientOrganizationInput!) { createClientOrganization(input: $input) { id slug } }`;
    const input = {
      name: 'Orion Logistics',
      timeZone: 'Australia/Sydney',
      country: 'AU',
      sector: 'Logistics',
    };
    await api.ok(create, { input }, token);
    const again = await api.gql(create, { input }, token);
    expect(codes(again)).toEqual(['CONFLICT']);
    expect(again.errors?.[0]?.extensions.field).toBe('input.slug');
  });

  it('errors never carry a stack trace, and carry the request id also sent in the X-Request-Id header', async () => {
    const result = await api.gql(
      '{ organization(id: "00000000-0000-4000-8000-000000000000") { id } }',
      {},
      token,
      {
        'x-request-id': 'test-request-123',
      },
    );
    expect(codes(result)).toEqual(['NOT_FOUND']);
    expect(result.headers.get('x-request-id')).toBe('test-request-123');
    expect(result.errors?.[0]?.extensions.requestId).toBe('test-request-123');
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|\.ts:\d+/);
  });

  it('refuses queries that are too deep or use too many aliases', async () => {
    let nested = 'id';
    for (let i = 0; i < 12; i += 1) nested = `__typename f${i}: me { ${nested} }`;
    const tooDeep = await api.gql(`{ ${nested} }`, {}, token);
    expect(codes(tooDeep)).toContain('QUERY_TOO_COMPLEX');
    expect(tooDeep.errors?.map((e) => e.message)).toContainEqual(
      expect.stringMatching(/depth 13 exceeds the limit of 10/),
    );
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: me { id }`).join(' ');
    const tooMany = await api.gql(`{ ${aliases} }`, {}, token);
    expect(codes(tooMany)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(tooMany.errors?.[0]?.message).toMatch(/20 aliases exceed the limit of 15/);
  });

  it('refuses batched HTTP requests', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('answers health checks: live, and ready with PostgreSQL and Redis checked', async () => {
    const live = await fetch(`${api.url}/health/live`);
    expect(live.status).toBe(200);
    expect(live.headers.get('x-request-id')).toBeTruthy();
    const ready = await fetch(`${api.url}/health/ready`);
    expect(await ready.json()).toEqual({
      status: 'ok',
      checks: [
        { name: 'postgres', ok: true },
        { name: 'redis', ok: true },
      ],
    });
  });
});

describe('production mode', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({
      NODE_ENV: 'production',
      JWT_SECRET: 'a-production-secret-of-at-least-32-chars',
    });
  });
  afterAll(() => api.close());

  it('has no introspection, no field suggestions and no landing page', async () => {
    const introspection = await api.gql('{ __schema { types { name } } }');
    expect(codes(introspection)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const typo = await api.gql('{ organizatons { totalCount } }');
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const landing = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await landing.text()).not.toMatch(/sandbox|playground|graphiql/i);
  });
});
