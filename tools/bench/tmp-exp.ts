import 'reflect-metadata';
import { createSecretKey } from 'node:crypto';
import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { JwtService } from '@nestjs/jwt';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Actor, loadConfigOrExit } from '@vigil/api/core';
import { ActorService } from '@vigil/api/identity';
import { createApi } from '@vigil/api/server';
import { ORGANIZATIONS_QUERY } from './api-bench';

async function main(): Promise<void> {
  process.env['LOG_LEVEL'] ??= 'silent';
  const config = loadConfigOrExit();
  const app = (await createApi({ logger: false })) as NestExpressApplication;
  await app.listen(0, '127.0.0.1');
  const port = ((app.getHttpServer() as Server).address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/graphql`;
  const login = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'mutation { login(input: { email: "admin@northwatch.test", password: "Vigil-demo-2026!" }) { accessToken } }' }) });
  const token = ((await login.json()) as { data: { login: { accessToken: string } } }).data.login.accessToken;
  const run = async (label: string): Promise<void> => {
    const opts: autocannon.Options = { url, method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: ORGANIZATIONS_QUERY }), connections: 32, workers: 1, duration: 2 };
    await autocannon(opts);
    const r = await autocannon({ ...opts, duration: 8 });
    console.log(`${label.padEnd(40)} ${r.requests.average.toFixed(1)} req/s p50 ${r.latency.p50} p99 ${r.latency.p99} non2xx ${r.non2xx}`);
  };
  const jwt = app.get(JwtService, { strict: false }) as unknown as { options: { secret: unknown } };
  const origSecret = jwt.options.secret;
  const origLoad = ActorService.prototype.load;
  const cache = new Map<string, Actor | null>();
  const patch = (which: string[]): void => {
    jwt.options.secret = which.includes('jwt') ? createSecretKey(Buffer.from(config.jwtSecret)) : origSecret;
    ActorService.prototype.load = which.includes('actor')
      ? async function (this: ActorService, u: string, s: string | null) { const k = `${u}:${s}`; if (!cache.has(k)) cache.set(k, await origLoad.call(this, u, s)); return cache.get(k) ?? null; }
      : origLoad;
    app.set('etag', !which.includes('etag'));
  };
  const variants = (process.env['EXP'] ?? 'none;jwt;actor;etag;jwt,actor,etag').split(';');
  for (let round = 0; round < 2; round++) {
    for (const v of variants) { patch(v.split(',')); await run(v); }
  }
  await app.close();
}
void main();
