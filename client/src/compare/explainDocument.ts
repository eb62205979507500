/**
 * Read-only virtual documents for `sipLens.explainCode`: `sip-lens:/explain/486.md`. Unlike an
 * untitled document, a virtual one never asks to be saved when the user closes it.
 */
import * as vscode from 'vscode';
import { explain } from '../../../catalog/src/index';
import { entryMarkdown } from './markdown';

export const EXPLAIN_SCHEME = 'sip-lens';

export function explainUri(code: number): vscode.Uri {
  return vscode.Uri.from({ scheme: EXPLAIN_SCHEME, path: `/explain/${code}.md` });
}

class ExplainProvider implements vscode.TextDocumentContentProvider {
  provideTextDocumentContent(uri: vscode.Uri): string {
    const code = Number(/^\/explain\/(\d{3})\.md$/u.exec(uri.path)?.[1]);
    const entry = explain(code);
    return entry
      ? entryMarkdown(entry)
      : `# Not a SIP response code\n\n\`${uri.path.slice(0, 40)}\` does not name a code from 100 to 699.\n`;
  }
}

export function registerExplainProvider(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(EXPLAIN_SCHEME, new ExplainProvider()),
  );
}
