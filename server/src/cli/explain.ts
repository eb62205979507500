/** `sip-lens explain <code> [--json] [--lang <l>]`: the catalog card as text or JSON. */
import { codeCard } from '../../../catalog/src/card';
import { cardText } from '../../../catalog/src/card-text';
import { explain } from '../../../catalog/src/index';
import type { Language } from '../../../catalog/src/language';
import { EXIT_OK, parseCodeArgument, parseFlags, UsageError, type CliIO } from './io';

/** The JSON is the catalog entry in `language`: the prose changes, the keys do not. */
export function runExplain(args: readonly string[], io: CliIO, language: Language): number {
  const { flags, positional } = parseFlags(args, ['--json']);
  if (positional.length !== 1) throw new UsageError('explainArity');
  const code = parseCodeArgument(positional[0]);
  const entry = explain(code, language);
  if (!entry) throw new UsageError('noEntry', { code });
  io.out(
    flags.has('--json') ? `${JSON.stringify(entry, null, 2)}\n` : cardText(codeCard(entry, language), '=', language),
  );
  return EXIT_OK;
}
