/**
 * `sip-lens stats <file...> [--json] [--horizon <MiB|all>]`: each log's statistics as `callStatistics` computes them
 * (the numbers the editor's statistics show): calls by kind and state, responses by class and code,
 * the top failure codes with their short fix, and the RFC 6076 metrics the log allows. Each file is
 * streamed (callFile.ts): any size, `-` and `.gz`.
 */
import type { Language } from '../../../catalog/src/language';
import { StatisticsTally, type CallStatistics } from '../calls';
import { statisticsText } from '../calls/statsText';
import { readCalls } from './callFile';
import { assertReadable } from './checkedFile';
import { parseHorizon, warnInParts } from './horizon';
import { EXIT_OK, parseFlags, terminalLine, UsageError, type CliIO } from './io';
import { ChunkedOutput } from './output';

export function runStats(args: readonly string[], io: CliIO, language: Language = 'en'): number {
  const { flags, positional } = parseFlags(args, ['--json'], ['--horizon']);
  if (positional.length === 0) throw new UsageError('needsFile', { command: 'stats' });
  const horizonChars = parseHorizon(flags.get('--horizon'));
  assertReadable(positional);
  const json = flags.has('--json');
  const output = new ChunkedOutput(io);
  if (json) output.write('{\n  "files": [');
  positional.forEach((path, i) => {
    output.flush();
    // Counts and sums only, gathered as the log streams by: never the summaries.
    const tally = new StatisticsTally();
    const reading = { horizonChars, onResponse: (code: number) => tally.addResponse(code) };
    const file = readCalls(path, reading, (summary) => tally.addCall(summary));
    warnInParts(io, 'listedInParts', path, file.inParts, horizonChars, language);
    const statistics = tally.statistics(language);
    if (json) output.write(`${i === 0 ? '\n' : ',\n'}${statsJson(path, statistics)}`);
    else output.write(statsText(path, statistics, language));
  });
  if (json) output.write('\n  ]\n}\n');
  output.flush();
  return EXIT_OK;
}

function statsJson(path: string, statistics: CallStatistics): string {
  return JSON.stringify({ path, ...statistics }, null, 2).replace(/^/gmu, '    ');
}

/** The statistics as text, in the language asked for; untrusted text (the path) made terminal-safe. */
export function statsText(path: string, statistics: CallStatistics, language: Language = 'en'): string {
  return statisticsText(terminalLine(path), statistics, language);
}
