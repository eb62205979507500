/**
 * "Already reported" for the checks that report copies of one response once (a retransmission,
 * the copy a proxy forwards): the same Call-ID, CSeq, method, code and rule. The RuleCheck API
 * hands each check one `Set<string>` per pass; a key built as a string cost about 1.5 µs (most of
 * the final-response check on a 50 MB log), so the keys live in a numeric table kept beside that
 * set, per Call-ID and method. Only a key that a number cannot hold exactly goes into the set.
 */
type Table = Map<string, Map<string, Set<number>>>;

const TABLES = new WeakMap<Set<string>, Table>();

/**
 * A number per rule id, given on first sight: the check files cannot read the registry's ranks
 * (the registry imports them), and the key only has to tell one rule from another.
 */
const RULE_NUMBERS = new Map<string, number>();

/** Codes and rule numbers fit below these, so `(cseq * CODE_SPAN + code) * RANK_SPAN + rank` is one-to-one. */
const RANK_SPAN = 16;
const CODE_SPAN = 1024;
const MAX_CSEQ = Math.floor(Number.MAX_SAFE_INTEGER / (CODE_SPAN * RANK_SPAN));

/** True the first time `reported` sees this finding (and records it); false for a copy. */
export function firstReport(
  reported: Set<string>,
  callId: string,
  cseqNumber: number,
  method: string,
  code: number,
  rule: string,
): boolean {
  const rank = ruleNumber(rule);
  if (!fitsNumber(cseqNumber, code) || rank >= RANK_SPAN) {
    const key = `${callId}\n${cseqNumber}\n${method}\n${code}\n${rule}`;
    if (reported.has(key)) return false;
    reported.add(key);
    return true;
  }
  const seen = seenFor(reported, callId, method);
  const key = (cseqNumber * CODE_SPAN + code) * RANK_SPAN + rank;
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}

function ruleNumber(rule: string): number {
  let number = RULE_NUMBERS.get(rule);
  if (number === undefined) RULE_NUMBERS.set(rule, (number = RULE_NUMBERS.size));
  return number;
}

function fitsNumber(cseqNumber: number, code: number): boolean {
  return (
    Number.isInteger(cseqNumber) &&
    cseqNumber >= 0 &&
    cseqNumber <= MAX_CSEQ &&
    Number.isInteger(code) &&
    code >= 0 &&
    code < CODE_SPAN
  );
}

function seenFor(reported: Set<string>, callId: string, method: string): Set<number> {
  let table = TABLES.get(reported);
  if (!table) TABLES.set(reported, (table = new Map()));
  let byMethod = table.get(callId);
  if (!byMethod) table.set(callId, (byMethod = new Map()));
  let seen = byMethod.get(method);
  if (!seen) byMethod.set(method, (seen = new Set()));
  return seen;
}
