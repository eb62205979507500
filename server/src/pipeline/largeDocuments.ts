/**
 * The requests for large documents (issue 22): stopping an analysis the user does not want to
 * wait for, starting it again, and analysing a log read from disk (onDisk.ts). startServer.ts
 * only wires them; the progress they end or begin is analysisProgress.ts's.
 */
import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  AnalyseAgainRequest,
  AnalyseOnDiskRequest,
  CancelAnalysisRequest,
  ForgetOnDiskRequest,
} from '../../../catalog/src/protocol';
import { runSafe, type Logger } from '../safe';
import type { SettingsStore } from '../settings/settingsStore';
import type { AnalysisProgress } from './analysisProgress';
import type { CallRequests } from './callRequests';
import { textLength, type AnalysisCache } from './documentAnalysis';
import { releaseMemoryAfterClose } from './memory';
import type { DiskChange, DiskDocuments } from './onDisk';
import type { Validator } from './validation';

export interface LargeDocumentsDeps {
  readonly connection: Connection;
  readonly cache: AnalysisCache;
  readonly validator: Validator;
  readonly progress: AnalysisProgress;
  readonly settings: SettingsStore;
  readonly calls: CallRequests;
  readonly disk: DiskDocuments;
  readonly logger: Logger;
  /** An open document or a log read from disk. */
  readonly documentOf: (uri: string) => TextDocument | undefined;
}

export interface LargeDocuments {
  /** Stops analysing `uri` (or reading it from disk); true when there was work to stop. */
  cancel(uri: string): boolean;
  /** The editor opened `uri`: a copy read from disk gives way to the editor's. */
  opened(uri: string): void;
}

export function registerLargeDocuments(deps: LargeDocumentsDeps): LargeDocuments {
  const { connection, cache, validator, progress, settings, calls, disk, logger, documentOf } = deps;
  const cancel = (uri: string): boolean => {
    if (disk.cancelRead(uri)) return true;
    const document = documentOf(uri);
    if (!document || !cache.pause(document)) return false;
    // Findings of part of a log would be wrong (a response later in the log marks a request unanswered).
    validator.clear(uri);
    progress.end(uri, { state: 'cancelled' });
    return true;
  };
  const analyseChange = (change: DiskChange) => {
    const { document, fromVersion, edit } = change;
    if (fromVersion !== undefined) cache.noteEdit(document.uri, fromVersion, document.version, edit);
    calls.changed(document.uri, document.version);
    validator.schedule(document, 0);
  };
  connection.onRequest(CancelAnalysisRequest, (params, token) =>
    runSafe(logger, 'cancel analysis', token, () => cancel(params.uri)),
  );
  connection.onRequest(AnalyseAgainRequest, async (params, token) => {
    const { language } = await settings.get(params.uri);
    return runSafe(logger, 'analyse again', token, () => {
      const document = documentOf(params.uri);
      if (!document) return false;
      cache.resume(params.uri);
      progress.begin(params.uri, textLength(document), 'analysing', language);
      validator.schedule(document, 0);
      return true;
    });
  });
  connection.onRequest(AnalyseOnDiskRequest, async (params) => {
    const { language } = await settings.get(params.uri);
    // An analysis the user stopped starts again: asking to analyse is asking for it.
    const resumed = cache.resume(params.uri);
    const result = await disk.read(params.uri, language, analyseChange);
    const held = disk.get(params.uri);
    // The file did not change since the stopped analysis: nothing was scheduled by the read.
    if (resumed && held && result.outcome === 'read' && cache.peek(params.uri)?.version !== held.version) {
      progress.begin(params.uri, held.length, 'analysing', language);
      validator.schedule(held, 0);
    }
    return result;
  });
  connection.onRequest(ForgetOnDiskRequest, (params, token) =>
    runSafe(logger, 'forget on disk', token, () => {
      const document = disk.forget(params.uri);
      if (!document) return false;
      cache.delete(params.uri);
      calls.close(params.uri);
      progress.end(params.uri);
      validator.clear(params.uri);
      releaseMemoryAfterClose(document.length);
      return true;
    }),
  );
  return {
    cancel,
    opened: (uri) => {
      if (!disk.forget(uri)) return;
      cache.delete(uri);
      calls.close(uri);
    },
  };
}
