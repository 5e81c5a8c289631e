const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('node:path');

/** Webpack config for a Node app in apps/<name>: node_modules stay external, types are checked elsewhere. */
module.exports = function nodeApp(appDir) {
  const name = require('node:path').basename(appDir);
  return {
    output: { path: join(appDir, '../../dist/apps', name), clean: true },
    devtool: 'source-map',
    plugins: [
      new NxAppWebpackPlugin({
        target: 'node',
        compiler: 'tsc',
        main: join(appDir, 'src/main.ts'),
        tsConfig: join(appDir, 'tsconfig.app.json'),
        outputHashing: 'none',
        optimization: false,
        generatePackageJson: false,
        skipTypeChecking: true,
        sourceMap: true,
      }),
    ],
  };
};
