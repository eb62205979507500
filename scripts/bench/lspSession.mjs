// Starts the real bundled language server over stdio and speaks LSP to it, as an editor would
// (same handshake as test/support/lspClient.ts). Every server started here is killed on stop,
// on timeout and when the benchmark exits, so no run leaves a busy process behind.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { TimeoutError, withTimeout } from './timing.mjs';

const live = new Set();

/** Last resort: whatever happens to the benchmark, its servers die with it. */
function killAll() {
  for (const child of live) child.kill('SIGKILL');
  live.clear();
}
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}

/** Peak resident set size of a live process, in bytes (VmHWM from /proc), or undefined. */
export function peakRss(pid) {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

function answerClientRequests(connection) {
  // Default settings for every scope the server asks about.
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('client/unregisterCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('workspace/inlayHint/refresh', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
}

/** Routes publishDiagnostics to whoever waits for that uri. */
function diagnosticsRouter(connection) {
  const waiters = [];
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    for (const waiter of [...waiters]) {
      if (waiter.uri !== params.uri || !waiter.accept(params)) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(params);
    }
  });
  return (uri, accept) => new Promise((resolve) => waiters.push({ uri, accept, resolve }));
}

/**
 * @param {string} serverPath bundled server (server/dist/server.js)
 * @param {number} timeoutMs limit for the initialize handshake
 */
export async function startSession(serverPath, timeoutMs) {
  // The Node flags the client starts the server with (SERVER_EXEC_ARGV in catalog/src/protocol.ts).
  const child = spawn(process.execPath, ['--expose-gc', serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  live.add(child);
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  child.on('exit', () => live.delete(child));
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  connection.onError(() => undefined);
  answerClientRequests(connection);
  const nextDiagnostics = diagnosticsRouter(connection);
  connection.listen();
  const session = {
    child,
    connection,
    nextDiagnostics,
    stderr: () => stderr,
    stop: () => stopSession(child, connection),
  };
  // A server that dies at startup is reported at once, with its last words, not after a timeout.
  const died = new Promise((_, reject) =>
    child.once('close', (code, signal) =>
      reject(new Error(`the server exited (${signal ?? `code ${code}`}):\n${stderr}`)),
    ),
  );
  died.catch(() => undefined);
  try {
    const initialize = connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
    });
    await withTimeout(Promise.race([initialize, died]), timeoutMs, 'initialize');
    await connection.sendNotification('initialized', {});
  } catch (error) {
    await session.stop();
    throw error;
  }
  return session;
}

/**
 * Runs `measure(session)` on one fresh server and stops it. A step that passes its limit gives
 * `{ problem, ...onTimeout(session) }` instead of failing the run; any other error carries the
 * server's last words.
 */
export async function withSession(serverPath, initializeMs, measure, onTimeout = () => ({})) {
  let session;
  try {
    session = await startSession(serverPath, initializeMs);
  } catch (error) {
    if (error instanceof TimeoutError) return { problem: error.message };
    throw error;
  }
  try {
    return await measure(session);
  } catch (error) {
    if (error instanceof TimeoutError) return { problem: error.message, ...onTimeout(session) };
    throw new Error(`${error.message}\nserver stderr:\n${session.stderr()}`);
  } finally {
    await session.stop();
  }
}

/** Polite shutdown when the server answers quickly; SIGKILL when it is busy or gone. */
async function stopSession(child, connection) {
  const exited =
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve()
      : new Promise((resolve) => child.once('exit', resolve));
  try {
    if (child.exitCode === null) {
      await withTimeout(connection.sendRequest('shutdown'), 2000, 'shutdown');
      await connection.sendNotification('exit');
      await withTimeout(exited, 2000, 'exit');
    }
  } catch {
    // Busy or already gone: killed below.
  } finally {
    connection.dispose();
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    live.delete(child);
  }
}
