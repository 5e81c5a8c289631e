import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

interface LintMessage {
  ruleId: string | null;
  severity: number;
  message: string;
}

/**
 * Lints `code` as a new file in the given folder of the workspace, with the workspace's own
 * config (type-aware rules need a real file inside a TypeScript project), then removes it.
 */
function lintAs(folder: string, code: string): string[] {
  const file = join(ROOT, folder, `lint-probe-${process.pid}-${Date.now()}.ts`);
  writeFileSync(file, code);
  try {
    const result = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/eslint/bin/eslint.js'),
        file,
        '--format',
        'json',
        '--no-warn-ignored',
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 60000 },
    );
    const [report] = JSON.parse(result.stdout) as { messages: LintMessage[] }[];
    return (report?.messages ?? [])
      .filter((m) => m.severity === 2)
      .map((m) => `${m.ruleId ?? ''}: ${m.message}`);
  } finally {
    rmSync(file, { force: true });
  }
}

describe('module boundaries', () => {
  it('shared code may not import a server library', () => {
    const errors = lintAs(
      'libs/shared/domain/src/lib',
      `import { loadConfig } from '@vigil/api/core';\nexport const config = loadConfig;\n`,
    );
    expect(errors).toContainEqual(expect.stringMatching(/^@nx\/enforce-module-boundaries: /));
  });

  it('shared code may not import NestJS', () => {
    const errors = lintAs(
      'libs/shared/domain/src/lib',
      `import { Injectable } from '@nestjs/common';\nexport const i = Injectable;\n`,
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/^@nx\/enforce-module-boundaries: .*@nestjs\/common/),
    );
  });

  it('a data-access library may not import a feature library', () => {
    const errors = lintAs(
      'libs/api/queue/src/lib',
      `import { IdentityModule } from '@vigil/api/identity';\nexport const m = IdentityModule;\n`,
    );
    expect(errors).toContainEqual(expect.stringMatching(/^@nx\/enforce-module-boundaries: /));
  });

  it('a floating promise is an error', () => {
    const errors = lintAs(
      'libs/api/core/src/lib',
      `export async function f(): Promise<void> {}\nexport function g(): void {\n  f();\n}\n`,
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/^@typescript-eslint\/no-floating-promises: /),
    );
  });
});
