/** How the exports word the parts of a ladder they share: captions, times, durations, the header. */
import { fill } from '../l10n';
import type { Language } from '../language';
import { FLOW_EXPORT_STRINGS } from './flow-strings';
import type { FlowArrow, FlowDiagram, FlowEndpoint, FlowFinding } from './model';

export function languageOf(diagram: FlowDiagram): Language {
  return diagram.language ?? 'en';
}

/**
 * Below 10 ms to a tenth (`0.3 ms`: a proxy's forwarding time), below a second in whole
 * milliseconds (`754 ms`), from a second on in seconds with ms (`3.878 s`).
 */
export function durationText(ms: number): string {
  if (Math.abs(ms) < 10) return `${Math.round(ms * 10) / 10} ms`;
  if (Math.abs(ms) < 1000) return `${Math.round(ms)} ms`;
  return `${(Math.round(ms) / 1000).toFixed(3)} s`;
}

/** The delta since the previous arrow, `+15 ms`, or '' when the log gave no comparable time. */
export function deltaText(arrow: FlowArrow): string {
  return arrow.deltaMs === undefined ? '' : `+${durationText(arrow.deltaMs)}`;
}

/** The time of day of a stamp as written (`2026-01-15 10:00:00.412` → `10:00:00.412`): the ladder's gutter. */
export function clockText(time: string | undefined): string {
  if (time === undefined) return '';
  const clock = /\d\d:\d\d:\d\d(?:[.,:]\d{1,9})?/u.exec(time);
  return clock ? clock[0] : time;
}

/** Severity marks, the same in every export. */
export const SEVERITY_MARKS: Readonly<Record<FlowFinding['severity'], string>> = {
  error: '✖',
  warning: '⚠',
  information: 'ℹ',
  hint: '•',
};

/** A finding as the exports write it under its arrow: `✖ message → short fix`. */
export function findingNote(finding: FlowFinding): string {
  return `${SEVERITY_MARKS[finding.severity]} ${finding.message}${finding.shortFix ? ` → ${finding.shortFix}` : ''}`;
}

/** The caption with the arrow's clock time and delta in brackets, for the one-line diagram languages. */
export function timedCaption(arrow: FlowArrow, language: Language): string {
  const time = [clockText(arrow.time), deltaText(arrow)].filter((part) => part !== '').join(' ');
  return time === '' ? captionOf(arrow, language) : `${captionOf(arrow, language)} [${time}]`;
}

/** The arrow's caption: its label, then its SDP role and retransmission mark, in the diagram's language. */
export function captionOf(arrow: FlowArrow, language: Language): string {
  const strings = FLOW_EXPORT_STRINGS[language];
  const marks: string[] = [];
  if (arrow.sdp !== undefined) marks.push(strings[arrow.sdp]);
  if (arrow.retransmissionOf !== undefined) marks.push(strings.retransmission);
  if (arrow.repeats !== undefined) marks.push(fill(strings.repeats, { count: arrow.repeats }));
  return marks.length === 0 ? arrow.label : `${arrow.label} (${marks.join(', ')})`;
}

/** A column's title: its address, then its agent, and the inferred mark. */
export function endpointLines(endpoint: FlowEndpoint, language: Language): string[] {
  const lines = [
    endpoint.inferred ? `${endpoint.address} (${FLOW_EXPORT_STRINGS[language].inferred})` : endpoint.address,
  ];
  if (endpoint.agent !== undefined) lines.push(endpoint.agent);
  return lines;
}

/** The header's lines: state and final response, From → To, timings, then one line per leg. */
export function headerLines(diagram: FlowDiagram): string[] {
  const language = languageOf(diagram);
  const strings = FLOW_EXPORT_STRINGS[language];
  const { header } = diagram;
  const final = header.finalCode === undefined ? '' : ` ${header.finalCode} ${header.finalPhrase ?? ''}`.trimEnd();
  const lines = [fill(strings.heading, { state: `${header.stateLabel}${final}` })];
  if (header.from !== undefined || header.to !== undefined) lines.push(`${header.from ?? '?'} → ${header.to ?? '?'}`);
  const timings: string[] = [];
  if (header.setupDelayMs !== undefined)
    timings.push(fill(strings.setup, { value: durationText(header.setupDelayMs) }));
  if (header.durationMs !== undefined) timings.push(fill(strings.duration, { value: durationText(header.durationMs) }));
  if (timings.length > 0) lines.push(timings.join(' · '));
  diagram.legs.forEach((leg, i) => {
    lines.push(fill(strings.leg, { index: i + 1, callId: leg.callId, state: leg.stateLabel }));
    if (leg.linkReason !== undefined) lines.push(`  ${fill(strings.linked, { reason: leg.linkReason })}`);
  });
  return lines;
}

/**
 * One line of untrusted text: line breaks and other controls become spaces (no forged lines in any
 * export), and the bidirectional overrides and marks that could make text read in another order
 * than it is written become U+FFFD (the same set as the server's untrustedText.ts).
 */
export function oneLine(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/gu, ' ')
      .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '\ufffd')
  );
}
