/**
 * Which log the active tab shows without VS Code having handed it to extensions: VS Code syncs
 * no document over 50 MB (microsoft/vscode#111849, not configurable), so such a tab has a text
 * input but no TextDocument. Pure helpers first; `activeUnsyncedLog` reads the editor's state.
 */
import * as vscode from 'vscode';

/** A file SIP Lens analyses: `.log` or `.sip`, either of them gzipped. */
export function isLogPath(path: string): boolean {
  return /\.(?:log|sip)(?:\.gz)?$/iu.test(path);
}

/** The last segment of a URI's path, decoded: the name the status bar and messages show. */
export function fileName(uri: string): string {
  const end = uri.search(/[?#]/u);
  const path = end < 0 ? uri : uri.slice(0, end);
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name) || uri;
  } catch {
    return name || uri;
  }
}

/** The URI a tab shows as text, if any. */
export function tabUri(tab: vscode.Tab | undefined): vscode.Uri | undefined {
  return tab?.input instanceof vscode.TabInputText ? tab.input.uri : undefined;
}

/** True when some open tab still shows `uri`. */
export function anyTabShows(uri: string): boolean {
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tabUri(tab)?.toString() === uri));
}

/** The `file:` log of the active tab when extensions were given no document for it. */
export function activeUnsyncedLog(): vscode.Uri | undefined {
  const uri = tabUri(vscode.window.tabGroups.activeTabGroup.activeTab);
  if (!uri || uri.scheme !== 'file' || !isLogPath(uri.path)) return undefined;
  const key = uri.toString();
  return vscode.workspace.textDocuments.some((document) => document.uri.toString() === key) ? undefined : uri;
}
