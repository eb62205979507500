/** `sip-lens compare <a> <b> [--json] [--lang <l>]`: the same comparison model the webview renders. */
import { compareCodes } from '../../../catalog/src/compare';
import { comparisonJson, comparisonText } from '../../../catalog/src/compare-text';
import type { Language } from '../../../catalog/src/language';
import { EXIT_OK, parseCodeArgument, parseFlags, UsageError, type CliIO } from './io';

export function runCompare(args: readonly string[], io: CliIO, language: Language): number {
  const { flags, positional } = parseFlags(args, ['--json']);
  if (positional.length !== 2) throw new UsageError('compareArity');
  const a = parseCodeArgument(positional[0]);
  const b = parseCodeArgument(positional[1]);
  const comparison = compareCodes(a, b, language);
  if ('error' in comparison) throw new UsageError('comparisonRefused', { reason: comparison.error });
  io.out(
    flags.has('--json')
      ? `${JSON.stringify(comparisonJson(comparison, language), null, 2)}\n`
      : comparisonText(comparison, language),
  );
  return EXIT_OK;
}
