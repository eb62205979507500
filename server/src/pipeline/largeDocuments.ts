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
import type { SipLensSettings } from '../settings/settings';
import type { DiskChange, DiskDocuments, DiskHooks } from './onDisk';
import { ruleOptions, type Validator } from './validation';

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
  /** Settings changed: the logs streamed from disk are streamed again with the new options. */
  settingsChanged(): void;
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
  const hooks = (current: SipLensSettings): DiskHooks => ({
    changed: analyseChange,
    letGo: (document) => {
      validator.cancel(document.uri);
      cache.delete(document.uri);
      calls.close(document.uri);
      releaseMemoryAfterClose(document.length);
    },
    options: ruleOptions(current),
    diagnosticsEnabled: current.diagnosticsEnabled,
    publish: (uri, version, diagnostics) => {
      void connection.sendDiagnostics({ uri, version, diagnostics: current.diagnosticsEnabled ? diagnostics : [] });
      // The streamed log's calls grew with its findings (streamedCalls.ts): the Calls view asks again.
      calls.published(uri, version);
    },
  });
  const analyseOnDisk = async (uri: string) => {
    const current = await settings.get(uri);
    const { language } = current;
    // An analysis the user stopped starts again: asking to analyse is asking for it.
    const resumed = cache.resume(uri);
    const result = await disk.read(uri, language, hooks(current));
    const held = disk.get(uri);
    // The file did not change since the stopped analysis: nothing was scheduled by the read.
    if (resumed && held && result.outcome === 'read' && cache.peek(uri)?.version !== held.version) {
      progress.begin(uri, held.length, 'analysing', language);
      validator.schedule(held, 0);
    }
    return result;
  };
  connection.onRequest(AnalyseOnDiskRequest, (params) => analyseOnDisk(params.uri));
  connection.onRequest(ForgetOnDiskRequest, (params, token) =>
    runSafe(logger, 'forget on disk', token, () => {
      const forgotten = disk.forget(params.uri);
      if (!forgotten) return false;
      cache.delete(params.uri);
      calls.close(params.uri);
      progress.end(params.uri);
      validator.clear(params.uri);
      if (forgotten.document) releaseMemoryAfterClose(forgotten.document.length);
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
    settingsChanged: () => disk.streamed().forEach((uri) => void analyseOnDisk(uri)),
  };
}
