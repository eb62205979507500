/**
 * Entry point of the SIP Lens language server. Speaks LSP over stdio (`--stdio`) or over IPC
 * when VS Code's client starts it; `createConnection` picks the transport from the arguments.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './startServer';

startServer(createConnection(ProposedFeatures.all));
