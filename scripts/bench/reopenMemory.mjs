// Peak memory of a log opened, closed and opened again in one server: what a closed document
// held must be given back, so the second open peaks no higher than the first. Also runnable on
// its own: `node scripts/bench/reopenMemory.mjs [sizeMb]` (default 50) prints the two peaks.
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeLog } from './generate.mjs';
import { peakRss, withSession } from './lspSession.mjs';
import { limitsFor, MB } from './options.mjs';
import { withTimeout } from './timing.mjs';
import { megabytes } from './format.mjs';

async function openAndDiagnose(session, uri, text, timeoutMs) {
  const diagnostics = session.nextDiagnostics(uri, () => true);
  const sent = session.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'log', version: 1, text },
  });
  await withTimeout(
    sent.then(() => diagnostics),
    timeoutMs,
    'didOpen -> diagnostics',
  );
}

/** The server clears a closed document's diagnostics: that publish says the close was handled. */
async function close(session, uri, timeoutMs) {
  const cleared = session.nextDiagnostics(uri, (p) => p.diagnostics.length === 0);
  const sent = session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  await withTimeout(
    sent.then(() => cleared),
    timeoutMs,
    'didClose -> cleared diagnostics',
  );
}

/**
 * One fresh server: didOpen, didClose, didOpen again. `onceBytes` is the peak RSS after the
 * first open, `reopenBytes` the peak after the second (VmHWM never goes down).
 */
export async function measureReopen(serverPath, { uri, text, limits }) {
  return withSession(serverPath, limits.initialize, async (session) => {
    await openAndDiagnose(session, uri, text, limits.open);
    const onceBytes = peakRss(session.child.pid);
    await close(session, uri, limits.stats);
    await openAndDiagnose(session, uri, text, limits.open);
    return { onceBytes, reopenBytes: peakRss(session.child.pid) };
  });
}

async function main() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const sizeMb = Number(process.argv[2] ?? 50);
  const file = join(root, 'bench/out', `sip-${sizeMb}mb.log`);
  const { text } = writeLog(file, Math.round(sizeMb * MB));
  const limits = limitsFor(sizeMb, { timeoutScale: 1 });
  const result = await measureReopen(join(root, 'server/dist/server.js'), {
    uri: `file:///bench/sip-${sizeMb}mb.log`,
    text,
    limits,
  });
  if (result.problem) console.log(`${sizeMb} MB: ${result.problem}`);
  else
    console.log(
      `${sizeMb} MB: peak RSS after one open ${megabytes(result.onceBytes)}, after open, close, reopen ${megabytes(result.reopenBytes)}`,
    );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
