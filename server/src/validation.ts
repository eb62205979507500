/**
 * Publishes diagnostics. Edits are debounced per document and stale work is dropped: only the
 * newest version of a document ever gets its diagnostics published.
 */
import type { Connection, Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { textLength, type AnalysisCache } from './documentAnalysis';
import { toDiagnostic } from './features/diagnostics';
import { releaseMemoryAfter } from './memory';
import { PROGRESSIVE_MIN_CHARS } from './progressive';
import { errorText, type Logger } from './safe';
import type { SipLensSettings } from './settings';
import type { SettingsStore } from './settingsStore';
import type { RuleOptions } from './rules/types';

/** Long enough to coalesce a burst of keystrokes or appends, short enough to feel live. */
export const EDIT_DEBOUNCE_MS = 150;

export function ruleOptions(settings: SipLensSettings): RuleOptions {
  return { overrides: settings.severityOverrides, maxFindings: settings.maxDiagnostics };
}

export class Validator {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lastScheduled = new Map<string, number>();

  constructor(
    private readonly connection: Connection,
    private readonly cache: AnalysisCache,
    private readonly settings: SettingsStore,
    private readonly logger: Logger,
    private readonly currentDocument: (uri: string) => TextDocument | undefined,
  ) {}

  /**
   * Validates at once when the document has been quiet (a `tail -f` append, a single edit), and
   * debounces only bursts: each edit within EDIT_DEBOUNCE_MS of the last one restarts the wait.
   */
  schedule(document: TextDocument, delay?: number): void {
    const now = performance.now();
    const last = this.lastScheduled.get(document.uri);
    this.lastScheduled.set(document.uri, now);
    const burst = this.timers.has(document.uri) || (last !== undefined && now - last < EDIT_DEBOUNCE_MS);
    this.start(document, delay ?? (burst ? EDIT_DEBOUNCE_MS : 0));
  }

  private start(document: TextDocument, delay: number): void {
    this.cancel(document.uri);
    const timer = setTimeout(() => {
      this.timers.delete(document.uri);
      void this.validate(document.uri);
    }, delay);
    this.timers.set(document.uri, timer);
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }

  clear(uri: string): void {
    this.cancel(uri);
    this.lastScheduled.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async validate(uri: string): Promise<void> {
    const document = this.currentDocument(uri);
    if (!document) return;
    try {
      const settings = await this.settings.get(uri);
      // Big documents are analysed in slices here, so other requests are served meanwhile.
      await this.cache.prepare(document);
      const latest = this.currentDocument(uri);
      // A newer version arrived while settings were read or the text analysed: its own timer publishes.
      if (!latest || latest.version !== document.version) return;
      const diagnostics = settings.diagnosticsEnabled ? this.diagnosticsFor(document, settings) : [];
      await this.connection.sendDiagnostics({ uri, version: document.version, diagnostics });
      const length = textLength(document);
      // Hints asked for mid-way through a sliced analysis came from a prefix: ask for them again.
      if (length >= PROGRESSIVE_MIN_CHARS) void this.connection.languages.inlayHint.refresh().catch(() => undefined);
      // Appends to a big log leave little garbage (see appendableText.ts); a whole analysis leaves plenty.
      if (!this.cache.peek(uri)?.incremental) releaseMemoryAfter(length);
    } catch (error) {
      this.logger.error(`SIP Lens: validating ${uri} failed: ${errorText(error)}`);
    }
  }

  private diagnosticsFor(document: TextDocument, settings: SipLensSettings): Diagnostic[] {
    const state = this.cache.get(document);
    return state.findings(ruleOptions(settings)).map((finding) => toDiagnostic(document, finding));
  }
}
