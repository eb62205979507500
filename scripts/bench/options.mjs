// Command-line flags. Sizes are in MB of 2^20 bytes, the unit used throughout the report.

export const MB = 1024 * 1024;

const USAGE = `Usage: node scripts/bench/run.mjs [options]

  --sizes 1,10,50      log sizes to generate and measure, in MB (default 1,10,50)
  --runs N             server runs per size (default 5 up to 10 MB, 3 above)
  --hovers N           hover requests per size (default 1000)
  --appends N          appends per size, and in the Calls view (default 5)
  --core-runs N        in-process runs of the call summaries and the rules cap, on the
                       largest size only (default 5)
  --timeout-scale X    multiply every time limit by X, for slow machines (default 1)
  --stream-sizes A,B   CLI check on generated logs streamed from a temporary file, in MB
                       (default 200,2048; scripts/bench/stream.mjs, which also runs alone)
  --no-stream          skip the CLI streaming figures
  --on-disk-sizes A    "Analyse on disk" of generated logs the server streams, in MB (default 1024;
                       scripts/bench/onDisk.mjs, which also runs alone)
  --no-on-disk         skip the Analyse on disk figures
  --no-write           print the table only; leave docs/PERFORMANCE.md alone
  --help               show this text`;

function fail(message) {
  console.error(`bench: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function positive(flag, raw, integer) {
  const value = Number(raw);
  if (raw === undefined || !Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    fail(`${flag} needs a positive ${integer ? 'integer' : 'number'}, got ${raw ?? 'nothing'}`);
  }
  return value;
}

/** Parses `argv` (without node and the script path). */
export function parseOptions(argv) {
  const options = {
    sizes: [1, 10, 50],
    runs: undefined,
    hovers: 1000,
    appends: 5,
    coreRuns: 5,
    timeoutScale: 1,
    write: true,
    streamSizes: [200, 2048],
    onDiskSizes: [1024],
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const next = () => argv[++i];
    if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (flag === '--sizes') {
      const raw = next();
      options.sizes = (raw ?? '').split(',').map((size) => positive('--sizes', size.trim(), false));
    } else if (flag === '--runs') options.runs = positive('--runs', next(), true);
    else if (flag === '--hovers') options.hovers = positive('--hovers', next(), true);
    else if (flag === '--appends') options.appends = positive('--appends', next(), true);
    else if (flag === '--core-runs') options.coreRuns = positive('--core-runs', next(), true);
    else if (flag === '--timeout-scale') options.timeoutScale = positive('--timeout-scale', next(), false);
    else if (flag === '--no-write') options.write = false;
    else if (flag === '--no-stream') options.streamSizes = [];
    else if (flag === '--stream-sizes')
      options.streamSizes = (next() ?? '').split(',').map((size) => positive('--stream-sizes', size.trim(), false));
    else if (flag === '--no-on-disk') options.onDiskSizes = [];
    else if (flag === '--on-disk-sizes')
      options.onDiskSizes = (next() ?? '').split(',').map((size) => positive('--on-disk-sizes', size.trim(), false));
    else fail(`unknown option ${flag}`);
  }
  return options;
}

/** Runs for one size: the median of 5 is cheap up to 10 MB; 3 keeps 50 MB within minutes. */
export function runsFor(sizeMb, options) {
  return options.runs ?? (sizeMb <= 10 ? 5 : 3);
}

/** Time limits in milliseconds for one size; generous, so only a real stall reads "timed out". */
export function limitsFor(sizeMb, options) {
  const scale = (ms) => Math.round(ms * options.timeoutScale);
  return {
    initialize: scale(15_000),
    open: scale(10_000 + 400 * sizeMb),
    stats: scale(5_000),
    hoverRequest: scale(2_000),
    hoverBudget: scale(45_000),
    append: scale(5_000 + 200 * sizeMb),
    ripgrep: scale(30_000),
  };
}
