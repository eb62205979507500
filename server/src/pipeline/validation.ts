/**
 * Publishes diagnostics. Edits are debounced per document and stale work is dropped: only the
 * newest version of a document ever gets its diagnostics published.
 */
import type { Connection, Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { textLength, type AnalysisCache } from './documentAnalysis';
import { toDiagnostics } from '../features/diagnostics';
import { releaseMemoryAfter } from './memory';
import { SLICE_CHARS } from './progressive';
import { errorText, type Logger } from '../safe';
import type { SipLensSettings } from '../settings/settings';
import type { SettingsStore } from '../settings/settingsStore';
import type { RuleOptions } from '../rules/types';
import { trace } from './trace';

/** The longest a burst of edits is coalesced: short enough to feel live. */
export const EDIT_DEBOUNCE_MS = 150;
/** The shortest: keystrokes typed together still make one validation. */
const MIN_BURST_DELAY_MS = 5;
/**
 * No edit waits longer than this for its diagnostics, however steadily the document changes: a
 * log written without a pause would otherwise restart the wait forever.
 */
const MAX_EDIT_WAIT_MS = 500;
/** The longest the Outline and folding wait for the editor to answer the refreshes sent after a publication. */
const TAKEN_IN_TIMEOUT_MS = 1000;

/**
 * The rules' options for a document's settings. The language is one of them, so findings worded
 * in one language are never served for another: the analysis cache keys its rule results by the
 * whole options (documentAnalysis.ts `ruleResult`), and a change of language re-runs the rules.
 */
export function ruleOptions(settings: SipLensSettings): RuleOptions {
  return { overrides: settings.severityOverrides, maxFindings: settings.maxDiagnostics, language: settings.language };
}

export class Validator {
  /** The pending validation of each document, and the version it was scheduled for. */
  private readonly timers = new Map<string, { readonly handle: NodeJS.Timeout; readonly version: number }>();
  /** How long the document's last validation took, in milliseconds. */
  private readonly lastCost = new Map<string, number>();
  /** When the oldest edit that has no diagnostics yet arrived. */
  private readonly pendingSince = new Map<string, number>();
  /** How many validations of each document are under way (settings read, analysis or publishing). */
  private readonly validating = new Map<string, number>();
  /** The newest validation of each document under way, settled once the editor has its diagnostics (`takenIn`). */
  private readonly inFlight = new Map<string, Promise<void>>();

  constructor(
    private readonly connection: Connection,
    private readonly cache: AnalysisCache,
    private readonly settings: SettingsStore,
    private readonly logger: Logger,
    private readonly currentDocument: (uri: string) => TextDocument | undefined,
    /** Told after each publication: the Calls view asks for the document's calls again. */
    private readonly published: (uri: string, version: number) => void = () => undefined,
    /** Told when validating failed: a long analysis' progress ends saying so. */
    private readonly failed: (uri: string, error: unknown) => void = () => undefined,
  ) {}

  /**
   * Validates at once when the document is quiet: nothing waiting to be validated and no
   * validation under way (a single edit, a `tail -f` append after the last diagnostics went out,
   * however soon after them). Bursts are coalesced: an edit that finds another still waiting,
   * or one being validated, restarts a wait sized by what validating costs (see `burstDelay`).
   * Timing bursts from the previous edit instead made a log appended to as fast as its diagnostics
   * came back wait a whole validation more per append, for nothing.
   */
  schedule(document: TextDocument, delay?: number): void {
    const uri = document.uri;
    // TextDocuments reports an open twice (onDidOpen, then onDidChangeContent): the second is
    // not an edit, and taking it for a burst delayed every document's first diagnostics.
    if (this.timers.get(uri)?.version === document.version) return;
    const now = performance.now();
    if (!this.pendingSince.has(uri)) this.pendingSince.set(uri, now);
    const burst = this.timers.has(uri) || this.validating.has(uri);
    this.start(document, delay ?? (burst ? this.burstDelay(uri, now) : 0));
  }

  /**
   * The document's last validation time, between MIN_BURST_DELAY_MS and EDIT_DEBOUNCE_MS, so
   * that at most about half of a burst goes to validating. An append to a big log re-validates
   * in a few milliseconds, so a log that grows several times a second need not wait a fixed
   * 150 ms per append, while a document that needs whole analyses still has its bursts folded
   * into one. Never past MAX_EDIT_WAIT_MS.
   */
  private burstDelay(uri: string, now: number): number {
    const cost = this.lastCost.get(uri) ?? EDIT_DEBOUNCE_MS;
    const wanted = Math.min(EDIT_DEBOUNCE_MS, Math.max(MIN_BURST_DELAY_MS, cost));
    const waited = now - (this.pendingSince.get(uri) ?? now);
    return Math.max(0, Math.min(wanted, MAX_EDIT_WAIT_MS - waited));
  }

  private start(document: TextDocument, delay: number): void {
    this.cancel(document.uri);
    const handle = setTimeout(() => {
      this.timers.delete(document.uri);
      void this.validate(document.uri);
    }, delay);
    this.timers.set(document.uri, { handle, version: document.version });
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer.handle);
    this.timers.delete(uri);
  }

  clear(uri: string): void {
    this.cancel(uri);
    this.lastCost.delete(uri);
    this.pendingSince.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /**
   * Settles once the document's validation under way (if any) has published and the editor has answered
   * the refreshes sent after a big document's first diagnostics (at most TAKEN_IN_TIMEOUT_MS later). The
   * Outline and folding of a big log wait for it: their answers are big (every call and message), and sent
   * on the heels of the diagnostics they kept VS Code's extension host busy while it was still taking the
   * diagnostics in (2.5 s instead of about 0.5 s before they showed, for a 20 MiB log).
   */
  takenIn(uri: string): Promise<void> {
    return this.inFlight.get(uri) ?? Promise.resolve();
  }

  private async validate(uri: string): Promise<void> {
    let settle = () => undefined as void;
    const settled = new Promise<void>((resolve) => (settle = resolve));
    this.inFlight.set(uri, settled);
    try {
      const takenIn = await this.validateNow(uri);
      await takenIn;
    } finally {
      if (this.inFlight.get(uri) === settled) this.inFlight.delete(uri);
      settle();
    }
  }

  /** Validates and publishes; returns what to wait for before the editor can be taken to have the diagnostics. */
  private async validateNow(uri: string): Promise<Promise<unknown> | undefined> {
    const document = this.currentDocument(uri);
    if (!document) return undefined;
    const started = performance.now();
    this.validating.set(uri, (this.validating.get(uri) ?? 0) + 1);
    try {
      const settings = await this.settings.get(uri);
      trace('settings read', () => `version ${document.version}`);
      // Documents longer than a slice are analysed in slices here, so other requests are served meanwhile.
      await this.cache.prepare(document, ruleOptions(settings));
      // The user stopped this document's analysis: what was analysed is part of it, and says nothing.
      if (this.cache.isPaused(uri)) return undefined;
      const latest = this.currentDocument(uri);
      // A newer version arrived while settings were read or the text analysed: its own timer publishes.
      if (!latest || latest.version !== document.version) return undefined;
      trace('analysed');
      const diagnostics = settings.diagnosticsEnabled ? this.diagnosticsFor(document, settings) : [];
      trace('diagnostics built', () => `${diagnostics.length}`);
      // Edits from here on wait for the next validation.
      this.pendingSince.delete(uri);
      this.lastCost.set(uri, performance.now() - started);
      await this.connection.sendDiagnostics({ uri, version: document.version, diagnostics });
      trace('diagnostics sent');
      this.published(uri, document.version);
      // An edit re-analysed in place (an append to a big log) needs neither of these.
      if (this.cache.peek(uri)?.incremental) return undefined;
      const length = textLength(document);
      // Hints and semantic tokens asked for mid-way through a sliced analysis came from a prefix: ask again.
      const refreshed = length > SLICE_CHARS ? this.askAgain() : undefined;
      // A whole analysis of a big document leaves plenty of garbage; appends leave little (appendableText.ts).
      releaseMemoryAfter(length);
      return refreshed;
    } catch (error) {
      this.logger.error(`SIP Lens: validating ${uri} failed: ${errorText(error)}`);
      this.failed(uri, error);
      return undefined;
    } finally {
      const left = (this.validating.get(uri) ?? 1) - 1;
      if (left > 0) this.validating.set(uri, left);
      else this.validating.delete(uri);
    }
  }

  /** Asks the editor for inlay hints and semantic tokens again; settles when it answered both, or after a while. */
  private askAgain(): Promise<unknown> {
    trace('inlay hints and semantic tokens refresh asked');
    const answered = Promise.all([
      this.connection.languages.inlayHint.refresh(),
      this.connection.languages.semanticTokens.refresh(),
    ]).catch(() => undefined);
    const late = new Promise((resolve) => setTimeout(resolve, TAKEN_IN_TIMEOUT_MS).unref());
    return Promise.race([answered, late]).then(() => trace('refreshes answered'));
  }

  private diagnosticsFor(document: TextDocument, settings: SipLensSettings): Diagnostic[] {
    const state = this.cache.get(document);
    const result = state.ruleResult(ruleOptions(settings));
    trace('rules');
    // The findings' text is written when first read (rules/collector.ts): timed on its own.
    trace('findings written', () => `${result.findings.length}`);
    return toDiagnostics(document, result, settings.language);
  }
}
