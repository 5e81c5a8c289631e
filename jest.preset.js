// @ts-check
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

/** SWC compiles TypeScript for Jest, with decorator metadata as Nest and TypeORM need. */
const swcTransform = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: {
          legacyDecorator: true,
          decoratorMetadata: true,
          useDefineForClassFields: false,
        },
        target: 'es2022',
        keepClassNames: true,
      },
      module: { type: 'commonjs' },
    },
  ],
};

/** Maps the `@vigil/*` paths of tsconfig.base.json for Jest. */
function moduleNameMapper() {
  const tsconfig = JSON.parse(readFileSync(join(__dirname, 'tsconfig.base.json'), 'utf8'));
  /** @type {Record<string, string>} */
  const mapper = {};
  for (const [alias, [target]] of Object.entries(tsconfig.compilerOptions.paths)) {
    mapper[`^${alias.replace(/[/.]/g, (c) => `\\${c}`)}$`] = join(__dirname, target);
  }
  return mapper;
}

/**
 * Unit tests: `*.spec.ts` beside the code, plain fakes, no services.
 * @param {string} displayName
 * @param {string} rootDir
 */
function unitJestConfig(displayName, rootDir) {
  return {
    displayName,
    rootDir,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/src/**/*.spec.ts'],
    transform: swcTransform,
    moduleNameMapper: moduleNameMapper(),
  };
}

module.exports = { swcTransform, moduleNameMapper, unitJestConfig };
