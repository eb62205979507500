/** `sip-lens explain <code> [--json]`: the catalog card as text or JSON. */
import { explain, type CatalogEntry } from '../../../catalog/src/index';
import { EXIT_OK, parseCodeArgument, parseFlags, UsageError, type CliIO } from './io';

export function runExplain(args: readonly string[], io: CliIO): number {
  const { flags, positional } = parseFlags(args, ['--json']);
  if (positional.length !== 1) throw new UsageError('explain takes exactly one code');
  const code = parseCodeArgument(positional[0]);
  const entry = explain(code);
  if (!entry) throw new UsageError(`'${code}' is not a SIP response code`);
  io.out(flags.has('--json') ? `${JSON.stringify(entry, null, 2)}\n` : entryText(entry));
  return EXIT_OK;
}

export function entryText(entry: CatalogEntry): string {
  const title = `${entry.code} ${entry.reasonPhrase}`.trim();
  const lines = [
    title,
    '='.repeat(title.length),
    `${entry.class} ${entry.className}${entry.registered ? '' : ' (not a registered SIP response code)'}`,
    `RFC ${entry.rfc} section ${entry.section}: ${entry.rfcUrl}`,
    '',
    entry.description,
    '',
    `When it appears: ${entry.whenItAppears}`,
    '',
    'How to fix:',
    ...entry.howToFix.map((step, i) => `  ${i + 1}. ${step}`),
    '',
    `Short fix: ${entry.shortFix}`,
    `Retry: ${entry.retry}`,
  ];
  if (entry.deprecation) lines.push(`Deprecated: ${entry.deprecation}`);
  if (entry.stirShaken) lines.push(`STIR/SHAKEN: ${entry.stirShaken}`);
  if (entry.origin) lines.push(`Origin: ${entry.origin}`);
  if (entry.related.length > 0) {
    lines.push('', 'Related:', ...entry.related.map((r) => `  ${r.code} ${r.reasonPhrase}: ${r.note}`));
  }
  return `${lines.join('\n')}\n`;
}
