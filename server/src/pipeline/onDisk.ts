/**
 * Logs the editor never handed over (VS Code syncs no document over 50 MB to extensions,
 * microsoft/vscode#111849), read from disk on request ("SIP: Analyse on disk") and then held as a
 * document like any open one: the validator publishes its diagnostics for the file's URI (capped
 * as usual), and the Calls view and statistics ask for it by that URI. Asked again, only what was
 * appended is read and analysed as an append, so a log that grows is followed at the cost of
 * its growth; a rotated or rewritten file is read whole again.
 */
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Language } from '../../../catalog/src/language';
import type { AnalyseOnDiskResult } from '../../../catalog/src/protocol';
import type { TextEdit } from '../analysis/incremental';
import { LogReadError } from '../logFiles/errors';
import { isGzipPath } from '../logFiles/sync';
import { SipTextDocument } from '../document/sipTextDocument';
import { PROGRESS_MIN_CHARS, type AnalysisProgress } from './analysisProgress';
import { ON_DISK_STRINGS } from './pipeline-strings';
import { readAppended, ReadCancelled, readLogForAnalysis, type LogRead } from '../logFiles/async';

/** Where the next read of a file starts: what was read, without the text (the document holds that). */
type ReadPosition = Omit<LogRead, 'text'>;

interface Held {
  readonly document: SipTextDocument;
  readonly position: ReadPosition;
}

/** What a read changed, for the server to analyse: the new version, and the edit when it was an append. */
export interface DiskChange {
  readonly document: SipTextDocument;
  /** The version it replaces, when the file was held before. */
  readonly fromVersion?: number;
  /** Undefined for a whole read. */
  readonly edit?: TextEdit;
}

export class DiskDocuments {
  private readonly held = new Map<string, Held>();
  private readonly reading = new Map<string, { isCancellationRequested: boolean; done: Promise<unknown> }>();

  constructor(private readonly progress: AnalysisProgress) {}

  get(uri: string): SipTextDocument | undefined {
    return this.held.get(uri)?.document;
  }

  /** Every log held, for re-validation when settings change. */
  all(): SipTextDocument[] {
    return [...this.held.values()].map((held) => held.document);
  }

  /** Stops a read in progress; true if there was one. */
  cancelRead(uri: string): boolean {
    const read = this.reading.get(uri);
    if (!read) return false;
    read.isCancellationRequested = true;
    return true;
  }

  /** Lets the file go (its tab was closed, or the editor now has it open); its text is returned for the memory hint. */
  forget(uri: string): SipTextDocument | undefined {
    this.cancelRead(uri);
    const held = this.held.get(uri);
    this.held.delete(uri);
    return held?.document;
  }

  /**
   * Reads `uri` (a `file:` URI), whole or what was appended since the last read; `changed` is told
   * about a new version to analyse. A read already under way for the same file is the answer.
   */
  async read(uri: string, language: Language, changed: (change: DiskChange) => void): Promise<AnalyseOnDiskResult> {
    const under = this.reading.get(uri);
    if (under) return (await under.done) as AnalyseOnDiskResult;
    const token = { isCancellationRequested: false, done: Promise.resolve() as Promise<unknown> };
    const done = this.readNow(uri, language, token, changed).finally(() => this.reading.delete(uri));
    token.done = done;
    this.reading.set(uri, token);
    return done;
  }

  private async readNow(
    uri: string,
    language: Language,
    token: { readonly isCancellationRequested: boolean },
    changed: (change: DiskChange) => void,
  ): Promise<AnalyseOnDiskResult> {
    const path = filePath(uri);
    if (path === undefined) return { outcome: 'failed', message: ON_DISK_STRINGS[language].notAFile };
    const held = this.held.get(uri);
    const onProgress = (fraction: number) => this.progress.report(uri, 'reading', fraction);
    // A gzip file's text is several times its size: its read always shows progress. An append shows it when long.
    const toRead = isGzipPath(path) ? PROGRESS_MIN_CHARS : (await sizeOf(path)) - (held?.position.fileBytes ?? 0);
    this.progress.begin(uri, toRead, 'reading', language);
    try {
      const appended = held && (await readAppended(path, { ...held.position, text: '' }, onProgress, token));
      const read = appended ?? (await readLogForAnalysis(path, onProgress, token));
      const change = held && appended ? appendTo(held.document, appended.text) : wholeRead(uri, path, held, read.text);
      const { text: _text, ...position } = read;
      this.held.set(uri, { document: change.document, position });
      if (change.document === held?.document) this.progress.end(uri);
      else changed(change);
      return { outcome: 'read', version: change.document.version, bytes: read.fileBytes };
    } catch (error) {
      if (error instanceof ReadCancelled) {
        this.progress.end(uri, { state: 'cancelled' });
        return { outcome: 'cancelled' };
      }
      const message = error instanceof LogReadError ? error.worded(language) : String(error);
      this.progress.end(uri, { state: 'failed', message });
      return { outcome: 'failed', message };
    }
  }
}

/** The held document with `text` appended (itself when nothing was). */
function appendTo(document: SipTextDocument, text: string): DiskChange {
  if (text === '') return { document };
  const end = document.length;
  const edit = { start: end, end, insertedLength: text.length };
  return { document: document.applyEdit(edit, text, document.version + 1), fromVersion: document.version, edit };
}

function wholeRead(uri: string, path: string, held: Held | undefined, text: string): DiskChange {
  const languageId = /\.sip(?:\.gz)?$/iu.test(path) ? 'sip' : 'log';
  const version = (held?.document.version ?? 0) + 1;
  return { document: SipTextDocument.create(uri, languageId, version, text), fromVersion: held?.document.version };
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
