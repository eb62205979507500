/**
 * Wires the language server: documents, settings, and one handler per feature. Handlers are
 * thin; the work lives in the pure analysis core and in features/.
 */
import {
  TextDocuments,
  TextDocumentSyncKind,
  DidChangeConfigurationNotification,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type SemanticTokens,
  type SemanticTokensDelta,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveLanguage } from '../../catalog/src/language';
import {
  AnalysisStatsRequest,
  CodeAtRequest,
  DocumentCodesRequest,
  ShowAllFindingsRequest,
  type SipLensInitializationOptions,
} from '../../catalog/src/protocol';
import { AnalysisCache, textLength } from './pipeline/documentAnalysis';
import { releaseMemoryAfterClose } from './pipeline/memory';
import { trackingDocuments } from './document/documentSync';
import type { SipTextDocument } from './document/sipTextDocument';
import { codeActions } from './features/codeActions';
import { foldingRanges } from './features/folding';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from './features/semanticTokens';
import { SemanticTokenResults } from './features/semanticTokensDelta';
import { statusCodeAt } from './features/lookup';
import { SERVER_VERSION } from './version';
import { SYMBOL_STRINGS } from './features/feature-strings';
import { documentSymbols } from './features/symbols';
import { AnalysisProgress } from './pipeline/analysisProgress';
import { collectsGarbage } from './pipeline/memory';
import { runSafe, type Logger } from './safe';
import { SettingsStore } from './settings/settingsStore';
import { ruleOptions, Validator } from './pipeline/validation';
import { registerCallRequests } from './pipeline/callRequests';
import { DiskDocuments } from './pipeline/onDisk';
import { registerLargeDocuments } from './pipeline/largeDocuments';
import { chooseProgressSink } from './pipeline/progressSinks';
import { registerFlowRequest } from './pipeline/flowRequests';
import { trace } from './pipeline/trace';

export function startServer(connection: Connection): void {
  // Large documents (issue 22): progress from the moment one arrives, and logs read from disk.
  const progress = new AnalysisProgress(undefined);
  const cache = new AnalysisCache(progress.startProgress);
  const disk = new DiskDocuments(progress);
  // The exact changes feed incremental re-analysis: an appended line costs what the line costs.
  const documents = new TextDocuments<SipTextDocument>(
    trackingDocuments((uri, from, to, edit) => cache.noteEdit(uri, from, to, edit)),
  );
  const settings = new SettingsStore(connection);
  // The last semantic tokens sent for each document, so the next can go as a delta.
  const tokenResults = new SemanticTokenResults();
  const logger: Logger = {
    error: (m) => connection.console.error(m),
    warn: (m) => connection.console.warn(m),
    info: (m) => connection.console.info(m),
  };
  // Every request that names a document also finds a log read from disk.
  const documentOf = (uri: string) => documents.get(uri) ?? disk.get(uri);
  const calls = registerCallRequests(connection, cache, settings, logger, documentOf, (uri) => disk.calls(uri));
  registerFlowRequest(connection, cache, settings, logger, documentOf);
  const validator = new Validator(
    connection,
    cache,
    settings,
    logger,
    documentOf,
    (uri, version) => (progress.end(uri), calls.published(uri, version)),
    (uri, error) => progress.end(uri, { state: 'failed', message: String(error) }),
  );
  const large = registerLargeDocuments({
    connection,
    ...{ cache, validator, progress, settings, calls, disk, logger, documentOf },
  });

  connection.onInitialize((params) => {
    progress.sink = chooseProgressSink(connection, params, (uri) => large.cancel(uri));
    const options = params.initializationOptions as SipLensInitializationOptions | undefined;
    if (typeof options?.streamOnDiskFromBytes === 'number') disk.streamFromBytes = options.streamOnDiskFromBytes;
    if (typeof options?.streamedCallRows === 'number') disk.maxCallRows = options.streamedCallRows;
    return initialize(params, settings);
  });
  connection.onInitialized(() => {
    if (settings.supportsConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'sipLens' });
    }
  });
  // A change of any setting, sipLens.language too, re-words everything without a restart: fresh
  // settings give new rule options, whose findings the cache has not got (validation.ts `ruleOptions`).
  connection.onDidChangeConfiguration(() => {
    settings.clear();
    [...documents.all(), ...disk.all()].forEach((document) => validator.schedule(document, 0));
    large.settingsChanged();
    void connection.languages.inlayHint.refresh().catch(() => undefined);
  });

  documents.onDidOpen((event) => {
    trace('didOpen', () => `${event.document.uri} ${textLength(event.document)} chars`);
    large.opened(event.document.uri);
    // Shown now, before settings are read and the first slice analysed (each can take a while).
    progress.begin(
      event.document.uri,
      textLength(event.document),
      'analysing',
      resolveLanguage('auto', settings.locale),
    );
    // A big log's analysis starts now: its rules join once settings arrive (progressive.ts), and reading
    // them waits on an extension host still busy with the text it just sent.
    if (progress.isShown(event.document.uri)) void cache.prepare(event.document).catch(() => undefined);
    validator.schedule(event.document, 0);
  });
  documents.onDidChangeContent((event) => {
    trace('didChange', () => `version ${event.document.version}`);
    calls.changed(event.document.uri, event.document.version);
    validator.schedule(event.document);
  });
  // Everything held for a closed document goes, and a big one's memory is given back at once.
  documents.onDidClose((event) => {
    cache.delete(event.document.uri);
    tokenResults.delete(event.document.uri);
    settings.clear(event.document.uri, true);
    validator.clear(event.document.uri);
    calls.close(event.document.uri);
    progress.end(event.document.uri);
    releaseMemoryAfterClose(textLength(event.document));
  });

  const withDocument = <T>(uri: string, fallback: T, work: (document: TextDocument) => T): T => {
    const document = documents.get(uri);
    return document ? work(document) : fallback;
  };
  /**
   * For requests about the whole document (the Outline, folding): waits until its current version
   * is analysed whole, and its diagnostics are out and taken in (validation.ts `takenIn`). Answered
   * from the part analysed so far, they showed that part until the next edit (the editor asks for
   * them again only then), and cost a big log's open their work twice.
   */
  const analysedWhole = async (uri: string): Promise<void> => {
    const document = documents.get(uri);
    if (document) await cache.prepare(document).catch(() => undefined);
    await validator.takenIn(uri);
  };

  connection.onHover(async (params, token) => {
    // The hover shows the finding on the code, judged with the document's own severity settings.
    const current = await settings.get(params.textDocument.uri);
    return runSafe(logger, 'hover', token, () =>
      withDocument(params.textDocument.uri, null, (doc) =>
        hover(doc, cache.get(doc), params.position, ruleOptions(current)),
      ),
    );
  });
  connection.onDocumentSymbol(async (params, token) => {
    const { language } = await settings.get(params.textDocument.uri);
    await analysedWhole(params.textDocument.uri);
    return runSafe(logger, 'document symbols', token, () =>
      withDocument(params.textDocument.uri, [], (doc) => documentSymbols(doc, cache.get(doc).analysis, language)),
    );
  });
  connection.onFoldingRanges(async (params, token) => {
    await analysedWhole(params.textDocument.uri);
    return runSafe(logger, 'folding ranges', token, () =>
      withDocument(params.textDocument.uri, [], (doc) => foldingRanges(doc, cache.get(doc).analysis)),
    );
  });
  connection.onCodeAction(async (params, token) => {
    const { language } = await settings.get(params.textDocument.uri);
    return runSafe(logger, 'code actions', token, () =>
      withDocument(params.textDocument.uri, [], (doc) => codeActions(doc, cache.get(doc), params, language)),
    );
  });
  // Tokens come from the analysis a request may use (never more than one slice of work, as hover).
  connection.languages.semanticTokens.on((params, token) =>
    runSafe(logger, 'semantic tokens', token, () =>
      withDocument(params.textDocument.uri, { data: [] }, (doc) =>
        tokenResults.full(doc.uri, semanticTokens(doc, cache.get(doc).analysis).data),
      ),
    ),
  );
  connection.languages.semanticTokens.onDelta((params, token) =>
    runSafe(logger, 'semantic tokens (delta)', token, () =>
      withDocument<SemanticTokens | SemanticTokensDelta>(params.textDocument.uri, { data: [] }, (doc) =>
        tokenResults.delta(doc.uri, params.previousResultId, semanticTokens(doc, cache.get(doc).analysis).data),
      ),
    ),
  );
  connection.languages.semanticTokens.onRange((params, token) =>
    runSafe(logger, 'semantic tokens (range)', token, () =>
      withDocument(params.textDocument.uri, { data: [] }, (doc) =>
        semanticTokens(doc, cache.get(doc).analysis, params.range),
      ),
    ),
  );
  connection.languages.inlayHint.on(async (params, token) => {
    const current = await settings.get(params.textDocument.uri);
    return runSafe(logger, 'inlay hints', token, () =>
      withDocument(params.textDocument.uri, [], (doc) =>
        current.inlayHintsEnabled ? inlayHints(doc, cache.get(doc), params.range, ruleOptions(current)) : [],
      ),
    );
  });
  // Typed by the catalog's RequestTypes: params and results are checked against the declaration.
  connection.onRequest(DocumentCodesRequest, (params, token) =>
    runSafe(logger, 'document codes', token, () =>
      withDocument(params.uri, { codes: [] }, (doc) => ({ codes: distinctCodes(cache.get(doc).analysis.occurrences) })),
    ),
  );
  connection.onRequest(CodeAtRequest, (params, token) =>
    runSafe(logger, 'code at position', token, () =>
      withDocument(params.uri, { code: null }, (doc) => ({
        code: statusCodeAt(cache.get(doc).analysis, doc.offsetAt(params.position))?.code ?? null,
      })),
    ),
  );
  // The overflow notice's quick fix: this document only, for the session, then its diagnostics again.
  connection.onRequest(ShowAllFindingsRequest, (params, token) =>
    runSafe(logger, 'show all findings', token, () =>
      withDocument(params.uri, false, (doc) => {
        settings.showAll(doc.uri);
        validator.schedule(doc, 0);
        void connection.languages.inlayHint.refresh().catch(() => undefined);
        return true;
      }),
    ),
  );
  connection.onRequest(AnalysisStatsRequest, (params, token) =>
    runSafe(logger, 'analysis stats', token, () => {
      const state = cache.peek(params.uri);
      if (!state) return null;
      const { analysis } = state;
      return {
        version: state.version,
        textLength: analysis.textLength,
        analysisMs: state.analysisMs,
        rulesMs: state.rulesMs,
        messages: analysis.messages.length,
        occurrences: analysis.occurrences.length,
        collectsGarbage,
        heapUsedBytes: process.memoryUsage().heapUsed,
      };
    }),
  );

  documents.listen(connection);
  connection.listen();
}

function initialize(params: InitializeParams, settings: SettingsStore): InitializeResult {
  settings.supportsConfiguration = params.capabilities.workspace?.configuration === true;
  // VS Code's display language (vscode-languageclient sends vscode.env.language): what "auto" follows.
  settings.locale = params.locale;
  // Named once, before any setting is read: the display language's word for the Outline's provider.
  const language = resolveLanguage('auto', params.locale);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      documentSymbolProvider: { label: SYMBOL_STRINGS[language].provider },
      foldingRangeProvider: true,
      codeActionProvider: { codeActionKinds: ['', 'quickfix'] },
      inlayHintProvider: { resolveProvider: false },
      semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: { delta: true }, range: true },
    },
    serverInfo: { name: 'SIP Lens', version: SERVER_VERSION },
  };
}

function distinctCodes(occurrences: readonly { code: number }[]): number[] {
  const seen = new Set<number>();
  for (const occurrence of occurrences) seen.add(occurrence.code);
  return [...seen];
}
