/**
 * Code actions on a status code or a SIP Lens diagnostic: explain it, compare it, or turn its
 * diagnostics off. The last one only runs a client command that writes the setting when the
 * user picks it (the document's uri tells it whose folder settings apply); nothing here edits
 * the document.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fill } from '../../../catalog/src/l10n';
import { DEFAULT_LANGUAGE, type Language } from '../../../catalog/src/language';
import { COMMANDS } from '../../../catalog/src/protocol';
import type { DocumentAnalysis } from '../pipeline/documentAnalysis';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { ACTION_STRINGS } from './feature-strings';
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
    .map(filteredTitles);
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
