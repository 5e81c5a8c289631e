/**
 * `npm run bench:web`: builds the production web bundle and prints the initial bundle size (raw
 * and gzipped), then runs Lighthouse in Debian's Chromium against the signed-in provider console
 * home page (the built app served by the real api over a database of its own) and prints the
 * performance and accessibility scores. Targets: initial transfer < 120 kB gzipped, performance
 * >= 95, accessibility 100. Exits 0 when it ran, met or missed; 1 when it could not run.
 *
 * Knobs: CHROME_PATH (/usr/bin/chromium), BENCH_WEB_PORT (3391), LIGHTHOUSE_PRESET (desktop|mobile).
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const ROOT = join(__dirname, '..', '..');
const BROWSER_DIR = join(ROOT, 'dist/apps/web/browser');
const CHROME = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
const PORT = Number(process.env['BENCH_WEB_PORT'] ?? 3391);
const DEBUG_PORT = PORT + 1000;
const PRESET = process.env['LIGHTHOUSE_PRESET'] === 'mobile' ? 'mobile' : 'desktop';
const TARGET_GZIP_KB = 120;
const TARGET_PERFORMANCE = 95;
const TARGET_ACCESSIBILITY = 100;

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  execFileSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
}

/** The files a first visit loads before any lazy route: scripts, module preloads, stylesheets. */
export function initialFiles(indexHtml: string): string[] {
  const files = new Set<string>();
  for (const m of indexHtml.matchAll(/<script[^>]+src="([^"]+)"/g)) if (m[1]) files.add(m[1]);
  for (const m of indexHtml.matchAll(
    /<link[^>]+rel="(?:modulepreload|stylesheet)"[^>]+href="([^"]+)"/g,
  ))
    if (m[1]) files.add(m[1]);
  for (const m of indexHtml.matchAll(
    /<link[^>]+href="([^"]+)"[^>]+rel="(?:modulepreload|stylesheet)"/g,
  ))
    if (m[1]) files.add(m[1]);
  return [...files].filter((f) => !/^https?:/.test(f));
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function waitFor(url: string, child: ChildProcess, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not come up at ${url}`);
}

/** Keeps `import()` native under the CommonJS transform: Lighthouse is an ES module. */
const importEsm = new Function('specifier', 'return import(specifier)') as (
  s: string,
) => Promise<unknown>;

async function main(): Promise<void> {
  process.stdout.write('Building the production web bundle and the api...\n');
  run(
    'npx',
    [
      'nx',
      'run-many',
      '-t',
      'build',
      '--projects=web,api',
      '--skip-nx-cache',
      '--outputStyle=static',
    ],
    {
      NX_DAEMON: 'false',
    },
  );

  const index = readFileSync(join(BROWSER_DIR, 'index.html'), 'utf8');
  let raw = 0;
  let gzipped = 0;
  process.stdout.write('\nInitial files (what a first visit downloads before any lazy route):\n');
  for (const file of [...initialFiles(index), 'index.html']) {
    const path = join(BROWSER_DIR, file);
    const size = statSync(path).size;
    const gz = gzipSync(readFileSync(path), { level: 9 }).length;
    raw += size;
    gzipped += gz;
    process.stdout.write(
      `  ${file.padEnd(32)} ${kb(size).padStart(10)} raw ${kb(gz).padStart(10)} gzip\n`,
    );
  }
  process.stdout.write(
    `Initial bundle: ${kb(raw)} raw, ${kb(gzipped)} gzipped (target < ${TARGET_GZIP_KB} kB gzipped): ${gzipped / 1024 < TARGET_GZIP_KB ? 'MET' : 'MISSED'}\n`,
  );

  const database = `vigil_benchweb_${randomBytes(4).toString('hex')}`;
  const cli = ['-r', '@swc-node/register', 'apps/api/test/support/db-cli.ts'];
  const swc = { SWC_NODE_PROJECT: join(ROOT, 'tsconfig.tools.json') };
  run(process.execPath, [...cli, 'create', database, '--seed'], swc);
  const profile = mkdtempSync(join(tmpdir(), 'vigil-lighthouse-'));
  let api: ChildProcess | undefined;
  let chrome: ChildProcess | undefined;
  try {
    const base = `http://127.0.0.1:${PORT}`;
    api = spawn(process.execPath, ['dist/apps/api/main.js'], {
      cwd: ROOT,
      stdio: 'ignore',
      env: {
        ...process.env,
        NODE_ENV: 'production',
        JWT_SECRET: randomBytes(24).toString('hex'),
        PORT: String(PORT),
        LOG_LEVEL: 'warn',
        DATABASE_URL: withDatabase(
          process.env['DATABASE_URL'] || 'postgres://vigil_app:vigil_app@127.0.0.1:5432/vigil',
          database,
        ),
        DATABASE_OWNER_URL: withDatabase(
          process.env['DATABASE_OWNER_URL'] ||
            'postgres://vigil_owner:vigil_owner@127.0.0.1:5432/vigil',
          database,
        ),
        QUEUE_PREFIX: database.replace(/_/g, '-'),
        WEB_DIST_DIR: BROWSER_DIR,
      },
    });
    await waitFor(`${base}/health/ready`, api, 'the api');

    chrome = spawn(
      CHROME,
      [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        `--remote-debugging-port=${DEBUG_PORT}`,
        `--user-data-dir=${profile}`,
        'about:blank',
      ],
      { stdio: 'ignore' },
    );
    await waitFor(`http://127.0.0.1:${DEBUG_PORT}/json/version`, chrome, 'Chromium');

    // Sign in once in this browser: the HttpOnly refresh cookie then restores the session on load.
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${DEBUG_PORT}`);
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = await context.newPage();
    await page.goto(`${base}/sign-in`);
    await page.getByLabel('Email').fill('admin@northwatch.test');
    await page.getByLabel('Password').fill('Vigil-demo-2026!');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/provider\/clients/);
    await page.close();

    const target = `${base}/provider/clients`;
    process.stdout.write(
      `\nLighthouse 12 (${PRESET}) on ${target}, signed in as the provider admin...\n`,
    );
    const { default: lighthouse } = (await importEsm('lighthouse')) as {
      default: (
        url: string,
        flags: object,
        config?: object,
      ) => Promise<
        | {
            lhr: {
              categories: Record<string, { score: number | null }>;
              audits: Record<string, { displayValue?: string }>;
            };
          }
        | undefined
      >;
    };
    const config =
      PRESET === 'desktop'
        ? ((await importEsm('lighthouse/core/config/desktop-config.js')) as { default: object })
            .default
        : undefined;
    const result = await lighthouse(
      target,
      {
        port: DEBUG_PORT,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        disableStorageReset: true,
      },
      config,
    );
    await browser.close();
    if (!result) throw new Error('Lighthouse returned no result');
    const performance = Math.round((result.lhr.categories['performance']?.score ?? 0) * 100);
    const accessibility = Math.round((result.lhr.categories['accessibility']?.score ?? 0) * 100);
    for (const audit of [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
      'speed-index',
    ]) {
      process.stdout.write(
        `  ${audit.padEnd(26)} ${result.lhr.audits[audit]?.displayValue ?? '?'}\n`,
      );
    }
    process.stdout.write(
      `Lighthouse performance: ${performance} (target >= ${TARGET_PERFORMANCE}): ${performance >= TARGET_PERFORMANCE ? 'MET' : 'MISSED'}\n`,
    );
    process.stdout.write(
      `Lighthouse accessibility: ${accessibility} (target ${TARGET_ACCESSIBILITY}): ${accessibility >= TARGET_ACCESSIBILITY ? 'MET' : 'MISSED'}\n`,
    );
  } finally {
    chrome?.kill('SIGKILL');
    api?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    run(process.execPath, [...cli, 'drop', database], swc);
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(
    `bench:web failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
  );
  process.exit(1);
});
