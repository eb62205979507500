/**
 * Entry point of the SIP Lens language server. Speaks LSP over IPC when VS Code's client starts it
 * (`createConnection` picks the transport from the arguments), or over stdio (`--stdio`), where it
 * reads messages with its own reader: a big document is decoded while it arrives (messageReader.ts).
 */
import { format } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { StreamingMessageReader } from './pipeline/messageReader';
import { startServer } from './startServer';

startServer(process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all));

/** What `createConnection` does for `--stdio`, with the streaming reader. */
function stdioConnection(): Connection {
  const connection = createConnection(
    ProposedFeatures.all,
    new StreamingMessageReader(process.stdin),
    new StreamMessageWriter(process.stdout),
  );
  let shutDown = false;
  connection.onShutdown(() => {
    shutDown = true;
  });
  // The editor went away without the exit notification: so does the server.
  const exit = () => process.exit(shutDown ? 0 : 1);
  process.stdin.on('end', exit);
  process.stdin.on('close', exit);
  // Standard output carries the protocol: anything logged goes to the editor's log instead.
  const log = (...args: unknown[]) => connection.console.log(format(...args));
  console.log = console.info = console.debug = log;
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = (...args: unknown[]) => connection.console.error(format(...args));
  return connection;
}
