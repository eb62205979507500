/**
 * Loads the SIP Lens TextMate grammars the way VS Code does (vscode-textmate on the
 * vscode-oniguruma WebAssembly build) and offers small helpers to assert token scopes.
 *
 * VS Code's own `text.log` and `text.html.markdown` grammars are not installed here, so
 * tiny stand-ins from test/fixtures/grammar/ take their scope names; the injection
 * grammars are attached to them through the registry's `getInjections`, exactly as the
 * manifest's `injectTo` does inside VS Code.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

/** The repository root, found by walking up to the package.json named sip-lens (the bundle may run from anywhere). */
export function findRepoRoot(start: string = process.cwd()): string {
  let dir = path.resolve(start);
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && readPackageName(manifest) === 'sip-lens') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No sip-lens package.json above ${start}`);
    dir = parent;
  }
}

function readPackageName(manifest: string): unknown {
  return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: unknown }).name;
}

export const repoRoot = findRepoRoot();
export const fixturePath = (name: string): string => path.join(repoRoot, 'test/fixtures/grammar', name);

/** Grammar files by scope name; paths are relative to the repository root. */
export const GRAMMAR_FILES: Readonly<Record<string, string>> = {
  'source.sip': 'syntaxes/sip.tmLanguage.json',
  'sip-log.injection': 'syntaxes/sip-log.injection.tmLanguage.json',
  'markdown.sip.codeblock': 'syntaxes/sip-markdown.injection.tmLanguage.json',
  'text.log': 'test/fixtures/grammar/log.tmLanguage.json',
  'text.html.markdown': 'test/fixtures/grammar/markdown.tmLanguage.json',
};

/** Mirrors the manifest's `injectTo` declarations. */
const INJECTIONS: Readonly<Record<string, string[]>> = {
  'text.log': ['sip-log.injection'],
  'text.html.markdown': ['markdown.sip.codeblock'],
};

let onigLib: Promise<vsctm.IOnigLib> | undefined;

/** loadWASM may run only once per process, so the library is shared by every registry. */
export function loadOnigLib(): Promise<vsctm.IOnigLib> {
  onigLib ??= (async () => {
    const wasm = fs.readFileSync(path.join(repoRoot, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm);
    return {
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    };
  })();
  return onigLib;
}

export function readGrammarJson(scopeName: string): Record<string, unknown> {
  const file = GRAMMAR_FILES[scopeName];
  if (!file) throw new Error(`Unknown grammar ${scopeName}`);
  return JSON.parse(fs.readFileSync(path.join(repoRoot, file), 'utf8')) as Record<string, unknown>;
}

function createRegistry(): vsctm.Registry {
  return new vsctm.Registry({
    onigLib: loadOnigLib(),
    loadGrammar: async (scopeName) => {
      const file = GRAMMAR_FILES[scopeName];
      if (!file) return null;
      const fullPath = path.join(repoRoot, file);
      return vsctm.parseRawGrammar(fs.readFileSync(fullPath, 'utf8'), fullPath);
    },
    getInjections: (scopeName) => INJECTIONS[scopeName],
  });
}

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly scopes: readonly string[];
}

export interface TokenizedLine {
  readonly text: string;
  readonly tokens: readonly Token[];
}

/** Tokenizes lines in order, carrying the rule stack from line to line as the editor does. */
export async function tokenize(rootScope: string, lines: readonly string[]): Promise<TokenizedLine[]> {
  const grammar = await createRegistry().loadGrammar(rootScope);
  if (!grammar) throw new Error(`Grammar ${rootScope} did not load`);
  let ruleStack = vsctm.INITIAL;
  return lines.map((text) => {
    const result = grammar.tokenizeLine(text, ruleStack);
    ruleStack = result.ruleStack;
    const tokens = result.tokens.map((t) => ({ start: t.startIndex, end: t.endIndex, scopes: t.scopes }));
    return { text, tokens };
  });
}

export async function tokenizeFixture(rootScope: string, fixture: string): Promise<TokenizedLine[]> {
  const text = fs.readFileSync(fixturePath(fixture), 'utf8');
  return tokenize(rootScope, text.replace(/\r?\n$/, '').split(/\r?\n/));
}

/** The first line containing `needle`; fails the test if there is none. */
export function lineWith(lines: readonly TokenizedLine[], needle: string): TokenizedLine {
  const line = lines.find((l) => l.text.includes(needle));
  assert.ok(line, `no fixture line contains ${JSON.stringify(needle)}`);
  return line;
}

/** The tokens overlapping the first occurrence of `fragment` in the line (at or after `from`). */
export function tokensOver(line: TokenizedLine, fragment: string, from = 0): Token[] {
  const start = line.text.indexOf(fragment, from);
  assert.ok(start >= 0, `${JSON.stringify(fragment)} not in ${JSON.stringify(line.text)}`);
  const end = start + fragment.length;
  return line.tokens.filter((t) => t.start < end && t.end > start);
}

function describeTokens(line: TokenizedLine, tokens: readonly Token[]): string {
  return tokens.map((t) => `${JSON.stringify(line.text.slice(t.start, t.end))} [${t.scopes.join(' ')}]`).join('\n  ');
}

/** Asserts that every character of `fragment` carries `scope`. */
export function assertScope(line: TokenizedLine, fragment: string, scope: string, from = 0): void {
  const tokens = tokensOver(line, fragment, from);
  const ok = tokens.every((t) => t.scopes.includes(scope));
  assert.ok(ok, `expected ${JSON.stringify(fragment)} to have scope ${scope}, got:\n  ${describeTokens(line, tokens)}`);
}

/** Asserts that no character of `fragment` carries a scope starting with `scopePrefix`. */
export function assertNoScope(line: TokenizedLine, fragment: string, scopePrefix: string, from = 0): void {
  const tokens = tokensOver(line, fragment, from);
  const bad = tokens.filter((t) => t.scopes.some((s) => s.startsWith(scopePrefix)));
  assert.equal(
    bad.length,
    0,
    `expected ${JSON.stringify(fragment)} without ${scopePrefix}*, got:\n  ${describeTokens(line, bad)}`,
  );
}
