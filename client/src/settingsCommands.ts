/**
 * The one place SIP Lens writes anything: the setting a user changes with the "Turn off
 * diagnostics for NNN" code action. Documents are never modified. Which scope is written, and
 * with what, is decided in severityWrite.ts.
 */
import * as vscode from 'vscode';
import { parseStatusCode } from '../../catalog/src/index';
import { turnOffDiagnostics, type SettingScope } from './severityWrite';
import type { L10n } from './translation';

const TARGETS: Readonly<Record<SettingScope, vscode.ConfigurationTarget>> = {
  user: vscode.ConfigurationTarget.Global,
  workspace: vscode.ConfigurationTarget.Workspace,
  workspaceFolder: vscode.ConfigurationTarget.WorkspaceFolder,
};

/** `documentUri`, when the code action passes it, picks the folder whose settings apply. */
export async function disableCodeDiagnostics(
  code: unknown,
  log: (message: string) => void,
  l10n: L10n,
  documentUri?: unknown,
): Promise<void> {
  const value = parseStatusCode(code);
  if (value === undefined) {
    void vscode.window.showErrorMessage(l10n.t('SIP Lens: "{0}" is not a SIP status code.', String(code).slice(0, 20)));
    return;
  }
  const scope = typeof documentUri === 'string' ? vscode.Uri.parse(documentUri) : undefined;
  const config = vscode.workspace.getConfiguration('sipLens', scope);
  const workspaceFile = vscode.workspace.workspaceFile;
  // The Undo offer settles on its own; the command is done once the setting is written.
  await turnOffDiagnostics(value, {
    configuration: {
      inspect: () => config.inspect('diagnostics.severity'),
      update: (next, target) => config.update('diagnostics.severity', next, TARGETS[target]),
    },
    hasFolder: (vscode.workspace.workspaceFolders?.length ?? 0) > 0,
    workspaceFile:
      workspaceFile?.scheme === 'file' ? workspaceFile.path.slice(workspaceFile.path.lastIndexOf('/') + 1) : undefined,
    confirm: async (message) => {
      const undo = l10n.t('Undo');
      return (await vscode.window.showInformationMessage(message, undo)) === undo;
    },
    log,
    l10n,
  });
}
