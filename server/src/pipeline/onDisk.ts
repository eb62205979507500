/**
 * Logs the editor never handed over (VS Code syncs no document over 50 MB to extensions,
 * microsoft/vscode#111849), read from disk on request ("SIP: Analyse on disk"), in one of two ways:
 *
 * - Up to `streamFromBytes` (STREAM_FROM_BYTES), held as a document like any open one: the
 *   validator publishes its diagnostics for the file's URI (capped as usual), and the Calls view,
 *   statistics and call flow ask for it by that URI. Asked again, only what was appended is read
 *   and analysed as an append, so a log that grows is followed at the cost of its growth; a
 *   rotated or rewritten file is read whole again.
 * - Bigger, streamed (diskStream.ts): nothing of its text is held, its diagnostics are published as
 *   the stream finds them, and its calls are summarised from the same windows (streamedCalls.ts:
 *   the Calls view's rows, up to a cap, and the statistics of every call). Asked again, it
 *   is streamed again from the start when it changed (or the rule options did), else left as it is:
 *   the stream judges the calls still open at the end of the file as complete, so its state at the
 *   end cannot be carried on exactly once more is appended.
 */
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import type { Language } from '../../../catalog/src/language';
import type { AnalyseOnDiskResult } from '../../../catalog/src/protocol';
import type { TextEdit } from '../analysis/incremental';
import { LogReadError } from '../logFiles/errors';
import { isGzipPath } from '../logFiles/sync';
import { SipTextDocument } from '../document/sipTextDocument';
import type { RuleOptions } from '../rules/types';
import { PROGRESS_MIN_CHARS, type AnalysisProgress } from './analysisProgress';
import { streamDiagnostics } from './diskStream';
import { ON_DISK_STRINGS } from './pipeline-strings';
import { sameOptions } from './progressive';
import { MAX_STREAMED_ROWS, StreamedCalls } from './streamedCalls';
import type { CallStreamOptions } from '../stream/calls';
import type { StreamCheckOptions } from '../stream/check';
import {
  gzipTextAtLeast,
  readAppended,
  ReadCancelled,
  readLogForAnalysis,
  TooLongToHold,
  unchangedSince,
  type ReadCancel,
  type ReadPosition,
} from '../logFiles/async';

/**
 * Logs of this many bytes or more are streamed. The whole-text analysis holds the text, its line
 * index, every message and call and the rules' state: its server peaked at 321 MB for a 50 MB log
 * and 1.0 GB for a 400 MB one (docs/PERFORMANCE.md), so about 600 MB here, while the streamed one
 * stayed at about 240 MB for 200 MB and 1 GB logs alike. Under it, the Calls view, statistics and
 * call flow have the whole analysis; over it, the view and statistics come from the stream
 * (streamedCalls.ts), and a call's flow and messages are not available.
 */
export const STREAM_FROM_BYTES = 100 * 1024 * 1024;

type Held =
  | { readonly kind: 'whole'; readonly document: SipTextDocument; readonly position: ReadPosition }
  | {
      readonly kind: 'streamed';
      readonly version: number;
      readonly options: RuleOptions;
      readonly diagnosticsEnabled: boolean;
      readonly position: ReadPosition;
    };

/** What the server does with what a read found. */
export interface DiskHooks {
  /** A new version of a log held whole, to analyse. */
  changed(change: DiskChange): void;
  /** A log held whole is streamed from now on: what was kept for its analysis goes. */
  letGo(document: SipTextDocument): void;
  /** The file's rule options, for a streamed analysis. */
  readonly options: RuleOptions;
  /** `sipLens.diagnostics.enabled`: `publish` sends an empty list when off (a change streams the log again). */
  readonly diagnosticsEnabled: boolean;
  /** A streamed log's diagnostics (so far, or all of them). */
  publish(uri: string, version: number, diagnostics: Diagnostic[]): void;
}

/** What a read changed, for the server to analyse: the new version, and the edit when it was an append. */
export interface DiskChange {
  readonly document: SipTextDocument;
  /** The version it replaces, when the file was held before. */
  readonly fromVersion?: number;
  /** Undefined for a whole read. */
  readonly edit?: TextEdit;
}

/** One read of a file: where it is, how big, in which language to word it, its cancel flag and its hooks. */
interface DiskRequest {
  readonly uri: string;
  readonly path: string;
  readonly size: number;
  readonly language: Language;
  readonly token: ReadCancel;
  readonly hooks: DiskHooks;
}

export class DiskDocuments {
  private readonly held = new Map<string, Held>();
  private readonly reading = new Map<string, { isCancellationRequested: boolean; done: Promise<unknown> }>();
  /** The calls of each streamed log: those of the stream under way on a first read, else of the last one finished. */
  private readonly streamedCalls = new Map<string, StreamedCalls>();

  constructor(private readonly progress: AnalysisProgress) {}

  /** Logs this many bytes or longer are streamed (tests set a small value, `SipLensInitializationOptions`). */
  streamFromBytes = STREAM_FROM_BYTES;

  /** The most rows kept for a streamed log's Calls view (tests set a small value, `SipLensInitializationOptions`). */
  maxCallRows = MAX_STREAMED_ROWS;

  /** The document of a log held whole; undefined for one streamed. */
  get(uri: string): SipTextDocument | undefined {
    const held = this.held.get(uri);
    return held?.kind === 'whole' ? held.document : undefined;
  }

  /** The calls of a streamed log (so far, while its first stream is under way); undefined for one held whole. */
  calls(uri: string): StreamedCalls | undefined {
    return this.streamedCalls.get(uri);
  }

  /** Every log held whole, for re-validation when settings change. */
  all(): SipTextDocument[] {
    return [...this.held.values()].flatMap((held) => (held.kind === 'whole' ? [held.document] : []));
  }

  /** The logs streamed, to stream again when settings change. */
  streamed(): string[] {
    return [...this.held].flatMap(([uri, held]) => (held.kind === 'streamed' ? [uri] : []));
  }

  /** Stops a read in progress; true if there was one. */
  cancelRead(uri: string): boolean {
    const read = this.reading.get(uri);
    if (!read) return false;
    read.isCancellationRequested = true;
    return true;
  }

  /** Lets the file go (its tab was closed, or the editor now has it open); its text is returned for the memory hint. */
  forget(uri: string): { readonly document?: SipTextDocument } | undefined {
    this.cancelRead(uri);
    const held = this.held.get(uri);
    this.held.delete(uri);
    this.dropCalls(uri);
    return held && { document: held.kind === 'whole' ? held.document : undefined };
  }

  /**
   * Reads `uri` (a `file:` URI), whole or what was appended since the last read, or streams it;
   * `hooks` are told what to analyse or publish. A read already under way for the same file is the answer.
   */
  async read(uri: string, language: Language, hooks: DiskHooks): Promise<AnalyseOnDiskResult> {
    const under = this.reading.get(uri);
    if (under) return (await under.done) as AnalyseOnDiskResult;
    const token = { isCancellationRequested: false, done: Promise.resolve() as Promise<unknown> };
    const done = this.readNow(uri, language, token, hooks).finally(() => this.reading.delete(uri));
    token.done = done;
    this.reading.set(uri, token);
    return done;
  }

  private async readNow(
    uri: string,
    language: Language,
    token: { readonly isCancellationRequested: boolean },
    hooks: DiskHooks,
  ): Promise<AnalyseOnDiskResult> {
    const path = filePath(uri);
    if (path === undefined) return { outcome: 'failed', message: ON_DISK_STRINGS[language].notAFile };
    const size = await sizeOf(path);
    // A gzip file's text is known only once inflated: its trailer gives a lower bound, and a whole read
    // gives way to the stream past the limit.
    const textAtLeast = isGzipPath(path) ? await gzipTextAtLeast(path) : size;
    const request: DiskRequest = { uri, path, size, language, token, hooks };
    if (textAtLeast >= this.streamFromBytes) return this.stream(request);
    try {
      return await this.readWhole(request);
    } catch (error) {
      if (error instanceof TooLongToHold) return this.stream(request);
      return this.failed(uri, language, error);
    }
  }

  /** Reads the log whole, or what was appended to the one held whole; throws `TooLongToHold` past the limit. */
  private async readWhole({ uri, path, size, language, token, hooks }: DiskRequest): Promise<AnalyseOnDiskResult> {
    const found = this.held.get(uri);
    const held = found?.kind === 'whole' ? found : undefined;
    const onProgress = (fraction: number) => this.progress.report(uri, 'reading', fraction);
    // A gzip file's text is several times its size: its read always shows progress. An append shows it when long.
    const toRead = isGzipPath(path) ? PROGRESS_MIN_CHARS : size - (held?.position.fileBytes ?? 0);
    this.progress.begin(uri, toRead, 'reading', language);
    const appended = held && (await readAppended(path, held.position, onProgress, token));
    const read = appended ?? (await readLogForAnalysis(path, onProgress, token, this.streamFromBytes));
    const change =
      held && appended
        ? appendTo(held.document, appended.text)
        : wholeRead(uri, path, versionOf(found) + 1, held?.document.version, read.text);
    const { text: _text, ...position } = read;
    this.dropCalls(uri);
    this.held.set(uri, { kind: 'whole', document: change.document, position });
    if (change.document === held?.document) this.progress.end(uri);
    else hooks.changed(change);
    return { outcome: 'read', version: change.document.version, bytes: read.fileBytes };
  }

  /** Streams the log (diskStream.ts), unless it is the one streamed last time, unchanged, with the same options. */
  private async stream({ uri, path, size, language, token, hooks }: DiskRequest): Promise<AnalyseOnDiskResult> {
    const held = this.held.get(uri);
    const streamed = { wholeUpToBytes: this.streamFromBytes };
    if (
      held?.kind === 'streamed' &&
      sameOptions(held.options, hooks.options) &&
      held.diagnosticsEnabled === hooks.diagnosticsEnabled &&
      (await unchangedSince(path, held.position))
    )
      return { outcome: 'read', version: held.version, bytes: held.position.fileBytes, streamed };
    if (held?.kind === 'whole') {
      this.held.delete(uri);
      hooks.letGo(held.document);
    }
    const version = versionOf(held) + 1;
    // Always shown: reading and analysing are one pass, and a small test log is streamed too.
    this.progress.begin(uri, Math.max(size, PROGRESS_MIN_CHARS), 'analysing', language);
    const progressive = held?.kind !== 'streamed';
    const calls = new StreamedCalls(version, language, streamOptions(hooks.options), this.maxCallRows);
    // A first stream lists its calls as they come; a log streamed again keeps its last list to the end, as its marks.
    if (progressive) this.setCalls(uri, calls);
    try {
      const position = await streamDiagnostics({
        uri,
        path,
        options: hooks.options,
        language,
        progressive,
        token,
        onWindow: (window) => calls.take(window),
        onProgress: (fraction) => this.progress.report(uri, 'analysing', fraction),
        publish: (diagnostics) => hooks.publish(uri, version, diagnostics),
      });
      const { options, diagnosticsEnabled } = hooks;
      this.held.set(uri, { kind: 'streamed', version, options, diagnosticsEnabled, position });
      this.setCalls(uri, calls);
      this.progress.end(uri);
      return { outcome: 'read', version, bytes: position.fileBytes, streamed };
    } catch (error) {
      // Findings of part of a log would be wrong (a response later in the log marks a request unanswered).
      this.held.delete(uri);
      calls.close();
      this.dropCalls(uri);
      hooks.publish(uri, version, []);
      return this.failed(uri, language, error);
    }
  }

  private setCalls(uri: string, calls: StreamedCalls): void {
    const before = this.streamedCalls.get(uri);
    if (before !== calls) before?.close();
    this.streamedCalls.set(uri, calls);
  }

  private dropCalls(uri: string): void {
    this.streamedCalls.get(uri)?.close();
    this.streamedCalls.delete(uri);
  }

  private failed(uri: string, language: Language, error: unknown): AnalyseOnDiskResult {
    if (error instanceof ReadCancelled) {
      this.progress.end(uri, { state: 'cancelled' });
      return { outcome: 'cancelled' };
    }
    const message = error instanceof LogReadError ? error.worded(language) : String(error);
    this.progress.end(uri, { state: 'failed', message });
    return { outcome: 'failed', message };
  }
}

/** The stream's horizon (tests set a small one); the windows are the check's. */
function streamOptions(options: RuleOptions): CallStreamOptions {
  const { horizonChars } = options as StreamCheckOptions;
  return horizonChars === undefined ? {} : { horizonChars };
}

/** The version of what is held for a file; 0 when nothing is. */
function versionOf(held: Held | undefined): number {
  if (!held) return 0;
  return held.kind === 'whole' ? held.document.version : held.version;
}

/** The held document with `text` appended (itself when nothing was). */
function appendTo(document: SipTextDocument, text: string): DiskChange {
  if (text === '') return { document };
  const end = document.length;
  const edit = { start: end, end, insertedLength: text.length };
  return { document: document.applyEdit(edit, text, document.version + 1), fromVersion: document.version, edit };
}

/** The log read whole as version `version`; `fromVersion` is that of the document it replaces, if one was held. */
function wholeRead(
  uri: string,
  path: string,
  version: number,
  fromVersion: number | undefined,
  text: string,
): DiskChange {
  const languageId = /\.sip(?:\.gz)?$/iu.test(path) ? 'sip' : 'log';
  return { document: SipTextDocument.create(uri, languageId, version, text), fromVersion };
}

/** The local path of a `file:` URI; undefined for any other scheme (the server reads only its own disk). */
export function filePath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

/** The file's size, or 0 when it cannot be read (the read itself then says why). */
function sizeOf(path: string): Promise<number> {
  return stat(path).then(
    (info) => info.size,
    () => 0,
  );
}
