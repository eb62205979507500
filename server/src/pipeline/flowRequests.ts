/**
 * `sipLens/callFlow`: the ladder of the calls named, or of the call of the message at a position,
 * in the document's language, with the legs that look like part of the same call. Like the Calls
 * view's requests it waits for the whole analysis of the current version, which a big document
 * gets in slices (other documents and hovers are answered in between), never for a prefix of it.
 */
import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CallFlowRequest, type CallFlowParams, type CallFlowResult } from '../../../catalog/src/protocol';
import { buildCallFlow, suggestLegs } from '../flow/index';
import type { Logger } from '../safe';
import { SipTextDocument } from '../document/sipTextDocument';
import type { SettingsStore } from '../settings/settingsStore';
import { runSafeAsync } from './callRequests';
import type { AnalysisCache } from './documentAnalysis';
import { callIdAt } from './flowTarget';
import { ruleOptions } from './validation';

export function registerFlowRequest(
  connection: Connection,
  cache: AnalysisCache,
  settings: SettingsStore,
  logger: Logger,
  documentOf: (uri: string) => TextDocument | undefined,
): void {
  connection.onRequest(CallFlowRequest, (params, token) =>
    runSafeAsync(logger, 'call flow', token, () => callFlow(params, cache, settings, documentOf)),
  );
}

export async function callFlow(
  params: CallFlowParams,
  cache: AnalysisCache,
  settings: SettingsStore,
  documentOf: (uri: string) => TextDocument | undefined,
): Promise<CallFlowResult | null> {
  const document = documentOf(params.uri);
  if (!document) return null;
  const current = await settings.get(params.uri);
  const options = ruleOptions(current);
  await cache.prepare(document, options);
  const state = cache.peek(params.uri);
  // Replaced while we waited: the client asks again on the next `sipLens/callsChanged`.
  if (!state || state.version !== document.version) return null;
  const { analysis } = state;
  const callIds = params.callIds?.length
    ? params.callIds.filter((id) => analysis.calls.some((call) => call.callId === id))
    : [callIdAt(analysis, document, params.position)].filter((id): id is string => id !== undefined);
  if (callIds.length === 0) return null;
  const text = document.getText();
  const { language } = current;
  const lineIndex = document instanceof SipTextDocument ? document.lines : undefined;
  const findings = state.findings(options);
  const diagram = buildCallFlow(analysis, text, callIds, { language, findings, ...(lineIndex ? { lineIndex } : {}) });
  const drawn = new Set(callIds);
  // The legs of the main call not drawn yet; a leg added later is offered no more.
  const suggestions = suggestLegs(analysis, text, callIds[0] as string, language).filter(
    (suggestion) => !drawn.has(suggestion.callId),
  );
  return { version: document.version, diagram, suggestions };
}
