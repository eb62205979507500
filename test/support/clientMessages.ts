/**
 * The client's source read with the TypeScript compiler: the messages it passes to `l10n.t`, and
 * the string literals it would show a user without translating them. Shared by the bundle tests.
 */
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type * as TS from 'typescript';

// Loaded at run time, not bundled: the compiler is 9 MB and only these tests need it.
const ts = createRequire(__filename)('typescript') as typeof TS;

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'dist' ? [] : sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function parse(file: string): TS.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
}

function visit(node: TS.Node, each: (node: TS.Node) => void): void {
  each(node);
  node.forEachChild((child) => visit(child, each));
}

/** `l10n.t(...)`, `this.l10n.t(...)`, `vscode.l10n.t(...)`: a call of `t` on something named l10n. */
function isL10nCall(node: TS.Node): node is TS.CallExpression {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return false;
  const { expression, name } = node.expression;
  if (name.text !== 't') return false;
  const owner = ts.isPropertyAccessExpression(expression) ? expression.name.text : expression.getText();
  return owner === 'l10n';
}

function literalText(node: TS.Node | undefined): string | undefined {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

export interface L10nCall {
  readonly file: string;
  readonly line: number;
  /** The message, or undefined when the first argument is not a string literal. */
  readonly message: string | undefined;
}

function where(file: string, node: TS.Node, source: TS.SourceFile): { file: string; line: number } {
  return { file: relative(process.cwd(), file), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 };
}

export function l10nCalls(files: readonly string[]): L10nCall[] {
  return files.flatMap((file) => {
    const source = parse(file);
    const calls: L10nCall[] = [];
    visit(source, (node) => {
      if (isL10nCall(node)) calls.push({ ...where(file, node, source), message: literalText(node.arguments[0]) });
    });
    return calls;
  });
}

/** Calls whose arguments a user reads: notifications and output-channel lines. */
const SHOWN_BY_CALL = new Set([
  'showErrorMessage',
  'showWarningMessage',
  'showInformationMessage',
  'appendLine',
  'append',
  'info',
  'warn',
  'error',
  'log',
]);

/** Object properties a user reads: picker rows, picker titles and placeholders, messages. */
const SHOWN_BY_PROPERTY = new Set(['label', 'description', 'detail', 'title', 'placeholder', 'message', 'tooltip']);

const WORD = /[A-Za-z]{2,}/u;
/** Two words with a space between: what a sentence has and an id, a path or a selector has not. */
const PHRASE = /[A-Za-z]{2,}[,.:;'"()]* ['"(]?[A-Za-z]{2,}/u;

/** The literal parts of a string or template literal; none for any other expression. */
function literalParts(node: TS.Node): string[] {
  const text = literalText(node);
  if (text !== undefined) return [text];
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
  if (ts.isConditionalExpression(node)) return [...literalParts(node.whenTrue), ...literalParts(node.whenFalse)];
  return [];
}

/** A literal with words in it: `'a' + x` or `${a} ${b}` is not prose, "Swap the codes" is. */
function hasWords(node: TS.Node, pattern = WORD): boolean {
  return literalParts(node).some((part) => pattern.test(part));
}

export interface UntranslatedText {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

/** English prose handed to a user-facing call or property without going through `l10n.t`. */
export function untranslatedText(files: readonly string[]): UntranslatedText[] {
  return files.flatMap((file) => {
    const source = parse(file);
    const found: UntranslatedText[] = [];
    const report = (node: TS.Node) => found.push({ ...where(file, node, source), text: node.getText() });
    visit(source, (node) => {
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : callee.getText();
        if (SHOWN_BY_CALL.has(name)) node.arguments.filter((arg) => hasWords(arg)).forEach(report);
      } else if (ts.isPropertyAssignment(node) || ts.isBinaryExpression(node)) {
        const target = ts.isPropertyAssignment(node) ? node.name : node.left;
        const value = ts.isPropertyAssignment(node) ? node.initializer : node.right;
        const name = ts.isPropertyAccessExpression(target) ? target.name.text : target.getText();
        if (SHOWN_BY_PROPERTY.has(name) && hasWords(value)) report(value);
      } else if (ts.isReturnStatement(node) && node.expression && hasWords(node.expression)) {
        report(node.expression);
      } else if ((ts.isVariableDeclaration(node) || ts.isParameter(node)) && node.initializer) {
        // A sentence kept in a variable or a default is shown later: hold it to l10n.t too.
        if (hasWords(node.initializer, PHRASE)) report(node.initializer);
      }
    });
    return found;
  });
}

/** Every string literal of a file, with its line: for the webview script, which must have no prose. */
export function stringLiterals(file: string): UntranslatedText[] {
  const source = parse(file);
  const found: UntranslatedText[] = [];
  visit(source, (node) => {
    const text = literalText(node);
    if (text !== undefined) found.push({ ...where(file, node, source), text });
  });
  return found;
}
