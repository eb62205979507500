/** `sip-lens compare <a> <b> [--json]`: the same comparison model the webview renders. */
import { compareCodes } from '../../../catalog/src/compare';
import { comparisonJson, comparisonText } from '../../../catalog/src/compare-text';
import { EXIT_OK, parseCodeArgument, parseFlags, UsageError, type CliIO } from './io';

export function runCompare(args: readonly string[], io: CliIO): number {
  const { flags, positional } = parseFlags(args, ['--json']);
  if (positional.length !== 2) throw new UsageError('compare takes exactly two codes');
  const comparison = compareCodes(parseCodeArgument(positional[0]), parseCodeArgument(positional[1]));
  if ('error' in comparison) throw new UsageError(comparison.error);
  io.out(flags.has('--json') ? `${JSON.stringify(comparisonJson(comparison), null, 2)}\n` : comparisonText(comparison));
  return EXIT_OK;
}
