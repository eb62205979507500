/** `sip-lens explain <code> [--json]`: the catalog card as text or JSON. */
import { codeCard } from '../../../catalog/src/card';
import { cardText } from '../../../catalog/src/card-text';
import { explain } from '../../../catalog/src/index';
import { EXIT_OK, parseCodeArgument, parseFlags, UsageError, type CliIO } from './io';

export function runExplain(args: readonly string[], io: CliIO): number {
  const { flags, positional } = parseFlags(args, ['--json']);
  if (positional.length !== 1) throw new UsageError('explain takes exactly one code');
  const code = parseCodeArgument(positional[0]);
  const entry = explain(code);
  if (!entry) throw new UsageError(`'${code}' is not a SIP response code`);
  io.out(flags.has('--json') ? `${JSON.stringify(entry, null, 2)}\n` : cardText(codeCard(entry)));
  return EXIT_OK;
}
