/**
 * The log injection's rule for a code followed by its registered phrase (`peer hung up: 488 Not
 * Acceptable Here`), built from the catalog so the grammar and the scanner know the same phrases.
 * test/unit/grammar-mentions.test.ts holds the grammar file to this; after a catalog change run
 *   npx esbuild test/support/grammarMentions.ts --bundle --platform=node --format=cjs \
 *     --outfile=/tmp/gm.js && node /tmp/gm.js --write
 * The grammar only colours the code, with the status classes' scopes, and stays conservative: no
 * code after a word character, a dot, a slash, a colon or a tag's `>` (`v2.486`, `tm.c:480`,
 * `<title>404 Not Found`), none after another protocol's version (`HTTP/1.1 404 Not Found`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allEntries } from '../../catalog/src/index';

export const INJECTION_FILE = 'syntaxes/sip-log.injection.tmLanguage.json';
export const RULE_NAME = 'mentioned-status';

/** One-word phrases also read as plain English after a count (`202 accepted`): capitalised only. */
const ANY_CASE_SINGLE_WORDS = new Set(['ringing', 'trying']);
const TOO_GENERIC = new Set(['error']);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function phraseSource(phrase: string): string {
  const words = phrase.split(/[ -]/).filter((word) => word.length > 0);
  if (words.length === 1 && !ANY_CASE_SINGLE_WORDS.has(phrase.toLowerCase()))
    return `(?-i:${escape(phrase)}|${escape(phrase.toUpperCase())})`;
  return words.map(escape).join('[ \\t-]');
}

/** The rule's `match`: the code, when the text after it is one of the code's own phrases. */
export function mentionedStatusMatch(): string {
  const pairs: string[] = [];
  for (const entry of allEntries()) {
    const phrases = [entry.reasonPhrase, ...entry.aliases].filter((p) => !TOO_GENERIC.has(p.toLowerCase()));
    if (phrases.length === 0) continue;
    const sorted = [...phrases].sort((a, b) => b.length - a.length);
    pairs.push(`${entry.code}(?=[ \\t]+(?:${sorted.map(phraseSource).join('|')})(?![\\w-]))`);
  }
  const notAfter = '(?<![\\w./\\\\@>:-])(?<![A-Za-z]/\\d\\.\\d[ \\t])(?<![A-Za-z]/\\d[ \\t])';
  return `(?i)${notAfter}(?:${pairs.join('|')})`;
}

export function mentionedStatusRule(): Record<string, unknown> {
  return {
    comment:
      'A code followed by its own registered phrase, anywhere in a log line; built by test/support/grammarMentions.ts',
    match: mentionedStatusMatch(),
    name: 'constant.numeric.status-code.sip',
    captures: { '0': { patterns: [{ include: 'source.sip#status-code-class' }] } },
  };
}

if (process.argv.includes('--write')) {
  const file = join(process.cwd(), INJECTION_FILE);
  const grammar = JSON.parse(readFileSync(file, 'utf8')) as {
    patterns: { include: string }[];
    repository: Record<string, unknown>;
  };
  grammar.repository[RULE_NAME] = mentionedStatusRule();
  if (!grammar.patterns.some((p) => p.include === `#${RULE_NAME}`)) grammar.patterns.push({ include: `#${RULE_NAME}` });
  writeFileSync(file, `${JSON.stringify(grammar, null, '\t')}\n`);
}
