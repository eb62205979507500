/**
 * A fingerprint of everything the analysis core and the rules say about a text: every field of
 * every message (named one by one, so a field computed lazily or kept on a prototype still
 * counts), the occurrences, Q.850 causes, calls with their transactions, and every finding with
 * its totals. The lean core is held to today's results by comparing these fingerprints with the
 * ones main's core produced (scripts/coreEquality.mjs writes them and compares big logs whole).
 */
import { createHash } from 'node:crypto';
import { analyze } from '../../server/src/analysis';
import type { Analysis, SipMessage } from '../../server/src/analysis/types';
import { evaluateRules } from '../../server/src/rules';

/** Every field of the SipMessage contract, in a fixed order. */
const MESSAGE_FIELDS: ReadonlyArray<keyof SipMessage> = [
  'index',
  'startOffset',
  'endOffset',
  'startLineEnd',
  'kind',
  'method',
  'requestUri',
  'statusCode',
  'reasonPhrase',
  'callId',
  'cseqNumber',
  'cseqMethod',
  'viaBranch',
  'fromTag',
  'toTag',
  'reasons',
  'hasCredentials',
  'format',
];

/** The analysis and findings as plain data, field by field (undefined fields written as null). */
export function analysisFacts(analysis: Analysis): unknown {
  const messages = analysis.messages.map((message) => MESSAGE_FIELDS.map((field) => message[field] ?? null));
  // No cap: every finding counts, not just the first thousand.
  const rules = evaluateRules(analysis, { overrides: {}, maxFindings: Number.MAX_SAFE_INTEGER });
  return {
    textLength: analysis.textLength,
    messages,
    occurrences: analysis.occurrences,
    q850: analysis.q850,
    calls: analysis.calls,
    findings: rules.findings,
    totals: rules.totals,
  };
}

/** SHA-256 of the facts of `analyze(text)`, as hex. */
export function analysisDigest(text: string): string {
  return createHash('sha256')
    .update(JSON.stringify(analysisFacts(analyze(text))))
    .digest('hex');
}
