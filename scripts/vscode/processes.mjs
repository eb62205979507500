// code-server starts helpers of its own (file watcher, agent host, a bundled Copilot runtime) that
// outlive a plain kill of the parent. Every server therefore runs in its own process group and the
// whole group is killed, on normal exit, on failure and on Ctrl+C / SIGTERM alike.
import { constants } from 'node:os';

const groups = new Set();
let handlersInstalled = false;

/** Sends `signal` to the whole process group led by `pid`; ignores groups that are already gone. */
export function killGroup(pid, signal = 'SIGTERM') {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** Remembers a group so that a signal or an unexpected exit still kills it. */
export function trackGroup(pid) {
  groups.add(pid);
  installHandlers();
}

/** Kills a group politely, then forcefully if it is still there after a grace period. */
export async function stopGroup(pid, graceMs = 3000) {
  groups.delete(pid);
  if (!killGroup(pid, 'SIGTERM')) return;
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && groupAlive(pid)) await new Promise((r) => setTimeout(r, 100));
  if (groupAlive(pid)) killGroup(pid, 'SIGKILL');
}

function groupAlive(pid) {
  return killGroup(pid, 0);
}

function killAllNow() {
  for (const pid of groups) {
    killGroup(pid, 'SIGTERM');
    killGroup(pid, 'SIGKILL');
  }
  groups.clear();
}

function installHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  // 'exit' handlers run synchronously: send signals only, no waiting.
  process.on('exit', killAllNow);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      process.stderr.write(`\n[harness] ${signal}: stopping code-server\n`);
      killAllNow();
      process.exit(128 + (constants.signals[signal] ?? 0));
    });
  }
}
