// Running slow child commands (npm installs) with a log file and a heartbeat, so a person watching a
// multi-minute install sees that it is alive and what it is doing, without node-gyp's thousand lines.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';

const HEARTBEAT_MS = 15_000;
/** Lines worth showing in the heartbeat: what is being built or installed, not compiler warnings. */
const PROGRESS_LINE =
  /^(?:(?:CXX|CC|LINK|SOLINK|SOLINK_MODULE|ACTION|COPY)\(target\)|> |added \d+|Installing|User agent|gyp info spawn args|npm (?:warn|error))/;

/** Prints `[label] message` to stderr, the harness's one voice. */
export function say(label, message) {
  process.stderr.write(`[${label}] ${message}\n`);
}

/** Elapsed time since `startedAt` as "1m 05s". */
export function elapsed(startedAt) {
  const seconds = Math.round((Date.now() - startedAt) / 1000);
  const minutes = Math.floor(seconds / 60);
  return minutes > 0 ? `${minutes}m ${String(seconds % 60).padStart(2, '0')}s` : `${seconds}s`;
}

/**
 * Runs a command, appending its output to `logFile`, printing a heartbeat with the latest output line,
 * and rejecting with the log's tail when it exits non-zero.
 */
export function runLogged(label, command, args, { cwd, env, logFile }) {
  return new Promise((resolvePromise, reject) => {
    const log = createWriteStream(logFile, { flags: 'a' });
    log.write(`\n$ ${command} ${args.join(' ')}\n`);
    const startedAt = Date.now();
    const recent = [];
    let progress = 'working';
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const remember = (chunk) => {
      log.write(chunk);
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        recent.push(line.trim().slice(0, 160));
        if (PROGRESS_LINE.test(line.trim())) progress = line.trim().slice(0, 120);
      }
      recent.splice(0, Math.max(0, recent.length - 40));
    };
    child.stdout.on('data', remember);
    child.stderr.on('data', remember);
    const timer = setInterval(() => say(label, `${elapsed(startedAt)} … ${progress}`), HEARTBEAT_MS);
    child.on('error', (error) => {
      clearInterval(timer);
      log.end();
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearInterval(timer);
      log.end();
      if (code === 0) return resolvePromise(elapsed(startedAt));
      const tail = recent.slice(-25).join('\n  ');
      reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}); see ${logFile}\n  ${tail}`));
    });
  });
}

/** Runs a quick command and returns its trimmed stdout, or undefined when it fails. */
export function captureOutput(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 60_000, ...options });
  return result.status === 0 ? result.stdout.trim() : undefined;
}
