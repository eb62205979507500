// One build script for every bundle: the extension client, the language server, the CLI,
// the webview script, and the test suites. `--production` minifies; `--watch` rebuilds.
import * as esbuild from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Test files are bundled one-to-one so node:test and Mocha can find them by name. */
function testEntries(dir) {
  let entries = [];
  let names = [];
  try {
    names = readdirSync(dir);
  } catch {
    return entries;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) entries = entries.concat(testEntries(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) entries.push(path);
  }
  return entries;
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // Chinese text as UTF-8 (3 bytes a character), not \uXXXX escapes (6): the catalog's Chinese prose
  // rides in the client, the server and the CLI, and escaped it took the VSIX past 1.5 MB.
  charset: 'utf8',
  define: { SERVER_VERSION_DEFINE: JSON.stringify(version) },
};

/**
 * The catalog's prose in both languages is most of each bundle, and the client, the server and the
 * CLI all carry the catalog: one shared copy (catalog/dist/locales.js) keeps the VSIX small. Each
 * bundle requires it at run time, from two folders up (client/dist, server/dist), as an external.
 */
const SHARED_LOCALES = '../../catalog/dist/locales.js';
const sharedLocales = {
  name: 'shared-locales',
  setup(build) {
    // esbuild runs this filter as a Go regular expression, which takes no flags.
    build.onResolve({ filter: /^\.\/locales$/ }, (args) =>
      args.importer.endsWith(join('catalog', 'src', 'index.ts')) ? { path: SHARED_LOCALES, external: true } : undefined,
    );
  },
};

const shipped = { ...common, plugins: [sharedLocales] };

const builds = [
  { ...common, entryPoints: ['catalog/src/locales/index.ts'], outfile: 'catalog/dist/locales.js' },
  { ...shipped, entryPoints: ['client/src/extension.ts'], outfile: 'client/dist/extension.js', external: ['vscode'] },
  { ...shipped, entryPoints: ['server/src/server.ts'], outfile: 'server/dist/server.js' },
  {
    ...shipped,
    entryPoints: ['server/src/cli.ts'],
    outfile: 'server/dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  },
  // The CLI's commands, which `sip-lens` (above, a small launcher) loads in the worker that runs
  // `check` or on its main thread: the launcher's own thread then holds none of the CLI.
  { ...shipped, entryPoints: ['server/src/cliCommands.ts'], outfile: 'server/dist/cliCommands.js' },
  {
    ...common,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    entryPoints: ['client/media/compare.ts'],
    outfile: 'client/media/dist/compare.js',
  },
  {
    ...common,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    entryPoints: ['client/media/flow/main.ts'],
    outfile: 'client/media/dist/flow.js',
  },
];

// Tests are never shipped; they are bundled in development mode only.
if (!production) {
  const tests = ['test/unit', 'test/server', 'test/integration', 'test/e2e', 'test/support'].flatMap(testEntries);
  if (tests.length > 0) {
    builds.push({
      ...common,
      sourcemap: true,
      entryPoints: tests,
      outdir: 'test/out',
      outbase: 'test',
      external: [
        'vscode',
        'mocha',
        'playwright-core',
        'vscode-textmate',
        'vscode-oniguruma',
        'fast-check',
        'eslint',
        'eslint-plugin-regexp',
        'ajv',
        'ajv-formats',
        // The flow export tests parse Mermaid back with Mermaid's own parser, loaded as it ships.
        'mermaid',
      ],
    });
  }
}

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
  console.log('[watch] esbuild is watching for changes');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
