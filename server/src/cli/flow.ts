/**
 * `sip-lens flow <file> --call-id ID [--call-id ID2 …] [--format text|mermaid|plantuml|svg|json]
 * [--mask] [--mask-users] [--mask-addresses]`: the ladder of one call (or of several legs in one
 * ladder), from the same builder and exports as the editor's view. Without --call-id it lists the
 * calls and asks for one. The legs that look like part of the same call are printed after a text
 * ladder, and on standard error for the other formats (so the output stays a valid document).
 */
import type { Language } from '../../../catalog/src/language';
import { fill } from '../../../catalog/src/l10n';
import { exportFlow, FLOW_FORMATS, FlowMasker, type FlowFormat } from '../../../catalog/src/flow';
import type { FlowDiagram, FlowLegSuggestion } from '../../../catalog/src/flow/model';
import type { CallSummary } from '../calls';
import { CALL_STATE_LABELS } from '../calls/calls-strings';
import { partyText } from '../calls/format';
import { replaceUnsafeControls } from '../features/untrustedText';
import { readCalls } from './callFile';
import { assertReadable } from './checkedFile';
import { readFlow, streamedDiagram } from './flowFile';
import { parseHorizon } from './horizon';
import { FLOW_CLI_STRINGS } from './cli-strings';
import { EXIT_OK, parseFlags, terminalLine, UsageError, type CliIO } from './io';

/** How many calls the listing shows when no --call-id was given. */
const LISTED_CALLS = 40;

export function runFlow(args: readonly string[], io: CliIO, language: Language = 'en'): number {
  const { callIds, rest } = takeCallIds(args);
  const { flags, positional } = parseFlags(
    rest,
    ['--mask', '--mask-users', '--mask-addresses'],
    ['--format', '--horizon'],
  );
  if (positional.length !== 1) throw new UsageError('flowOneFile');
  const format = formatOf(flags.get('--format'));
  const horizonChars = parseHorizon(flags.get('--horizon'));
  const path = positional[0] as string;
  assertReadable([path]);
  if (callIds.length === 0) {
    io.err(callListing(path, horizonChars, language));
    throw new UsageError('flowNeedsCallId', {}, false);
  }
  const flow = readFlow(path, { callIds, language, horizonChars });
  const unknown = callIds.find((id) => !flow.found.has(id));
  if (unknown !== undefined) throw new UsageError('unknownCallId', { callId: unknown, path }, false);
  const { diagram, suggestions } = streamedDiagram(flow, callIds, language);
  const masked = mask(diagram, suggestions, flags);
  const output = exportFlow(masked.diagram, format);
  const legs = suggestionText(masked.suggestions, language);
  if (format === 'text') io.out(replaceUnsafeControls(legs === '' ? output : `${output}\n${legs}`));
  else {
    io.out(output);
    if (legs !== '') io.err(replaceUnsafeControls(legs));
  }
  return EXIT_OK;
}

/** Every `--call-id X` (parseFlags keeps one value per flag). */
function takeCallIds(args: readonly string[]): { callIds: string[]; rest: string[] } {
  const callIds: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      rest.push(...args.slice(i));
      break;
    }
    if (arg !== '--call-id') {
      rest.push(arg);
      continue;
    }
    const value = args[++i];
    if (value === undefined) throw new UsageError('needsValue', { option: arg });
    callIds.push(value);
  }
  return { callIds, rest };
}

function formatOf(value: string | true | undefined): FlowFormat {
  if (value === undefined) return 'text';
  const format = FLOW_FORMATS.find((name) => name === value);
  if (format === undefined) throw new UsageError('badFlowFormat', { value: String(value).slice(0, 40) });
  return format;
}

/** --mask hides credentials and nonces; --mask-users and --mask-addresses add to it (and imply it). */
function mask(
  diagram: FlowDiagram,
  suggestions: readonly FlowLegSuggestion[],
  flags: ReadonlyMap<string, string | true>,
): { diagram: FlowDiagram; suggestions: readonly FlowLegSuggestion[] } {
  const users = flags.has('--mask-users');
  const addresses = flags.has('--mask-addresses');
  if (!flags.has('--mask') && !users && !addresses) return { diagram, suggestions };
  const masker = new FlowMasker({ users, addresses });
  const masked = masker.diagram(diagram);
  return { diagram: masked, suggestions: masker.suggestions(suggestions, diagram) };
}

function suggestionText(suggestions: readonly FlowLegSuggestion[], language: Language): string {
  if (suggestions.length === 0) return '';
  const strings = FLOW_CLI_STRINGS[language];
  const rows = suggestions.map((s) => `  ${terminalLine(s.callId)}\n    ${terminalLine(s.reason)}`);
  return `${strings.suggestedLegs}\n${rows.join('\n')}\n`;
}

/** The first calls of the log (streamed, callFile.ts) and how many more: for choosing a --call-id. */
function callListing(path: string, horizonChars: number | undefined, language: Language): string {
  const strings = FLOW_CLI_STRINGS[language];
  const listed: CallSummary[] = [];
  const { total } = readCalls(path, { horizonChars }, (call) => {
    if (listed.length < LISTED_CALLS) listed.push(call);
  });
  if (total === 0) return `${fill(strings.noCalls, { file: terminalLine(path) })}\n`;
  const rows = listed.map((call) => {
    const parties = `${partyText(call.from) ?? '?'} → ${partyText(call.to) ?? '?'}`;
    return `  ${terminalLine(call.callId)}  ${CALL_STATE_LABELS[language][call.state]}  ${terminalLine(parties)}`;
  });
  const more = total - LISTED_CALLS;
  if (more > 0) rows.push(`  ${fill(strings.moreCalls, { count: more })}`);
  return `${fill(strings.callsHeading, { file: terminalLine(path), count: total })}\n${rows.join('\n')}\n`;
}
