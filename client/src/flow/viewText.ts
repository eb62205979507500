/**
 * The call-flow view's own words, in the user's language. The webview script has none of its own:
 * the extension sends these with each diagram (plain data; `{name}` placeholders the script fills),
 * as the compare view's page carries its words. Pure: the translator comes in as a parameter.
 */
import type { Language } from '../../../catalog/src/language';
import { ENGLISH, type L10n } from '../translation';

export interface FlowViewText {
  readonly htmlLang: string;
  readonly inferred: string;
  readonly inferredTitle: string;
  readonly retransmission: string;
  /** `{count}`: how many times the message was sent in all. */
  readonly sentTimes: string;
  readonly sdpOffer: string;
  readonly sdpAnswer: string;
  /** Units with `{0}`: the Calls view's words. */
  readonly milliseconds: string;
  readonly seconds: string;
  /** `{0}`: a duration (the Calls view's words); `{legs}`: the legs drawn. */
  readonly setupDelay: string;
  readonly duration: string;
  readonly legs: string;
  readonly suggestedLegs: string;
  readonly addLeg: string;
  /** `{callId}`: the button's accessible name. */
  readonly addLegLabel: string;
  readonly exportFlow: string;
  /** `{label}`, `{from}`, `{to}`: an arrow's accessible name; `{time}` and findings are appended. */
  readonly arrowLabel: string;
  readonly atTime: string;
  readonly fix: string;
  readonly ladderLabel: string;
  readonly severity: Readonly<Record<'error' | 'warning' | 'information' | 'hint', string>>;
  readonly noMessages: string;
}

const HTML_LANG: Readonly<Record<Language, string>> = { en: 'en', 'zh-cn': 'zh-CN' };

export function flowViewText(l10n: L10n = ENGLISH): FlowViewText {
  return {
    htmlLang: HTML_LANG[l10n.language],
    inferred: l10n.t('inferred'),
    inferredTitle: l10n.t('Address taken from the message (top Via or Request-URI), not from the log'),
    retransmission: l10n.t('retransmission'),
    sentTimes: l10n.t('sent {count} times'),
    sdpOffer: l10n.t('SDP offer'),
    sdpAnswer: l10n.t('SDP answer'),
    milliseconds: l10n.t('{0} ms'),
    seconds: l10n.t('{0} s'),
    setupDelay: l10n.t('Setup delay: {0}'),
    duration: l10n.t('Duration: {0}'),
    legs: l10n.t('Legs: {legs}'),
    suggestedLegs: l10n.t('Likely legs of the same call'),
    addLeg: l10n.t('Add this leg'),
    addLegLabel: l10n.t('Add leg {callId} to the ladder'),
    exportFlow: l10n.t('Export…'),
    arrowLabel: l10n.t('{label} from {from} to {to}'),
    atTime: l10n.t('at {time}'),
    fix: l10n.t('Fix: {fix}'),
    ladderLabel: l10n.t('Messages of the call: arrow keys move, Enter shows the message in the log'),
    severity: {
      error: l10n.t('Error'),
      warning: l10n.t('Warning'),
      information: l10n.t('Information'),
      hint: l10n.t('Hint'),
    },
    noMessages: l10n.t('No messages in this call.'),
  };
}
