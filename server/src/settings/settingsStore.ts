/**
 * Reads settings per document from the client (workspace/configuration), caches them, and
 * reports each distinct settings problem once instead of on every keystroke.
 */
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, parseSettings, type SipLensSettings } from './settings';

export class SettingsStore {
  private readonly cache = new Map<string, Promise<SipLensSettings>>();
  private readonly reported = new Set<string>();
  supportsConfiguration = false;

  constructor(private readonly connection: Connection) {}

  get(uri: string): Promise<SipLensSettings> {
    if (!this.supportsConfiguration) return Promise.resolve(DEFAULT_SETTINGS);
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.fetch(uri);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  clear(uri?: string): void {
    if (uri) this.cache.delete(uri);
    else this.cache.clear();
  }

  private async fetch(uri: string): Promise<SipLensSettings> {
    try {
      const raw: unknown = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'sipLens' });
      const { settings, problems } = parseSettings(raw);
      this.report(problems);
      return settings;
    } catch (error) {
      this.report([`Could not read the sipLens settings (${String(error)}); using defaults.`]);
      return DEFAULT_SETTINGS;
    }
  }

  private report(problems: readonly string[]): void {
    for (const problem of problems) {
      if (this.reported.has(problem)) continue;
      this.reported.add(problem);
      this.connection.console.warn(`SIP Lens settings: ${problem}`);
    }
  }
}
