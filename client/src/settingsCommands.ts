/**
 * The one place SIP Lens writes anything: the workspace setting a user picks from the
 * "Turn off diagnostics for NNN" code action. Documents are never modified.
 */
import * as vscode from 'vscode';
import { parseStatusCode } from '../../catalog/src/index';

export async function disableCodeDiagnostics(code: unknown, log: (message: string) => void): Promise<void> {
  const value = parseStatusCode(code);
  if (value === undefined) {
    void vscode.window.showErrorMessage(`SIP Lens: "${String(code).slice(0, 20)}" is not a SIP status code.`);
    return;
  }
  const config = vscode.workspace.getConfiguration('sipLens');
  const current = config.get<Record<string, unknown>>('diagnostics.severity') ?? {};
  const next = { ...current, [String(value)]: 'off' };
  const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('diagnostics.severity', next, target);
  log(`SIP Lens: diagnostics for ${value} turned off (sipLens.diagnostics.severity).`);
  void vscode.window.showInformationMessage(`SIP Lens: diagnostics for ${value} are off in this workspace. Remove "${value}" from sipLens.diagnostics.severity to turn them back on.`);
}
