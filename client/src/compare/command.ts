/**
 * The commands around the catalog: `sipLens.compareCodes` (pickers, then the compare panel),
 * `sipLens.explainCode` (the catalog card in the Markdown preview, beside the log) and `sipLens.openRfc`.
 * Invalid input always ends in an error message, never a blank panel.
 */
import * as vscode from 'vscode';
import { explain, parseStatusCode } from '../../../catalog/src/index';
import type { CatalogEntry } from '../../../catalog/src/types';
import { COMMANDS } from '../../../catalog/src/protocol';
import { compareCodes, isComparisonError, notAStatusCode } from '../../../catalog/src/compare';
import { explainUri, registerExplainProvider } from './explainDocument';
import { isRfcEditorUrl } from './messages';
import { ComparePanel } from './panel';
import { firstPickerItems, pickCode, secondPickerItems } from './pickers';
import type { L10n } from '../translation';

/** What the commands need from the language client, which answers them with LSP custom requests. */
export interface CompareCommandDeps {
  /** Distinct status codes in the document, in order of first appearance (`sipLens/documentCodes`). */
  documentCodes(uri: string): Promise<number[]>;
  /** The status code under a position, or null (`sipLens/codeAt`). */
  codeAt(uri: string, line: number, character: number): Promise<number | null>;
  /** Writes to the extension's output channel. */
  log(msg: string): void;
  /** The user's language (`sipLens.language`): messages, pickers and catalog text. */
  readonly l10n: L10n;
}

/** A command argument: absent, a valid code, or invalid (with what the user passed, for the message). */
type CodeArg = { kind: 'absent' } | { kind: 'code'; code: number } | { kind: 'invalid'; shown: string };

/**
 * Reads a command argument. Objects (such as the Uri that editor menus pass) count as absent;
 * numbers and strings must be codes from 100 to 699.
 */
function readArg(raw: unknown): CodeArg {
  if (raw === undefined || raw === null || (typeof raw !== 'number' && typeof raw !== 'string'))
    return { kind: 'absent' };
  const code = parseStatusCode(raw);
  return code === undefined ? { kind: 'invalid', shown: String(raw) } : { kind: 'code', code };
}

/**
 * Registers `sipLens.compareCodes`, `sipLens.explainCode` and `sipLens.openRfc`.
 * `sipLens.compareCodes(a?, b?)` opens the panel directly when both arguments are codes
 * (numbers or three-digit strings) and asks for the missing ones with QuickPicks otherwise.
 */
export function registerCompareCommand(context: vscode.ExtensionContext, deps: CompareCommandDeps): void {
  const commands = new CompareCommands(context.extensionUri, deps);
  registerExplainProvider(context, deps.l10n);
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.compareCodes, (a?: unknown, b?: unknown) => commands.compare(a, b)),
    vscode.commands.registerCommand(COMMANDS.explainCode, (code?: unknown) => commands.explain(code)),
    vscode.commands.registerCommand(COMMANDS.openRfc, (code?: unknown) => commands.openRfc(code)),
  );
}

class CompareCommands {
  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly deps: CompareCommandDeps,
  ) {}

  async compare(rawA: unknown, rawB: unknown): Promise<void> {
    const argA = readArg(rawA);
    const argB = readArg(rawB);
    const invalid = [argA, argB].find((arg) => arg.kind === 'invalid');
    if (invalid?.kind === 'invalid') return showError(notAStatusCode(invalid.shown));
    const documentCodes = await this.documentCodes();
    const a = argA.kind === 'code' ? argA.code : await this.pickFirst(documentCodes);
    if (a === undefined) return;
    const b = argB.kind === 'code' ? argB.code : await this.pickSecond(a, documentCodes);
    if (b === undefined) return;
    const model = compareCodes(a, b, this.l10n.language);
    if (isComparisonError(model)) return showError(model.error);
    ComparePanel.createOrShow(this.extensionUri, a, b, documentCodes, this.deps);
  }

  async explain(raw: unknown): Promise<void> {
    const entry = await this.entryFor(raw, this.l10n.t('Explain a SIP code'));
    if (!entry) return;
    const uri = explainUri(entry.code);
    // Beside the log, not on top of it: the user reads the card while looking at the line it explains.
    try {
      await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
    } catch (error) {
      // The built-in Markdown extension can be disabled; the source is still readable.
      this.deps.log(this.l10n.t('Markdown preview unavailable: {0}', String(error)));
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document, { preview: true, viewColumn: vscode.ViewColumn.Beside });
    }
  }

  async openRfc(raw: unknown): Promise<void> {
    const entry = await this.entryFor(raw, this.l10n.t('Open the RFC of a SIP code'));
    if (!entry) return;
    if (!isRfcEditorUrl(entry.rfcUrl)) return showError(this.l10n.t('No RFC link is known for {0}.', entry.code));
    await vscode.env.openExternal(vscode.Uri.parse(entry.rfcUrl, true));
  }

  /** The entry for a command argument, asking with the first picker when there is none. */
  private async entryFor(raw: unknown, title: string): Promise<CatalogEntry | undefined> {
    const arg = readArg(raw);
    if (arg.kind === 'invalid') return showError(notAStatusCode(arg.shown));
    const code = arg.kind === 'code' ? arg.code : await this.pickFirst(await this.documentCodes(), title);
    if (code === undefined) return undefined;
    const entry = explain(code, this.l10n.language);
    if (!entry) showError(this.l10n.t('The SIP catalog has no entry for {0}.', code));
    return entry;
  }

  private get l10n(): L10n {
    return this.deps.l10n;
  }

  private pickFirst(documentCodes: readonly number[], title?: string): Promise<number | undefined> {
    const l10n = this.l10n;
    return this.defaultCode().then((atCursor) =>
      pickCode(
        {
          title: title ?? l10n.t('Compare SIP codes (1/2)'),
          placeholder: l10n.t('Type a code, a reason phrase or words from its description'),
          items: firstPickerItems(atCursor, documentCodes, l10n),
          ...(atCursor === undefined ? {} : { active: atCursor }),
        },
        l10n,
      ),
    );
  }

  private pickSecond(first: number, documentCodes: readonly number[]): Promise<number | undefined> {
    const l10n = this.l10n;
    return pickCode(
      {
        title: l10n.t('Compare SIP codes (2/2): {0} vs ...', first),
        placeholder: l10n.t('Pick the code to compare with {0}', first),
        items: secondPickerItems(first, documentCodes, l10n),
      },
      l10n,
    );
  }

  /** The selected text when it is a three-digit code, else the code under the cursor. */
  private async defaultCode(): Promise<number | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const selected = parseStatusCode(editor.document.getText(editor.selection));
    if (selected !== undefined) return selected;
    const { line, character } = editor.selection.active;
    const code = await this.safely(this.deps.codeAt(editor.document.uri.toString(), line, character), null);
    return code ?? undefined;
  }

  private async documentCodes(): Promise<number[]> {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    return uri ? this.safely(this.deps.documentCodes(uri), []) : [];
  }

  /** The language server may be starting or stopped: the commands still work without its answers. */
  private async safely<T>(request: Promise<T>, fallback: T): Promise<T> {
    try {
      return await request;
    } catch (error) {
      this.deps.log(this.l10n.t('SIP Lens: language server request failed: {0}', String(error)));
      return fallback;
    }
  }
}

function showError(message: string): undefined {
  void vscode.window.showErrorMessage(message);
  return undefined;
}
