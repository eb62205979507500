/**
 * `sipLens/callsChanged` as an event many listeners can follow. The language client keeps one
 * handler per notification method (a second `onNotification` replaces the first), and both the
 * Calls view and the call-flow panels follow this one: they subscribe here, and the client's
 * handler is registered once, by whichever asks first.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CallsChangedNotification, type CallsChangedParams } from '../../catalog/src/protocol';

const emitters = new WeakMap<LanguageClient, vscode.EventEmitter<CallsChangedParams>>();

export function onCallsChanged(client: LanguageClient): vscode.Event<CallsChangedParams> {
  let emitter = emitters.get(client);
  if (!emitter) {
    const created = new vscode.EventEmitter<CallsChangedParams>();
    client.onNotification(CallsChangedNotification, (params) => created.fire(params));
    emitters.set(client, created);
    emitter = created;
  }
  return emitter.event;
}
