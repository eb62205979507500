/**
 * `--horizon <MiB|all>` for the commands that stream (check, calls, stats, flow): how long a call
 * may stay silent before it is judged or summarised (the stream's memory holds the calls active
 * within it); `all` holds every call to the end of the log, exact at any size. And the note on
 * standard error when a call came back after that, so every output format stays valid.
 */
import type { Language } from '../../../catalog/src/language';
import { fill } from '../../../catalog/src/l10n';
import { DEFAULT_HORIZON_CHARS } from '../stream/check';
import { CLI_NOTE_STRINGS } from './cli-strings';
import { terminalLine, UsageError, type CliIO } from './io';

const MIB = 1024 * 1024;

/** The horizon in characters; undefined for the default. */
export function parseHorizon(raw: string | true | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (raw === 'all') return Number.POSITIVE_INFINITY;
  if (raw === true || !/^[1-9]\d{0,5}$/u.test(raw)) throw new UsageError('badHorizon', { value: String(raw) });
  return Number(raw) * MIB;
}

/**
 * A call seen again after the horizon was judged (check) or summarised (calls, stats, flow) in
 * parts: its findings may differ from judging it whole, or it is listed and counted as two calls.
 */
export function warnInParts(
  io: CliIO,
  note: 'judgedInParts' | 'listedInParts',
  path: string,
  count: number,
  horizon: number | undefined,
  language: Language,
): void {
  if (count === 0) return;
  const mib = Math.round((horizon ?? DEFAULT_HORIZON_CHARS) / MIB);
  io.err(`sip-lens: ${fill(CLI_NOTE_STRINGS[language][note], { path: terminalLine(path), count, mib })}\n`);
}
