/**
 * Reads settings per document from the client (workspace/configuration), caches them, and
 * reports each distinct settings problem once instead of on every keystroke: in one summary
 * warning per read, naming the first few, so 20,000 invalid keys make one line, not 20,000.
 */
import type { Connection } from 'vscode-languageserver';
import { fill } from '../../../catalog/src/l10n';
import { DEFAULT_LANGUAGE, type Language } from '../../../catalog/src/language';
import { defaultSettings, MAX_DIAGNOSTICS_CEILING, parseSettings, type SipLensSettings } from './settings';
import { SETTINGS_STRINGS } from './settings-strings';

/** Problems named in one warning; the rest are counted. */
const SHOWN_PROBLEMS = 5;
/** A problem quotes the key as typed: a pasted megabyte of key stays out of the output channel. */
const MAX_PROBLEM_CHARS = 400;

/** One warning for `problems` (not empty): the first few in full, then how many more. */
export function problemSummary(problems: readonly string[], language: Language = DEFAULT_LANGUAGE): string {
  const strings = SETTINGS_STRINGS[language];
  const shown = problems
    .slice(0, SHOWN_PROBLEMS)
    .map((p) => (p.length > MAX_PROBLEM_CHARS ? `${p.slice(0, MAX_PROBLEM_CHARS - 1)}…` : p));
  const more = problems.length - shown.length;
  const count = problems.length === 1 ? strings.oneProblem : fill(strings.problems, { count: problems.length });
  const summary = fill(strings.summary, { count, problems: joinSentences(shown) });
  return more > 0 ? summary + fill(strings.andMore, { more }) : summary;
}

/** Sentences one after another: a space after an English full stop, none after a Chinese one (。). */
function joinSentences(sentences: readonly string[]): string {
  return sentences.reduce(
    (text, next) => (text === '' || /[。！？]$/u.test(text) ? text + next : `${text} ${next}`),
    '',
  );
}

export class SettingsStore {
  private readonly cache = new Map<string, Promise<SipLensSettings>>();
  private readonly reported = new Set<string>();
  /** Documents whose cap the user lifted (`showAll`): kept across changes of settings, until closed. */
  private readonly uncapped = new Set<string>();
  supportsConfiguration = false;
  /** VS Code's display language, from the `initialize` request: what `sipLens.language: "auto"` follows. */
  locale: string | undefined;

  constructor(private readonly connection: Connection) {}

  /**
   * The document's settings; if the user lifted the cap for this document, the cap is the ceiling
   * any setting may reach, so a log of millions of findings still cannot flood the Problems panel.
   */
  get(uri: string): Promise<SipLensSettings> {
    const settings = this.configured(uri);
    if (!this.uncapped.has(uri)) return settings;
    return settings.then((read) => ({ ...read, maxDiagnostics: MAX_DIAGNOSTICS_CEILING }));
  }

  /** Every finding of this document (up to the ceiling) is shown from now on, whatever the setting says. */
  showAll(uri: string): void {
    this.uncapped.add(uri);
  }

  /** Drops what is cached: for one document (`closed` also forgets a lifted cap), or for all of them. */
  clear(uri?: string, closed = false): void {
    if (uri) {
      this.cache.delete(uri);
      if (closed) this.uncapped.delete(uri);
    } else this.cache.clear();
  }

  private configured(uri: string): Promise<SipLensSettings> {
    if (!this.supportsConfiguration) return Promise.resolve(defaultSettings(this.locale));
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.fetch(uri);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  private async fetch(uri: string): Promise<SipLensSettings> {
    try {
      const raw: unknown = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'sipLens' });
      const { settings, problems } = parseSettings(raw, this.locale);
      this.report(problems, settings.language);
      return settings;
    } catch (error) {
      const settings = defaultSettings(this.locale);
      this.report([fill(SETTINGS_STRINGS[settings.language].unreadable, { error: String(error) })], settings.language);
      return settings;
    }
  }

  private report(problems: readonly string[], language: Language): void {
    const fresh = problems.filter((problem) => !this.reported.has(problem));
    if (fresh.length === 0) return;
    fresh.forEach((problem) => this.reported.add(problem));
    this.connection.console.warn(problemSummary(fresh, language));
  }
}
