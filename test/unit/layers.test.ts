/**
 * The layers are enforced by lint, not by convention: each case lints one import, as if it were
 * written in a file of the named folder, with the repository's own ESLint config. A case fails when
 * the config stops forbidding what it should, or starts forbidding what a layer legitimately uses.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { REPO_ROOT } from '../support/lspClient';

interface Case {
  /** A file inside the layer, relative to the repository; it need not exist. */
  readonly file: string;
  readonly from: string;
}

const FORBIDDEN: readonly Case[] = [
  { file: 'server/src/analysis/scanner.ts', from: '../rules/types' },
  { file: 'server/src/analysis/scanner.ts', from: '../features/hoverCard' },
  { file: 'server/src/analysis/scanner.ts', from: '../pipeline/documentAnalysis' },
  { file: 'server/src/analysis/scanner.ts', from: '../document/sipTextDocument' },
  { file: 'server/src/analysis/scanner.ts', from: '../settings/settings' },
  { file: 'server/src/analysis/scanner.ts', from: '../cli/io' },
  { file: 'server/src/analysis/scanner.ts', from: 'vscode-languageserver' },
  { file: 'server/src/analysis/scanner.ts', from: 'vscode-languageserver-textdocument' },
  { file: 'server/src/analysis/scanner.ts', from: 'vscode' },
  { file: 'server/src/analysis/scanner.ts', from: '../calls/summarize' },
  { file: 'server/src/rules/collector.ts', from: '../calls/types' },
  { file: 'server/src/calls/summarize.ts', from: '../rules/types' },
  { file: 'server/src/calls/summarize.ts', from: '../features/hoverCard' },
  { file: 'server/src/calls/summarize.ts', from: '../cli/io' },
  { file: 'server/src/calls/summarize.ts', from: '../pipeline/documentAnalysis' },
  { file: 'server/src/calls/summarize.ts', from: 'vscode-languageserver' },
  { file: 'server/src/rules/collector.ts', from: '../features/diagnostics' },
  { file: 'server/src/rules/collector.ts', from: '../pipeline/validation' },
  { file: 'server/src/rules/collector.ts', from: '../cli/check' },
  { file: 'server/src/rules/collector.ts', from: '../settings/settings' },
  { file: 'server/src/rules/collector.ts', from: 'vscode-languageserver/node' },
  { file: 'server/src/features/hover.ts', from: '../cli/explain' },
  { file: 'server/src/features/hover.ts', from: 'vscode' },
  { file: 'server/src/startServer.ts', from: '../../client/src/commands' },
  { file: 'client/src/commands.ts', from: '../../server/src/features/lookup' },
  { file: 'client/src/compare/panel.ts', from: '../../../server/src/analysis/types' },
  { file: 'client/src/commands.ts', from: 'vscode-languageserver' },
  { file: 'client/media/compare.ts', from: '../../catalog/src/protocol' },
  { file: 'client/media/compare.ts', from: 'vscode' },
  { file: 'catalog/src/facts.ts', from: 'vscode' },
  { file: 'catalog/src/facts.ts', from: 'vscode-languageserver' },
  { file: 'server/src/flow/build.ts', from: '../features/hoverCard' },
  { file: 'server/src/flow/build.ts', from: '../pipeline/documentAnalysis' },
  { file: 'server/src/flow/build.ts', from: '../cli/io' },
  { file: 'server/src/flow/build.ts', from: 'vscode-languageserver' },
  { file: 'server/src/calls/summarize.ts', from: '../flow/build' },
  { file: 'server/src/rules/collector.ts', from: '../flow/index' },
  { file: 'catalog/src/flow/layout.ts', from: '../../../server/src/flow/build' },
  { file: 'catalog/src/facts.ts', from: 'vscode-languageclient/node' },
  { file: 'catalog/src/facts.ts', from: 'vscode-languageserver-protocol' },
  { file: 'catalog/src/facts.ts', from: '../../server/src/analysis/types' },
  { file: 'catalog/src/locales/en/index.ts', from: '../../../../client/src/compare/messages' },
];

const ALLOWED: readonly Case[] = [
  { file: 'server/src/analysis/scanner.ts', from: '../../../catalog/src/index' },
  { file: 'server/src/analysis/scanner.ts', from: './types' },
  { file: 'server/src/rules/collector.ts', from: '../analysis/types' },
  { file: 'server/src/calls/summarize.ts', from: '../analysis/types' },
  { file: 'server/src/calls/statistics.ts', from: '../../../catalog/src/index' },
  { file: 'server/src/cli/calls.ts', from: '../calls/index' },
  { file: 'server/src/flow/build.ts', from: '../calls/index' },
  { file: 'server/src/flow/build.ts', from: '../rules/types' },
  { file: 'server/src/flow/build.ts', from: '../../../catalog/src/flow/model' },
  { file: 'server/src/cli/flow.ts', from: '../flow/index' },
  { file: 'server/src/features/callsView.ts', from: '../calls/index' },
  { file: 'server/src/features/hover.ts', from: '../rules/types' },
  { file: 'server/src/features/hover.ts', from: 'vscode-languageserver' },
  { file: 'server/src/startServer.ts', from: '../../catalog/src/protocol' },
  { file: 'client/src/commands.ts', from: '../../catalog/src/protocol' },
  { file: 'client/src/commands.ts', from: 'vscode' },
  { file: 'client/media/compare.ts', from: '../src/compare/messages' },
  { file: 'catalog/src/protocol.ts', from: 'vscode-languageserver-protocol' },
];

/** A type-only import of `from`: the layers hold for types too. */
const source = (from: string) => `import type { Anything } from '${from}';\nexport type { Anything };\n`;

describe('lint enforces the layers', () => {
  let eslint: ESLint;
  before(() => {
    eslint = new ESLint({ cwd: REPO_ROOT });
  });

  async function restrictedImports({ file, from }: Case): Promise<string[]> {
    const [result] = await eslint.lintText(source(from), { filePath: join(REPO_ROOT, file) });
    assert.ok(result, `ESLint returned no result for ${file}`);
    return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
  }

  for (const layerCase of FORBIDDEN) {
    it(`${layerCase.file} may not import '${layerCase.from}'`, async () => {
      const messages = await restrictedImports(layerCase);
      assert.equal(messages.length, 1, `expected one no-restricted-imports error, got ${JSON.stringify(messages)}`);
    });
  }

  for (const layerCase of ALLOWED) {
    it(`${layerCase.file} may import '${layerCase.from}'`, async () => {
      assert.deepEqual(await restrictedImports(layerCase), []);
    });
  }
});
