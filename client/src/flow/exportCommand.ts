/**
 * "SIP: Export call flow": the ladder of a panel as Mermaid, PlantUML, plain text, SVG or JSON,
 * masked or not, copied to the clipboard or saved through the save dialog. The choices can come as
 * an argument (tests, keybindings); otherwise quick picks ask, masking credentials by default.
 */
import * as vscode from 'vscode';
import type { L10n } from '../translation';
import { EXPORT_FORMATS, exportFormat, exportText, FORMAT_NAMES, type ExportFormat, type MaskLevel } from './exports';
import type { FlowPanel } from './panel';

export interface ExportChoices {
  readonly format?: string;
  readonly mask?: MaskLevel;
  readonly destination?: 'clipboard' | 'file';
}

function formatLabel(format: ExportFormat, l10n: L10n): string {
  if (format.id === 'mermaid') return l10n.t('Mermaid sequence diagram');
  if (format.id === 'text') return l10n.t('Plain-text ladder');
  return FORMAT_NAMES[format.id];
}

async function pickFormat(l10n: L10n): Promise<ExportFormat | undefined> {
  const items = EXPORT_FORMATS.map((format) => ({ label: formatLabel(format, l10n), format }));
  return (await vscode.window.showQuickPick(items, { title: l10n.t('Export the call flow as') }))?.format;
}

async function pickMask(l10n: L10n): Promise<MaskLevel | undefined> {
  const items: Array<vscode.QuickPickItem & { level: MaskLevel }> = [
    {
      label: l10n.t('Mask credentials'),
      description: l10n.t('Authorization and Proxy-Authorization values, nonces'),
      level: 'credentials',
    },
    {
      label: l10n.t('Mask credentials, users and addresses'),
      description: l10n.t('the same user or address gets the same mask everywhere'),
      level: 'all',
    },
    { label: l10n.t('No masking'), level: 'none' },
  ];
  return (await vscode.window.showQuickPick(items, { title: l10n.t('Mask what should not leave the building?') }))
    ?.level;
}

async function pickDestination(l10n: L10n): Promise<'clipboard' | 'file' | undefined> {
  const items: Array<vscode.QuickPickItem & { destination: 'clipboard' | 'file' }> = [
    { label: l10n.t('Copy to the clipboard'), destination: 'clipboard' },
    { label: l10n.t('Save to a file…'), destination: 'file' },
  ];
  return (await vscode.window.showQuickPick(items, { title: l10n.t('Export the call flow to') }))?.destination;
}

/** Exports the panel's ladder; the text written, or undefined when there was nothing or the user cancelled. */
export async function exportCallFlow(
  panel: FlowPanel | undefined,
  l10n: L10n,
  choices: ExportChoices = {},
): Promise<string | undefined> {
  const diagram = panel?.result?.diagram;
  if (!panel || !diagram) {
    void vscode.window.showInformationMessage(l10n.t('Show a call flow first, then export it.'));
    return undefined;
  }
  const format = choices.format !== undefined ? exportFormat(choices.format) : await pickFormat(l10n);
  if (!format) return undefined;
  const mask = choices.mask ?? (await pickMask(l10n));
  if (!mask) return undefined;
  const destination = choices.destination ?? (await pickDestination(l10n));
  if (!destination) return undefined;
  const text = exportText(diagram, format, mask);
  if (destination === 'clipboard') {
    await vscode.env.clipboard.writeText(text);
    void vscode.window.showInformationMessage(l10n.t('Call flow copied as {0}.', formatLabel(format, l10n)));
    return text;
  }
  const folder = vscode.Uri.joinPath(panel.document.uri, '..');
  const name = `call-flow-${(diagram.legs[0]?.callId ?? 'call').replace(/[^\w.-]+/gu, '_').slice(0, 40)}.${format.extension}`;
  const target = await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(folder, name) });
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  return text;
}
