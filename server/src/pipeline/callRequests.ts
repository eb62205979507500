/**
 * The Calls view's requests (`sipLens/calls`, `sipLens/callStatistics`) and the notification that
 * tells the client to ask again (`sipLens/callsChanged`), wired to a CallsService. Kept apart from
 * startServer.ts, which only registers them, closes them with the document and reports publications.
 */
import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CallMessagesRequest,
  CallsChangedNotification,
  CallsRequest,
  CallStatisticsRequest,
  type CallsResult,
  type CallStatisticsResult,
} from '../../../catalog/src/protocol';
import { callStatistics } from '../calls/index';
import { statisticsText } from '../calls/statsText';
import { errorText, type Logger } from '../safe';
import type { SettingsStore } from '../settings/settingsStore';
import type { AnalysisCache } from './documentAnalysis';
import { CallsService, rowsSince } from './callsService';
import type { StreamedCalls } from './streamedCalls';

export interface CallRequests {
  /** Tells the client that `uri`'s calls may have changed: its diagnostics for `version` are out. */
  published(uri: string, version: number): void;
  /** The document changed: an older version's calls are dropped. */
  changed(uri: string, version: number): void;
  /** Forgets a closed document's calls. */
  close(uri: string): void;
}

/** A handler's async work, logged and answered as an error when it throws (as `runSafe` does). */
export async function runSafeAsync<T>(
  logger: Logger,
  what: string,
  token: CancellationToken,
  work: () => Promise<T>,
): Promise<T | ResponseError<void>> {
  try {
    const result = await work();
    return token.isCancellationRequested
      ? new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled')
      : result;
  } catch (error) {
    logger.error(`SIP Lens: ${what} failed: ${errorText(error)}`);
    return new ResponseError(LSPErrorCodes.RequestFailed, `SIP Lens: ${what} failed: ${String(error)}`);
  }
}

/** The document's name as the statistics heading shows it: the last segment of its URI. */
function documentName(uri: string): string {
  const end = uri.search(/[?#]/u);
  const path = end < 0 ? uri : uri.slice(0, end);
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** A streamed log's rows, whole each time, and its counts if some are left out. */
function streamedRows(streamed: StreamedCalls): CallsResult {
  const rows = streamed.rows();
  const { total, failed, ended } = streamed;
  return {
    version: streamed.version,
    rows,
    ...(rows.length < total ? { listed: { calls: total, failed, ended } } : {}),
  };
}

export function registerCallRequests(
  connection: Connection,
  cache: AnalysisCache,
  settings: SettingsStore,
  logger: Logger,
  documentOf: (uri: string) => TextDocument | undefined,
  /** The calls of a log streamed from disk (no document holds its text). */
  streamedOf: (uri: string) => StreamedCalls | undefined = () => undefined,
): CallRequests {
  const service = new CallsService(cache);
  const callsOf = async (uri: string) => {
    const document = documentOf(uri);
    if (!document) return undefined;
    const { language } = await settings.get(uri);
    return service.calls(document, language);
  };
  connection.onRequest(CallsRequest, (params, token) =>
    runSafeAsync(logger, 'calls', token, async (): Promise<CallsResult | null> => {
      const streamed = streamedOf(params.uri);
      if (streamed) return streamedRows(streamed);
      const calls = await callsOf(params.uri);
      return calls ? { version: calls.version, ...rowsSince(calls, params.since) } : null;
    }),
  );
  connection.onRequest(CallStatisticsRequest, (params, token) =>
    runSafeAsync(logger, 'call statistics', token, async (): Promise<CallStatisticsResult | null> => {
      const streamed = streamedOf(params.uri);
      if (streamed) return streamed.statistics(documentName(params.uri));
      const calls = await callsOf(params.uri);
      const summaries = await calls?.summaries();
      if (!calls || !summaries) return null;
      const statistics = callStatistics(calls.analysis, summaries, calls.language);
      const { calls: count, failed, hasTimes } = statistics;
      const text = statisticsText(documentName(params.uri), statistics, calls.language);
      return { version: calls.version, calls: count, failed, hasTimes, text };
    }),
  );
  connection.onRequest(CallMessagesRequest, (params, token) =>
    runSafeAsync(logger, 'call messages', token, async () => {
      const calls = await callsOf(params.uri);
      const call = calls?.analysis.calls.find((candidate) => candidate.callId === params.callId);
      if (!calls || !call) return null;
      const ranges = call.messages.map((index) => {
        const message = calls.analysis.messages[index];
        return {
          start: calls.lines.positionAt(message?.startOffset ?? 0),
          end: calls.lines.positionAt(message?.endOffset ?? 0),
        };
      });
      return { ranges };
    }),
  );
  return {
    published: (uri, version) => void connection.sendNotification(CallsChangedNotification, { uri, version }),
    changed: (uri, version) => service.changed(uri, version),
    close: (uri) => service.delete(uri),
  };
}
