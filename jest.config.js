/** Every unit-test project (`*.spec.ts` beside the code). Integration tests: apps/api/jest.integration.config.js. */
const { existsSync, readdirSync } = require('node:fs');
const { join } = require('node:path');

const roots = ['apps', ...readdirSync(join(__dirname, 'libs')).map((scope) => join('libs', scope))];
module.exports = {
  projects: roots
    .flatMap((dir) =>
      readdirSync(join(__dirname, dir)).map((name) => join(dir, name, 'jest.config.js')),
    )
    .filter((config) => existsSync(join(__dirname, config)))
    .concat('tools/jest.config.js')
    .map((config) => `<rootDir>/${config}`),
};
