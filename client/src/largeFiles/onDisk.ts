/**
 * "SIP: Analyse on disk": for a log VS Code did not hand to extensions (unsyncedTabs.ts), the
 * status bar says so and offers to have the server read the file itself. Its diagnostics then
 * show in the Problems panel, the Calls view lists its calls, and the file is watched: what is
 * appended is read and analysed as it arrives. Closing the file's last tab lets it go.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AnalyseOnDiskRequest, ForgetOnDiskRequest, type AnalyseOnDiskResult } from '../../../catalog/src/protocol';
import type { L10n } from '../translation';
import { activeUnsyncedLog, anyTabShows, fileName, tabUri } from './unsyncedTabs';

export const ANALYSE_ON_DISK_COMMAND = 'sipLens.analyseOnDisk';
/** How long a burst of writes to a watched log is gathered before reading what was appended. */
const FOLLOW_DEBOUNCE_MS = 1000;
/** A tab's document may reach extensions a moment after the tab: wait that long before saying it did not. */
const SYNC_GRACE_MS = 1000;

interface Followed {
  readonly watcher: vscode.FileSystemWatcher;
  timer?: NodeJS.Timeout;
  readAt: Date;
  /** Set when the server streamed the log (too big to hold whole): its calls have no text to draw or search. */
  streamed?: AnalyseOnDiskResult['streamed'];
}

/** Shows a log read from disk in the Calls view, with the size past which it was streamed, if it was. */
export type ShowOnDisk = (uri: vscode.Uri, streamedOver?: number) => void;

export class OnDiskLogs implements vscode.Disposable {
  readonly item: vscode.StatusBarItem;
  private readonly followed = new Map<string, Followed>();
  private readonly disposables: vscode.Disposable[] = [];
  private grace: NodeJS.Timeout | undefined;

  constructor(
    private readonly client: LanguageClient,
    private readonly l10n: L10n,
    /** Shows a log read from disk in the Calls view (the view follows text editors only). */
    private readonly showOnDisk: ShowOnDisk,
  ) {
    this.item = vscode.window.createStatusBarItem('sipLens.onDisk', vscode.StatusBarAlignment.Left, 12);
    this.item.name = l10n.t('SIP Lens: logs too large for the editor');
    this.disposables.push(
      this.item,
      vscode.window.tabGroups.onDidChangeTabs((event) => {
        event.closed.forEach((tab) => this.closed(tab));
        this.update();
      }),
      vscode.window.tabGroups.onDidChangeTabGroups(() => this.update()),
      vscode.workspace.onDidOpenTextDocument(() => this.update()),
    );
    this.update();
  }

  /** True when the server holds `uri` read from disk. */
  holds(uri: string): boolean {
    return this.followed.has(uri);
  }

  /** Reads `uri` (or the active unsynced log) from disk and analyses it; the server's answer, or undefined. */
  async analyse(target?: vscode.Uri, quiet = false): Promise<AnalyseOnDiskResult | undefined> {
    const uri = target ?? activeUnsyncedLog();
    if (!uri) {
      void vscode.window.showInformationMessage(
        this.l10n.t('SIP Lens: the active tab shows no .log or .sip file too large for VS Code to hand to extensions.'),
      );
      return undefined;
    }
    if (!this.client.isRunning()) return undefined;
    const key = uri.toString();
    const result = await this.client.sendRequest(AnalyseOnDiskRequest, { uri: key });
    if (result.outcome === 'failed' && !quiet)
      void vscode.window.showErrorMessage(
        this.l10n.t('SIP Lens could not analyse the file: {0}', result.message ?? ''),
      );
    if (result.outcome === 'read') {
      const followed = this.follow(uri);
      followed.readAt = new Date();
      followed.streamed = result.streamed;
      if (tabUri(vscode.window.tabGroups.activeTabGroup.activeTab)?.toString() === key) this.showCalls(uri, followed);
    }
    this.update();
    return result;
  }

  private follow(uri: vscode.Uri): Followed {
    const key = uri.toString();
    const held = this.followed.get(key);
    if (held) return held;
    const folder = vscode.Uri.joinPath(uri, '..');
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, fileName(key)));
    const followed: Followed = { watcher, readAt: new Date() };
    const again = () => {
      if (followed.timer) clearTimeout(followed.timer);
      followed.timer = setTimeout(() => void this.analyse(uri, true), FOLLOW_DEBOUNCE_MS);
    };
    watcher.onDidChange(again);
    watcher.onDidCreate(again);
    this.followed.set(key, followed);
    return followed;
  }

  /** A closed tab's log goes once no other tab shows it: the server frees its text and clears its diagnostics. */
  private closed(tab: vscode.Tab): void {
    const key = tabUri(tab)?.toString();
    const held = key === undefined ? undefined : this.followed.get(key);
    if (!held || key === undefined || anyTabShows(key)) return;
    this.stopFollowing(key, held);
    if (this.client.isRunning()) void this.client.sendRequest(ForgetOnDiskRequest, { uri: key }).catch(() => false);
  }

  private stopFollowing(key: string, held: Followed): void {
    if (held.timer) clearTimeout(held.timer);
    held.watcher.dispose();
    this.followed.delete(key);
  }

  /** The item for the active tab: nothing, "not analysed" (after a grace period), or "analysed on disk". */
  private update(): void {
    if (this.grace) clearTimeout(this.grace);
    const uri = activeUnsyncedLog();
    if (!uri) return this.item.hide();
    const key = uri.toString();
    const held = this.followed.get(key);
    if (held) {
      this.showCalls(uri, held);
      return this.render(uri, true, held.readAt);
    }
    this.grace = setTimeout(() => {
      if (activeUnsyncedLog()?.toString() === key) this.render(uri, false);
    }, SYNC_GRACE_MS);
  }

  /** The log in the Calls view; a streamed one says so, for the call requests that need its text. */
  private showCalls(uri: vscode.Uri, followed: Followed): void {
    this.showOnDisk(uri, followed.streamed?.wholeUpToBytes);
  }

  private render(uri: vscode.Uri, analysed: boolean, readAt?: Date): void {
    const name = fileName(uri.toString());
    this.item.text = analysed
      ? `$(database) ${this.l10n.t('SIP Lens: {0} analysed on disk', name)}`
      : `$(warning) ${this.l10n.t('SIP Lens: {0} not analysed', name)}`;
    this.item.tooltip = analysed
      ? this.l10n.t(
          'Read from disk at {0}; appended lines are read as they arrive. Click to read the file again.',
          (readAt ?? new Date()).toLocaleTimeString(),
        )
      : this.l10n.t(
          'VS Code does not hand files over 50 MB to extensions. Click to have SIP Lens read {0} from disk.',
          name,
        );
    this.item.command = { title: this.item.text, command: ANALYSE_ON_DISK_COMMAND, arguments: [uri] };
    this.item.show();
  }

  dispose(): void {
    if (this.grace) clearTimeout(this.grace);
    for (const [key, held] of this.followed) this.stopFollowing(key, held);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
