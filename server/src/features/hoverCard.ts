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
import type { Analysis, Occurrence, Q850Occurrence, SipMessage, Transaction } from '../analysis/types';
import type { FlowIndex } from '../rules/flow-index';
import { RULES } from '../rules/registry';
import type { Finding } from '../rules/types';
import { withCSeq } from '../rules/wording';
import { clip, commandLink, escapeMarkdown } from './markdown';
import { replaceUnsafeControls } from './untrustedText';

/** What the log says around one occurrence. */
export interface OccurrenceContext {
  readonly occurrence: Occurrence;
  readonly message?: SipMessage;
  readonly request?: SipMessage;
  readonly transaction?: Transaction;
  readonly isFinal?: boolean;
  /** The finding a rule reported on this code: its message and short fix are the hover's answer. */
  readonly finding?: Finding;
}

/**
 * The hover of a status code, answer first: the code, its class and one-line meaning; what it
 * did in this log (the finding, when a rule reported one, with its short fix); the actions; and
 * only after a rule the rest of the catalog card, in the card's order. Catalog text is our own
 * Markdown; log text is escaped.
 */
export function statusCodeCard(context: OccurrenceContext): string | undefined {
  const entry = explain(context.occurrence.code);
  if (!entry) return undefined;
  const sections = codeCard(entry).sections;
  const title = sections.find((section): section is TitleSection => section.id === 'title');
  if (!title) return undefined;
  const [meaning, restOfDescription] = splitFirstSentence(entry.description);
  const answer = [heading(title), meaning, ...inThisLog(context), actions(entry, title)];
  const details = sections.filter((section) => isDetail(section, entry)).map(sectionMarkdown);
  const secondPart = [
    ...(restOfDescription ? [restOfDescription] : []),
    ...phraseNote(entry, context.occurrence.phrase),
    ...details,
    ...callNote(context),
  ];
  return [...answer, ...(secondPart.length > 0 ? ['---', ...secondPart] : [])].join('\n\n');
}

/** The card's sections after the answer: not the title or the description, and no fix for a success. */
function isDetail(section: CardSection, entry: CatalogEntry): boolean {
  if (section.id === 'title' || section.id === 'description') return false;
  // 1xx and 2xx are how calls are meant to flow: there is nothing to fix.
  return !(section.id === 'howToFix' && entry.code < 300);
}

/** The first sentence (the one-line meaning) and the rest; a sentence ends at ". " before a capital. */
export function splitFirstSentence(text: string): [string, string] {
  const end = /[.!?](?=\s+[A-Z(])/u.exec(text);
  if (!end) return [text, ''];
  return [text.slice(0, end.index + 1), text.slice(end.index + 1).trim()];
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

/** "### 486 Busy Here · 4xx Client Failure", with "Not IANA-registered" or "Deprecated" when they apply. */
function heading(title: TitleSection): string {
  return `### ${[title.heading, ...title.badges.map((badge) => badge.label)].join(' · ')}`;
}

/** Explain · Compare with… · the RFC section, before anything long. */
function actions(entry: CatalogEntry, title: TitleSection): string {
  const explainLink = commandLink(`Explain ${entry.code}`, COMMANDS.explainCode, [entry.code]);
  const compare = commandLink('Compare with…', COMMANDS.compareCodes, [entry.code]);
  const rfc = `[${title.reference.label}](${title.reference.url})`;
  return `${explainLink} · ${compare} · ${rfc}`;
}

/** What this response did in the log: the finding's own words when a rule reported one. */
function inThisLog(context: OccurrenceContext): string[] {
  const { message, finding } = context;
  if (finding)
    return [
      `**In this log:** ${plainOrCode(finding.message)}. ${verdict(context, finding)}`.trim(),
      ...fixLine(finding),
    ];
  if (!message || message.kind !== 'response') return [];
  const method = message.cseqMethod ?? context.transaction?.method;
  if (!method) return [];
  const answers = `answers ${withCSeq(`**${escapeMarkdown(clip(method, 40))}**`, message.cseqNumber)}`;
  const role = context.isFinal ? 'its final response' : 'a provisional response';
  return [`**In this log:** ${answers}, ${role}.`];
}

/** Whether the call failed here, in the rule's terms (registry.ts `failure`). */
function verdict(context: OccurrenceContext, finding: Finding): string {
  if (RULES[finding.rule].failure) return '**The call failed here.**';
  return context.isFinal ? 'Not what failed the call.' : '';
}

function fixLine(finding: Finding): string[] {
  // The rules write short fixes themselves, from catalog text: no log text reaches them.
  return finding.shortFix ? [`→ ${replaceUnsafeControls(finding.shortFix)}`] : [];
}

/**
 * A finding's message as plain text when it holds nothing Markdown or a linkifier could act on
 * (it quotes the log: a reason phrase, a method), else as an inline code span (markdown.ts).
 */
function plainOrCode(text: string): string {
  const safe = /^[\p{L}\p{N} .,;:'()§…-]*$/u.test(text) && !/www\./iu.test(text);
  return safe ? text : escapeMarkdown(text);
}

/** The call and its request, for the second part: the first part is about the code. */
function callNote(context: OccurrenceContext): string[] {
  const { message } = context;
  if (!message || message.kind !== 'response') return [];
  const parts: string[] = [];
  if (message.callId) parts.push(`Call-ID ${escapeMarkdown(clip(message.callId, 80))}`);
  // Which program's output carried the message (tcpdump, jssip, asterisk...): our own token, not log text.
  if (message.format !== 'raw') parts.push(`${message.format} log`);
  if (context.request === undefined && (message.cseqMethod ?? context.transaction?.method)) {
    parts.push('the request is not in this log');
  }
  return parts.length > 0 ? [`**Call:** ${parts.join(' · ')}`] : [];
}

function phraseNote(entry: CatalogEntry, phrase: string | undefined): string[] {
  if (!phrase || !entry.known || !entry.reasonPhrase || isKnownPhrase(entry.code, phrase)) return [];
  return [`*Sent as '${escapeMarkdown(clip(phrase, 80))}'; the registered phrase is '${entry.reasonPhrase}'.*`];
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
  flow: Pick<FlowIndex, 'transactionOf' | 'requestOf'>,
  finding?: Finding,
): OccurrenceContext {
  const message = occurrence.messageIndex >= 0 ? analysis.messages[occurrence.messageIndex] : undefined;
  const found = finding ? { finding } : {};
  if (!message || occurrence.kind !== 'status-line') return { occurrence, ...(message ? { message } : {}), ...found };
  const transaction = flow.transactionOf(message.index);
  // The rules' lookup (flow-index.ts): a response whose branch matched no request answers its key's request.
  const request = transaction && flow.requestOf(transaction);
  // Any response >= 200 ends its transaction; retransmitted finals are final too.
  const isFinal = (message.statusCode ?? 0) >= 200;
  return {
    occurrence,
    message,
    ...(transaction ? { transaction } : {}),
    ...(request ? { request } : {}),
    isFinal,
    ...found,
  };
}
