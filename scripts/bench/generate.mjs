// Generates a deterministic mixed-format SIP log of about `targetBytes`: several calls in flight
// at once (their messages interleave, as on a busy PBX), each logged by Asterisk, FreeSWITCH or
// sngrep, with a Kamailio proxy's syslog lines in between.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { FLOWS, FLOW_WEIGHTS } from './callFlows.mjs';
import { CALL_FORMATS, newStream, renderEvent } from './logFormats.mjs';
import { createRandom } from './prng.mjs';

export const DEFAULT_SEED = 0x51b1e5;
const CALLS_IN_FLIGHT = 6;
const START = Date.UTC(2026, 10, 20, 9, 14, 2, 113) * 1000;

function startFlow(rng, counts) {
  const name = rng.weighted(FLOW_WEIGHTS);
  counts[name] = (counts[name] ?? 0) + 1;
  const format = name === 'proxyMentions' ? 'kamailio' : rng.weighted(CALL_FORMATS);
  return { events: FLOWS[name](rng), stream: newStream(rng, format) };
}

/** @returns {{ text: string, flows: Record<string, number> }} */
export function generateLog(targetBytes, seed = DEFAULT_SEED) {
  const flows = {};
  const chunks = [...logPieces(targetBytes, seed, flows)];
  return { text: chunks.join(''), flows };
}

/**
 * The log's text piece by piece (one logged event each), counting the flows started in `flows`:
 * for logs too big for one string (scripts/bench/stream.mjs writes 2 GB).
 */
export function* logPieces(targetBytes, seed = DEFAULT_SEED, flows = {}) {
  const rng = createRandom(seed);
  const active = [];
  let size = 0;
  let clock = START;
  while (size < targetBytes || active.length > 0) {
    // Past the target, no new call starts: the calls in flight finish so none is cut in half.
    while (size < targetBytes && active.length < CALLS_IN_FLIGHT) active.push(startFlow(rng, flows));
    const index = rng.int(active.length);
    const flow = active[index];
    const step = flow.events.next();
    if (step.done) {
      active.splice(index, 1);
      continue;
    }
    clock += Math.floor((step.value.delay * 1000) / active.length) + rng.between(50, 5000);
    const text = renderEvent(step.value, clock, flow.stream);
    size += text.length;
    yield text;
  }
}

/** Generates the log and writes it to `path`; returns what generateLog returned. */
export function writeLog(path, targetBytes, seed = DEFAULT_SEED) {
  const log = generateLog(targetBytes, seed);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, log.text);
  return log;
}
