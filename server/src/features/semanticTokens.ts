/**
 * textDocument/semanticTokens: one token on every status code and Q.850 cause the analysis
 * recognised, typed by response class, so the editor colours exactly what SIP Lens understood,
 * in any log format, and leaves every other number (ports, CSeq numbers, PIDs) alone. The token
 * types are declared in package.json (`semanticTokenTypes`) and mapped to the grammar's class
 * scopes (`semanticTokenScopes`), so a theme colours them as it colours the grammar.
 *
 * The encoding is one merge of the two sorted occurrence lists: no text is read.
 */
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { Range, TextDocument } from 'vscode-languageserver-textdocument';
import { firstStartingAtOrAfter } from '../analysis/lookup';
import { CODE_LENGTH, type Analysis } from '../analysis';
import { SipTextDocument } from '../document/sipTextDocument';

/** Indexed by response class (1xx → 0 … 6xx → 5); the Q.850 cause comes last. Order is the protocol. */
export const TOKEN_TYPES = [
  'sipStatusProvisional',
  'sipStatusSuccess',
  'sipStatusRedirect',
  'sipStatusClientError',
  'sipStatusServerError',
  'sipStatusGlobalError',
  'sipQ850Cause',
] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];

const Q850_TYPE = TOKEN_TYPES.indexOf('sipQ850Cause');

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] };

/** Each token is five integers: line delta, start delta, length, type, modifiers (LSP 3.16 encoding). */
const INTS_PER_TOKEN = 5;

/** The token type index of a status code, or -1 outside 1xx-6xx (the analysis never finds those). */
export function statusTokenType(code: number): number {
  const codeClass = Math.floor(code / 100);
  return codeClass >= 1 && codeClass <= 6 ? codeClass - 1 : -1;
}

/**
 * The tokens of `analysis` whose first character lies in `range` (the whole document when
 * absent). The analysis may be the prefix of a sliced analysis: its tokens are then the
 * prefix's, and the server asks the client to refresh once the whole is done.
 */
export function semanticTokens(document: TextDocument, analysis: Analysis, range?: Range): SemanticTokens {
  const start = range ? document.offsetAt(range.start) : 0;
  const end = range ? document.offsetAt(range.end) : Number.POSITIVE_INFINITY;
  const codes = analysis.occurrences;
  const causes = analysis.q850;
  let i = firstStartingAtOrAfter(codes, start);
  let j = firstStartingAtOrAfter(causes, start);
  const iEnd = firstStartingAtOrAfter(codes, end);
  const jEnd = firstStartingAtOrAfter(causes, end);
  const encoder = new TokenEncoder(document, (iEnd - i + jEnd - j) * INTS_PER_TOKEN);
  // Both lists are sorted by offset and never overlap: a plain merge keeps the tokens in text order.
  while (i < iEnd || j < jEnd) {
    const code = i < iEnd ? codes[i] : undefined;
    const cause = j < jEnd ? causes[j] : undefined;
    if (code && (!cause || code.offset < cause.offset)) {
      encoder.push(code.offset, CODE_LENGTH, statusTokenType(code.code));
      i++;
    } else if (cause) {
      encoder.push(cause.offset, cause.length, Q850_TYPE);
      j++;
    }
  }
  return { data: encoder.data() };
}

/** Relative encoding: each token's line is a delta from the previous token's, its start too on the same line. */
class TokenEncoder {
  private readonly ints: number[];
  private count = 0;
  private line = 0;
  private character = 0;

  constructor(
    private readonly document: TextDocument,
    capacity: number,
  ) {
    this.ints = new Array<number>(capacity);
  }

  push(offset: number, length: number, type: number): void {
    if (type < 0) return;
    const position = this.positionAt(offset);
    const deltaLine = position.line - this.line;
    const deltaStart = deltaLine === 0 ? position.character - this.character : position.character;
    const at = this.count;
    this.ints[at] = deltaLine;
    this.ints[at + 1] = deltaStart;
    this.ints[at + 2] = length;
    this.ints[at + 3] = type;
    this.ints[at + 4] = 0;
    this.count += INTS_PER_TOKEN;
    this.line = position.line;
    this.character = position.character;
  }

  /**
   * Tokens come in text order: on our own document the line is found by searching forward
   * from the previous token's line, which costs the distance moved rather than log(lines).
   */
  private positionAt(offset: number): { line: number; character: number } {
    if (!(this.document instanceof SipTextDocument)) return this.document.positionAt(offset);
    const lines = this.document.lines;
    const line = lines.lineAtFrom(offset, this.line);
    return { line, character: offset - lines.lineStart(line) };
  }

  data(): number[] {
    // Only a code outside 1xx-6xx (never found) leaves the array shorter than its capacity.
    if (this.ints.length !== this.count) this.ints.length = this.count;
    return this.ints;
  }
}
