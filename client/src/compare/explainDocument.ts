/**
 * Read-only virtual documents for `sipLens.explainCode`: `sip-lens:/explain/486.md`. Unlike an
 * untitled document, a virtual one never asks to be saved when the user closes it. The card is in
 * the client's language, and open cards are rewritten when `sipLens.language` changes.
 */
import * as vscode from 'vscode';
import { explain } from '../../../catalog/src/index';
import { affectsLanguage } from '../clientL10n';
import type { L10n } from '../translation';
import { entryMarkdown } from './markdown';

export const EXPLAIN_SCHEME = 'sip-lens';

export function explainUri(code: number): vscode.Uri {
  return vscode.Uri.from({ scheme: EXPLAIN_SCHEME, path: `/explain/${code}.md` });
}

class ExplainProvider implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly l10n: L10n) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    const l10n = this.l10n;
    const code = Number(/^\/explain\/(\d{3})\.md$/u.exec(uri.path)?.[1]);
    const entry = explain(code, l10n.language);
    if (entry) return entryMarkdown(entry, l10n.language);
    const heading = l10n.t('Not a SIP response code');
    return `# ${heading}\n\n${l10n.t('{0} does not name a code from 100 to 699.', `\`${uri.path.slice(0, 40)}\``)}\n`;
  }

  /** Asks VS Code to fetch every open card again, in the language now chosen. */
  refreshOpenCards(): void {
    for (const document of vscode.workspace.textDocuments) {
      if (document.uri.scheme === EXPLAIN_SCHEME) this.changed.fire(document.uri);
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function registerExplainProvider(context: vscode.ExtensionContext, l10n: L10n): void {
  const provider = new ExplainProvider(l10n);
  context.subscriptions.push(
    provider,
    vscode.workspace.registerTextDocumentContentProvider(EXPLAIN_SCHEME, provider),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsLanguage(event)) provider.refreshOpenCards();
    }),
  );
}
