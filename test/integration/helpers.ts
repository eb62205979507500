/**
 * Shared helpers for the in-VS Code suite. Everything waits on editor events with a deadline;
 * nothing sleeps, so a slow machine only makes tests slower, never flaky.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'sip-lens.sip-lens';
export const SOURCE = 'SIP Lens';
const DEFAULT_TIMEOUT_MS = 30_000;

/** The workspace folder the suite runs in (test/integration/workspace). */
export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite must run with test/integration/workspace open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens a fixture in an editor, as a user would, so language features run on it. */
export async function openFixture(name: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(name));
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/**
 * Position of `needle` in the document, `offset` characters into it. `occurrence` picks the
 * n-th match (0-based) so tests can point at, say, the second 401 of a file.
 */
export function positionOf(document: vscode.TextDocument, needle: string, offset = 0, occurrence = 0): vscode.Position {
  const text = document.getText();
  let index = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    index = text.indexOf(needle, index + 1);
    assert.notEqual(index, -1, `fixture ${document.fileName} has no occurrence #${occurrence} of "${needle}"`);
  }
  return document.positionAt(index + offset);
}

/** Line number of `needle` (its n-th occurrence). */
export function lineOf(document: vscode.TextDocument, needle: string, occurrence = 0): number {
  return positionOf(document, needle, 0, occurrence).line;
}

/** The text of every hover the editor would show at a position (all providers, joined). */
export async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await hoversAt(document, position);
  return hovers.flatMap((hover) => hover.contents.map(contentText)).join('\n');
}

export async function hoversAt(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover[]> {
  return (
    (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position)) ?? []
  );
}

function contentText(content: vscode.MarkdownString | vscode.MarkedString): string {
  if (typeof content === 'string') return content;
  return content.value;
}

/**
 * Resolves with the document's diagnostics once `predicate` holds for them: checked at once, then
 * on every `onDidChangeDiagnostics` for that document. Rejects after `timeoutMs`, showing what it saw.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<vscode.Diagnostic[]> {
  return waitForEvent(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      return predicate(diagnostics) ? diagnostics : undefined;
    },
    () => `diagnostics of ${uri.path}: ${describe(vscode.languages.getDiagnostics(uri))}`,
    timeoutMs,
  );
}

/**
 * Resolves with `probe()`'s first defined value, evaluated now and after each `event`.
 * The deadline is a failure, not a wait: a passing test never reaches it.
 */
export function waitForEvent<T, E>(
  event: vscode.Event<E>,
  probe: () => T | undefined,
  describeState: () => string,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const first = probe();
    if (first !== undefined) return resolve(first);
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms; ${describeState()}`));
    }, timeoutMs);
    const listener = event(() => {
      const value = probe();
      if (value === undefined) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(value);
    });
  });
}

/** Diagnostics as "line 12 Warning: text" lines, for failure messages. */
export function describe(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return '(none)';
  return diagnostics
    .map(
      (d) =>
        `line ${d.range.start.line + 1} ${vscode.DiagnosticSeverity[d.severity]} [${d.source}]: ${d.message.split('\n')[0]}`,
    )
    .join('; ');
}

/** Diagnostics whose range starts on `line`. */
export function onLine(diagnostics: readonly vscode.Diagnostic[], line: number): vscode.Diagnostic[] {
  return diagnostics.filter((d) => d.range.start.line === line);
}

/** SIP Lens diagnostics for a fixture, once the server has published at least one. */
export async function analysedDiagnostics(document: vscode.TextDocument): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(document.uri, (all) => all.some((d) => d.source === SOURCE));
}

/**
 * Waits until the extension is active and its server answers: the first of a diagnostic arriving
 * or a hover on a known 486. Remembered on `globalThis`, which every test bundle in this extension
 * host shares, so a server that never comes up fails each suite at once instead of once per suite.
 */
export function serverReady(): Promise<void> {
  const shared = globalThis as { sipLensServerReady?: Promise<void> };
  shared.sipLensServerReady ??= waitForServer();
  return shared.sipLensServerReady;
}

async function waitForServer(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed in this VS Code`);
  await extension.activate();
  const document = await openFixture('call-outcomes.log');
  const busy = positionOf(document, 'SIP/2.0 486 Busy Here', 9);
  await eventually(
    async () => {
      if (vscode.languages.getDiagnostics(document.uri).some((d) => d.source === SOURCE)) return true;
      return (await hoversAt(document, busy)).length > 0 ? true : undefined;
    },
    'the SIP Lens server to answer (a diagnostic or a hover on 486 in call-outcomes.log)',
    45_000,
  );
}

/** Runs `body` with a user setting changed, restoring the previous value afterwards. */
export async function withSetting<T>(section: string, value: unknown, body: () => Promise<T>): Promise<T> {
  const configuration = vscode.workspace.getConfiguration('sipLens');
  const previous = configuration.inspect(section)?.globalValue;
  await configuration.update(section, value, vscode.ConfigurationTarget.Global);
  try {
    return await body();
  } finally {
    await vscode.workspace.getConfiguration('sipLens').update(section, previous, vscode.ConfigurationTarget.Global);
  }
}

/** The inlay hints the editor would show over the whole document. */
export async function inlayHints(document: vscode.TextDocument): Promise<vscode.InlayHint[]> {
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  return (
    (await vscode.commands.executeCommand<vscode.InlayHint[]>(
      'vscode.executeInlayHintProvider',
      document.uri,
      whole,
    )) ?? []
  );
}

export function labelText(hint: vscode.InlayHint): string {
  return typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('');
}

/**
 * For pulled features (inlay hints) there is no public "changed" event to wait on: ask again
 * until `probe` gives a value, up to a deadline. The pause between asks only spaces requests out;
 * no assertion depends on it.
 */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  what: string,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise<void>((resolve) => setTimeout(resolve, 100));
  }
}
