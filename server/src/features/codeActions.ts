/**
 * Code actions on a status code or a SIP Lens diagnostic: explain it, compare it, or turn its
 * diagnostics off; on the notice that the cap hid findings, show them all; on any line of a message,
 * show its call flow. Turning off only runs a client command that writes the setting when the user
 * picks it (the document's uri tells it whose folder settings apply), and showing all asks the server
 * to lift the cap for that document; nothing here edits the document.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fill } from '../../../catalog/src/l10n';
import { DEFAULT_LANGUAGE, type Language } from '../../../catalog/src/language';
import { COMMANDS } from '../../../catalog/src/protocol';
import type { DocumentAnalysis } from '../pipeline/documentAnalysis';
import { callIdAt } from '../pipeline/flowTarget';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { ACTION_STRINGS, DIAGNOSTIC_STRINGS } from './feature-strings';
import { statusCodeAt } from './lookup';
import { replaceUnsafeControls } from './untrustedText';

/** The actions, titled in `language` (the document's `sipLens.language`). */
export function codeActions(
  document: TextDocument,
  state: DocumentAnalysis,
  params: CodeActionParams,
  language: Language = DEFAULT_LANGUAGE,
): CodeAction[] {
  const codes = new Map<number, Diagnostic[]>();
  for (const diagnostic of params.context.diagnostics) {
    const code = diagnosticStatusCode(diagnostic);
    if (code !== undefined) codes.set(code, [...(codes.get(code) ?? []), diagnostic]);
  }
  const underCursor = statusCodeAt(state.analysis, document.offsetAt(params.range.start));
  if (underCursor && !codes.has(underCursor.code)) codes.set(underCursor.code, []);
  return [...codes]
    .flatMap(([code, diagnostics]) => actionsFor(code, diagnostics, document.uri, language))
    .concat(showAllActions(params.context.diagnostics, document.uri, language))
    .concat(callFlowActions(document, state, params, language))
    .map(filteredTitles);
}

/**
 * On any line of a message with a Call-ID: draw its call as a ladder (the client asks the server
 * for the call at this position). Last, and of the empty kind: it explains, it fixes nothing.
 */
function callFlowActions(
  document: TextDocument,
  state: DocumentAnalysis,
  params: CodeActionParams,
  language: Language,
): CodeAction[] {
  const position = params.range.start;
  if (callIdAt(state.analysis, document, position) === undefined) return [];
  const title = ACTION_STRINGS[language].showCallFlow;
  const target = { line: position.line, character: position.character };
  return [
    {
      title,
      kind: CodeActionKind.Empty,
      command: { title, command: COMMANDS.showCallFlow, arguments: [document.uri, target] },
    },
  ];
}

/** On the overflow notice: lift the cap for this document (the client asks the server, protocol.ts). */
function showAllActions(diagnostics: readonly Diagnostic[], uri: string, language: Language): CodeAction[] {
  const notice = diagnostics.find((d) => d.source === DIAGNOSTIC_SOURCE && d.code === 'diagnostics-capped');
  if (!notice) return [];
  const title = DIAGNOSTIC_STRINGS[language].showAll;
  return [
    {
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [notice],
      isPreferred: true,
      command: { title, command: COMMANDS.showAllFindings, arguments: [uri] },
    },
  ];
}

function diagnosticStatusCode(diagnostic: Diagnostic): number | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const data = diagnostic.data as { statusCode?: unknown } | undefined;
  return typeof data?.statusCode === 'number' ? data.statusCode : undefined;
}

/** Titles hold only a code today; filtered all the same, so no later wording can carry log text raw. */
function filteredTitles(action: CodeAction): CodeAction {
  const command = action.command && { ...action.command, title: replaceUnsafeControls(action.command.title) };
  return { ...action, title: replaceUnsafeControls(action.title), ...(command ? { command } : {}) };
}

/**
 * Explain first (the preferred fix: it answers "what is this?"), then Compare, then the way to
 * silence the code. On a diagnostic all three are `quickfix` actions tied to it, so VS Code lists
 * them in the Quick Fix menu in this order (it puts the preferred one first and keeps the rest in
 * ours); on a bare code under the cursor there is nothing to fix, so they carry the empty kind.
 */
function actionsFor(code: number, diagnostics: Diagnostic[], uri: string, language: Language): CodeAction[] {
  const words = ACTION_STRINGS[language];
  const explainTitle = fill(words.explain, { code });
  const compareTitle = fill(words.compareCode, { code });
  const turnOffTitle = fill(words.turnOff, { code });
  const onDiagnostic = diagnostics.length > 0;
  const kind = onDiagnostic ? CodeActionKind.QuickFix : CodeActionKind.Empty;
  const withDiagnostics = onDiagnostic ? { diagnostics } : {};
  const actions: CodeAction[] = [
    {
      title: explainTitle,
      kind,
      ...withDiagnostics,
      ...(onDiagnostic ? { isPreferred: true } : {}),
      command: { title: explainTitle, command: COMMANDS.explainCode, arguments: [code] },
    },
    {
      title: compareTitle,
      kind,
      ...withDiagnostics,
      command: { title: compareTitle, command: COMMANDS.compareCodes, arguments: [code] },
    },
  ];
  if (onDiagnostic) {
    actions.push({
      title: turnOffTitle,
      kind: CodeActionKind.QuickFix,
      ...withDiagnostics,
      command: {
        title: turnOffTitle,
        command: COMMANDS.disableCodeDiagnostics,
        arguments: [code, uri],
      },
    });
  }
  return actions;
}
