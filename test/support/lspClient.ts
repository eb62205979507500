/**
 * Drives the real bundled language server over stdio, as an editor would. Used by the server
 * test suites and the benchmark; nothing here stubs the server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type InitializeResult,
} from 'vscode-languageserver-protocol/node';
import { SERVER_EXEC_ARGV } from '../../catalog/src/protocol';

export const REPO_ROOT = findRepoRoot();
export const SERVER_PATH = resolve(REPO_ROOT, 'server/dist/server.js');

/** Walks up from the bundled test file to the folder whose package.json is SIP Lens's. */
function findRepoRoot(): string {
  let dir = __dirname;
  while (dirname(dir) !== dir) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'sip-lens')
      return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

/** A window/logMessage the server sent (type 1 error, 2 warning, 3 info, 4 log). */
export interface LogEntry {
  readonly type: number;
  readonly message: string;
}

export interface ServerHandle {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  readonly stderr: () => string;
  /** Every window/logMessage received so far, in order. */
  readonly logs: () => readonly LogEntry[];
  readonly initializeResult: InitializeResult;
  /** Resolves with the next publishDiagnostics for `uri` that satisfies `predicate`. */
  waitForDiagnostics(
    uri: string,
    predicate?: (p: PublishDiagnosticsParams) => boolean,
  ): Promise<PublishDiagnosticsParams>;
  setConfiguration(settings: unknown): void;
  stop(): Promise<void>;
}

/**
 * `window` capabilities to announce, e.g. `{ workDoneProgress: true }` (none by default). The server
 * runs with the Node flags the real client gives it, unless a test passes others in `execArgv`.
 * `locale` is the display language `initialize` announces, as VS Code's client sends it (none by default).
 */
export async function startServer(
  settings: unknown = {},
  window?: Record<string, unknown>,
  execArgv: readonly string[] = SERVER_EXEC_ARGV,
  locale?: string,
  /** What the client tells the server in `initialize` (SIP Lens's client: SipLensInitializationOptions). */
  initializationOptions?: unknown,
): Promise<ServerHandle> {
  const child = spawn(process.execPath, [...execArgv, SERVER_PATH, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  let configuration = settings;
  const waiters: {
    uri: string;
    predicate: (p: PublishDiagnosticsParams) => boolean;
    resolve: (p: PublishDiagnosticsParams) => void;
  }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    for (const waiter of [...waiters]) {
      if (waiter.uri === params.uri && waiter.predicate(params)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
    params.items.map(() => configuration),
  );
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/inlayHint/refresh', () => null);
  const logs: LogEntry[] = [];
  connection.onNotification('window/logMessage', (params: LogEntry) => {
    logs.push({ type: params.type, message: params.message });
  });
  connection.listen();
  const initializeResult = await connection.sendRequest<InitializeResult>('initialize', {
    processId: process.pid,
    rootUri: null,
    ...(locale ? { locale } : {}),
    ...(initializationOptions ? { initializationOptions } : {}),
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      ...(window ? { window } : {}),
    },
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    stderr: () => stderr,
    logs: () => logs,
    initializeResult,
    waitForDiagnostics: (uri, predicate = () => true) =>
      new Promise((resolveWait) => waiters.push({ uri, predicate, resolve: resolveWait })),
    setConfiguration: (next) => {
      configuration = next;
    },
    stop: async () => {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } finally {
        connection.dispose();
        child.kill();
      }
    },
  };
}

let documentCounter = 0;

/** Opens a document and returns its uri. */
export async function openDocument(
  server: ServerHandle,
  text: string,
  languageId = 'log',
  name?: string,
): Promise<string> {
  const uri = `file:///virtual/${name ?? `doc-${++documentCounter}.${languageId === 'sip' ? 'sip' : 'log'}`}`;
  await server.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId, version: 1, text },
  });
  return uri;
}
