/**
 * What the hostile-input server tests share: opening a document and waiting for its diagnostics,
 * hovering, and the check that the server is still alive and well after each case.
 */
import assert from 'node:assert/strict';
import type { Diagnostic, Hover, MarkupContent, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { openDocument, type ServerHandle } from './lspClient';
import { BUSY_CALL_LINES } from './sipSamples';

export const SLOW = { timeout: 120_000 };

let nameCounter = 0;

/** A document name no other test of this process uses: `<prefix>-<n>.log`. */
export function freshName(prefix: string): string {
  return `${prefix}-${++nameCounter}.log`;
}

export const uriOf = (name: string) => `file:///virtual/${name}`;

/** Every publishDiagnostics for `uri` from now on, in arrival order. */
export function recordPublishes(server: ServerHandle, uri: string): PublishDiagnosticsParams[] {
  const published: PublishDiagnosticsParams[] = [];
  void server.waitForDiagnostics(uri, (p) => (published.push(p), false));
  return published;
}

/** Opens `text` and resolves with its first published diagnostics (the waiter is set up first). */
export async function openAndDiagnose(
  server: ServerHandle,
  text: string,
): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const name = freshName('hostile');
  const published = server.waitForDiagnostics(uriOf(name));
  const uri = await openDocument(server, text, 'log', name);
  return { uri, diagnostics: (await published).diagnostics };
}

export function hoverAt(server: ServerHandle, uri: string, line: number, character: number): Promise<Hover | null> {
  return server.connection.sendRequest<Hover | null>('textDocument/hover', {
    textDocument: { uri },
    position: { line, character },
  });
}

export function markdownOf(hover: Hover | null): string {
  assert.ok(hover, 'expected a hover');
  return (hover.contents as MarkupContent).value;
}

/** Every request handler answers (a rejected promise fails the test) on the document. */
export async function exerciseFeatures(
  server: ServerHandle,
  uri: string,
  positions: readonly { line: number; character: number }[],
): Promise<void> {
  const textDocument = { uri };
  const everything = { start: { line: 0, character: 0 }, end: { line: 1_000_000, character: 0 } };
  for (const position of positions)
    await server.connection.sendRequest('textDocument/hover', { textDocument, position });
  await server.connection.sendRequest('textDocument/documentSymbol', { textDocument });
  await server.connection.sendRequest('textDocument/foldingRange', { textDocument });
  await server.connection.sendRequest('textDocument/inlayHint', { textDocument, range: everything });
  await server.connection.sendRequest('textDocument/codeAction', {
    textDocument,
    range: everything,
    context: { diagnostics: [] },
  });
}

/** The server is alive and well: a normal hover answers with its card, and nothing was logged as an error. */
export async function assertAlive(server: ServerHandle): Promise<void> {
  const { uri } = await openAndDiagnose(server, BUSY_CALL_LINES.join('\n'));
  assert.match(markdownOf(await hoverAt(server, uri, 1, 9)), /486 Busy Here/);
  assert.deepEqual(
    server.logs().filter((entry) => entry.type === 1),
    [],
    'the server logged an error',
  );
  assert.equal(server.process.exitCode, null, 'the server process exited');
}
