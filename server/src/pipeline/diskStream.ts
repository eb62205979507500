/**
 * "Analyse on disk" for logs too big to hold whole (onDisk.ts decides): the file is read chunk by
 * chunk (logFiles/async.ts `streamLog`) and fed to the streamed rules (stream/check.ts `PushCheck`),
 * whose memory is bounded by the calls still open, not by the log; each window it analyses also goes
 * to the log's calls (`onWindow`, streamedCalls.ts). The work is cut into pieces of
 * PIECE_CHARS with a turn of the event loop between them, so the server answers other documents'
 * requests meanwhile, as the editor's sliced analysis does (progressive.ts).
 *
 * Diagnostics go out as they come: the most severe `maxDiagnostics` found so far (the cap keeps the
 * worst across the whole log, rules/cap.ts) with the "1,000 of N shown" notice counting what was
 * found so far, first after FIRST_PUBLISH_MS, then every PUBLISH_EVERY_MS, and the final list at the
 * end. A call is judged once it has been quiet for the stream's horizon (stream/check.ts), so a
 * finding appears only once nothing later in the log can change it: a publication adds to the last,
 * except that under the cap a less severe finding gives way to a more severe one found later.
 */
import type { Diagnostic } from 'vscode-languageserver';
import type { Language } from '../../../catalog/src/language';
import { toDiagnostics } from '../features/diagnostics';
import { ReadCancelled, streamLog, type ReadCancel, type ReadPosition } from '../logFiles/async';
import type { Finding } from '../rules/types';
import { PushCheck, type StreamCheckOptions } from '../stream/check';
import type { LocatedFinding } from '../stream/judge';
import type { Position, WindowFacts } from '../stream/types';

/**
 * Characters pushed between two turns of the event loop, and the stream's window (stream/windows.ts;
 * the CLI's is 1 MiB): each piece analyses about one window, ten to twenty milliseconds on a quiet
 * machine, so another document's request waits about that long. Smaller windows cost more in the
 * lines re-read around each cut (about 74 lines a window).
 */
const PIECE_CHARS = 256 * 1024;
/** The first diagnostics wait this long, so that they are worth showing, and a small log only publishes once. */
const FIRST_PUBLISH_MS = 1000;
/** Then the list is sent again this often: each sends up to `maxDiagnostics` diagnostics. */
const PUBLISH_EVERY_MS = 3000;

/** One streamed analysis of a log read from disk. */
export interface StreamRun {
  readonly uri: string;
  readonly path: string;
  /** The rules' options (the stream's own, `horizonChars` and the window sizes, are for tests). */
  readonly options: StreamCheckOptions;
  readonly language: Language;
  /**
   * Publish as it goes (the first analysis of a file), or only at the end (a file analysed again
   * keeps its marks until then).
   */
  readonly progressive: boolean;
  readonly token: ReadCancel;
  onProgress(fraction: number): void;
  /** The diagnostics so far, or all of them (`final`). */
  publish(diagnostics: Diagnostic[], final: boolean): void;
  /** Told each window the check analysed, for the log's calls (streamedCalls.ts) to read the same analysis. */
  readonly onWindow?: (window: WindowFacts) => void;
  /** When to publish so far, in milliseconds (tests use 0): FIRST_PUBLISH_MS, then every PUBLISH_EVERY_MS. */
  readonly publishAfterMs?: { readonly first: number; readonly every: number };
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Streams the log, publishing its diagnostics; resolves with where the read ended; `ReadCancelled` if stopped. */
export async function streamDiagnostics(run: StreamRun): Promise<ReadPosition> {
  const check = new PushCheck({ windowChars: PIECE_CHARS, ...run.options }, undefined, run.onWindow);
  const released: LocatedFinding[] = [];
  const { first, every } = run.publishAfterMs ?? { first: FIRST_PUBLISH_MS, every: PUBLISH_EVERY_MS };
  let nextPublish = performance.now() + first;
  const sink = async (text: string) => {
    for (let at = 0; at < text.length; at += PIECE_CHARS) {
      released.push(...check.push(text.slice(at, at + PIECE_CHARS)));
      const soFar = run.progressive && performance.now() >= nextPublish ? [...released, ...check.held()] : [];
      // Nothing judged yet (the first calls wait for the stream's horizon): an empty list would say "no problems".
      if (soFar.length > 0) {
        run.publish(streamedDiagnostics(run, soFar, check), false);
        nextPublish = performance.now() + every;
      }
      await yieldToEventLoop();
      if (run.token.isCancellationRequested) throw new ReadCancelled();
    }
  };
  const position = await streamLog(run.path, sink, (fraction) => run.onProgress(fraction), run.token);
  released.push(...check.end());
  if (run.token.isCancellationRequested) throw new ReadCancelled();
  run.publish(streamedDiagnostics(run, released, check), true);
  return position;
}

/** The findings as diagnostics, each placed by the positions the stream kept for it (no text is held). */
function streamedDiagnostics(run: StreamRun, located: readonly LocatedFinding[], check: PushCheck): Diagnostic[] {
  const positions = new Map<number, Position>();
  const findings: Finding[] = [];
  for (const { finding, positions: own } of located) {
    findings.push(finding);
    for (const [offset, position] of own) positions.set(offset, position);
  }
  const placed = {
    uri: run.uri,
    positionAt: (offset: number) => positions.get(offset) ?? { line: 0, character: 0 },
  };
  return toDiagnostics(placed, { findings, totals: check.totals, overflow: check.overflowSoFar() }, run.language);
}
