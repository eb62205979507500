/**
 * Builds the Markdown hover cards from the catalog and, when the code sits in a parsed SIP
 * message, from the call flow around it. Pure: no LSP objects, so the CLI and tests can use it.
 */
import { codeCard, type CardSection, type TitleSection } from '../../../catalog/src/card';
import {
  explain,
  isKnownPhrase,
  q850Cause,
  getEntry,
  type CatalogEntry,
  type Q850Cause,
} from '../../../catalog/src/index';
import { COMMANDS } from '../../../catalog/src/protocol';
import type { Analysis, Occurrence, Q850Occurrence, SipMessage, Transaction, TransactionOf } from '../analysis/types';
import { withCSeq } from '../rules/wording';
import { clip, commandLink, escapeMarkdown } from './markdown';

/** What the log says around one occurrence. */
export interface OccurrenceContext {
  readonly occurrence: Occurrence;
  readonly message?: SipMessage;
  readonly request?: SipMessage;
  readonly transaction?: Transaction;
  readonly isFinal?: boolean;
}

/**
 * The catalog card of the code, in the card's own section order, with what this log says about
 * it (and any phrase mismatch) right after the description. Catalog text is our own Markdown.
 */
export function statusCodeCard(context: OccurrenceContext): string | undefined {
  const entry = explain(context.occurrence.code);
  if (!entry) return undefined;
  const parts = codeCard(entry).sections.flatMap((section) =>
    section.id === 'description'
      ? [section.text, ...inThisLog(context), ...phraseNote(entry, context.occurrence.phrase)]
      : [sectionMarkdown(section)],
  );
  return [...parts, footer(entry)].join('\n\n');
}

function sectionMarkdown(section: CardSection): string {
  switch (section.id) {
    case 'title':
      return heading(section);
    case 'description':
      return section.text;
    case 'whenItAppears':
    case 'retry':
    case 'deprecation':
    case 'stirShaken':
    case 'origin':
      return `**${section.title}.** ${section.text}`;
    case 'howToFix':
      return `**${section.title}.**\n\n${section.steps.map((step, i) => `${i + 1}. ${step}`).join('\n')}`;
    case 'q850':
      return `**${section.title}.** ${section.lines.join('; ')}.`;
    case 'related':
      return `**${section.title}.**\n\n${section.items.map((item) => `- **${item.label}**: ${item.note}`).join('\n')}`;
  }
}

function heading(title: TitleSection): string {
  const badges = title.badges.map((badge) => badge.label).join(' · ');
  return `### ${title.heading}\n\n${badges} · [${title.reference.label}](${title.reference.url})`;
}

function inThisLog(context: OccurrenceContext): string[] {
  const { message, transaction } = context;
  if (!message || message.kind !== 'response') return [];
  const method = message.cseqMethod ?? transaction?.method;
  const parts: string[] = [];
  if (method) {
    parts.push(`answers ${withCSeq(`**${escapeMarkdown(clip(method, 40))}**`, message.cseqNumber)}`);
  }
  if (message.callId) parts.push(`Call-ID ${escapeMarkdown(clip(message.callId, 80))}`);
  if (context.isFinal !== undefined) {
    parts.push(context.isFinal ? 'the final response of its transaction' : 'not the final response of its transaction');
  }
  if (context.request === undefined && method) parts.push('the request is not in this log');
  return parts.length > 0 ? [`**In this log:** ${parts.join(' · ')}`] : [];
}

function phraseNote(entry: CatalogEntry, phrase: string | undefined): string[] {
  if (!phrase || !entry.known || !entry.reasonPhrase || isKnownPhrase(entry.code, phrase)) return [];
  return [`*Sent as '${escapeMarkdown(clip(phrase, 80))}'; the registered phrase is '${entry.reasonPhrase}'.*`];
}

function footer(entry: CatalogEntry): string {
  const compare = commandLink('Compare with…', COMMANDS.compareCodes, [entry.code]);
  const rfc = commandLink('Open RFC', COMMANDS.openRfc, [entry.code]);
  return `${compare} · ${rfc}`;
}

export function q850Card(occurrence: Q850Occurrence): string {
  const cause = q850Cause(occurrence.cause);
  if (!cause) {
    return `### Q.850 cause ${occurrence.cause}\n\nAn ITU-T Q.850 cause value (not a SIP status code) that SIP Lens has no entry for. ${UNLISTED_CAUSE}`;
  }
  return `### Q.850 cause ${cause.cause}: ${cause.name}\n\nAn ISDN/ITU-T Q.850 cause carried in a Reason header (RFC 3326), **not** a SIP status code.\n\n${cause.meaning}\n\n${q850Mapping(cause)}`;
}

// SIP Lens lists every cause of RFC 3398's table, so a cause it has no entry for is unlisted there too.
const UNLISTED_CAUSE =
  'RFC 3398 §7.2.4.1 does not list it; causes it does not list should become **500 Server Internal Error**.';

function q850Mapping(cause: Q850Cause): string {
  if (cause.noSipStatus) return 'RFC 3398 §7.2.4.1 gives it no SIP status code.';
  const mapped = cause.sipCode !== undefined ? getEntry(cause.sipCode) : undefined;
  if (!mapped) return UNLISTED_CAUSE;
  return `RFC 3398 §7.2.4.1 maps it to **${mapped.code} ${mapped.reasonPhrase}**. ${commandLink(`Explain ${mapped.code}`, COMMANDS.explainCode, [mapped.code])}`;
}

/** What the call flow says around an occurrence, for the hover card. */
export function contextFor(
  analysis: Analysis,
  occurrence: Occurrence,
  transactionOf: TransactionOf,
): OccurrenceContext {
  const message = occurrence.messageIndex >= 0 ? analysis.messages[occurrence.messageIndex] : undefined;
  if (!message || occurrence.kind !== 'status-line') return { occurrence, ...(message ? { message } : {}) };
  const transaction = transactionOf(message.index);
  const request = transaction?.request !== undefined ? analysis.messages[transaction.request] : undefined;
  // Any response >= 200 ends its transaction; retransmitted finals are final too.
  const isFinal = (message.statusCode ?? 0) >= 200;
  return { occurrence, message, ...(transaction ? { transaction } : {}), ...(request ? { request } : {}), isFinal };
}
