/**
 * Semantic colouring in a real VS Code: the editor's own semantic-token commands, on a Kamailio
 * log whose codes sit among PIDs, ports and phone numbers that must stay uncoloured. Also the
 * Outline's call labels and folding ranges as the editor receives them.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { eventually, lineOf, openFixture, serverReady } from './helpers';

interface DecodedToken {
  readonly line: number;
  readonly text: string;
  readonly type: string;
}

function decode(document: vscode.TextDocument, tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend) {
  const decoded: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const deltaLine = tokens.data[i] ?? 0;
    line += deltaLine;
    character = deltaLine === 0 ? character + (tokens.data[i + 1] ?? 0) : (tokens.data[i + 1] ?? 0);
    const text = document.lineAt(line).text.slice(character, character + (tokens.data[i + 2] ?? 0));
    decoded.push({ line, text, type: legend.tokenTypes[tokens.data[i + 3] ?? -1] ?? '?' });
  }
  return decoded;
}

suite('Semantic colouring of recognised codes', () => {
  suiteSetup(serverReady);

  test('a Kamailio log gets class-typed tokens on its recognised codes and on nothing else', async () => {
    const document = await openFixture('kamailio.log');
    assert.equal(
      vscode.workspace.getConfiguration('editor', { languageId: 'log' }).get('semanticHighlighting.enabled'),
      true,
      'SIP Lens turns semantic highlighting on for log files',
    );
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>(
      'vscode.provideDocumentSemanticTokensLegend',
      document.uri,
    );
    assert.ok(legend, 'SIP Lens provides a semantic tokens legend for log files');
    assert.ok(legend.tokenTypes.includes('sipStatusClientError'), JSON.stringify(legend));
    const tokens = await eventually(async () => {
      const result = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>(
        'vscode.provideDocumentSemanticTokens',
        document.uri,
      );
      return result && result.data.length > 0 ? result : undefined;
    }, 'semantic tokens for kamailio.log');
    const decoded = decode(document, tokens, legend);
    assert.deepEqual(decoded, [
      { line: lineOf(document, 'completed with code: 486'), text: '486', type: 'sipStatusClientError' },
      { line: lineOf(document, 'got sip response 403'), text: '403', type: 'sipStatusClientError' },
      { line: lineOf(document, 'completed with code: 408'), text: '408', type: 'sipStatusClientError' },
      { line: lineOf(document, 'completed with code: 200'), text: '200', type: 'sipStatusSuccess' },
    ]);
  });

  test('the Outline labels each call by what happened and folds each message from its banner', async () => {
    const document = await openFixture('call-outcomes.log');
    const symbols =
      (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
        'vscode.executeDocumentSymbolProvider',
        document.uri,
      )) ?? [];
    const busy = symbols.find((s) => s.detail === 'e74b7a78-2289-4ccb-af92-22772db43331');
    assert.equal(busy?.name, 'INVITE 1001 → +140…0123 · 486 Busy Here');
    const ranges =
      (await vscode.commands.executeCommand<vscode.FoldingRange[]>(
        'vscode.executeFoldingRangeProvider',
        document.uri,
      )) ?? [];
    const status = lineOf(document, 'SIP/2.0 486 Busy Here');
    const fold = ranges.find((r) => r.start < status && status < r.end && r.end - r.start < 40);
    assert.ok(fold, `a message fold around line ${status}: ${JSON.stringify(ranges)}`);
    assert.ok(fold.start < status, 'the fold starts above the status line, at its banner');
  });
});
