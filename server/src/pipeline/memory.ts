/**
 * Gives memory back around big documents. Each version of a 50 MB log is a new 50 MB string, and
 * V8 collects the old ones only when its heap limit comes near, so an editor following a growing
 * log would see the server's memory climb by the document's size on every append. After a large
 * analysis we ask for a collection, at most once per interval, once the diagnostics are out.
 */

/** Documents smaller than this leave too little garbage to be worth a full collection. */
const LARGE_DOCUMENT_CHARS = 8 * 1024 * 1024;
const MIN_INTERVAL_MS = 1000;
/** After a close, the second collection: past the longest turn of work still under way (slices are about 20 ms). */
const LATE_COLLECTION_MS = 250;

/**
 * `gc` exists when Node was started with `--expose-gc`, as the client starts the server
 * (SERVER_EXEC_ARGV in the catalog's protocol). Setting that flag from inside a running process
 * is what Node's documentation warns against, so a server started without it (by another editor,
 * or by hand) simply leaves collection to V8.
 */
const collect = typeof globalThis.gc === 'function' ? globalThis.gc : undefined;

/** Whether this process can collect on demand, reported in the analysis stats. */
export const collectsGarbage = collect !== undefined;

let lastCollection = 0;

/** Called after diagnostics for a document of `textLength` characters were published. */
export function releaseMemoryAfter(textLength: number): void {
  if (!collect || textLength < LARGE_DOCUMENT_CHARS) return;
  const now = performance.now();
  if (now - lastCollection < MIN_INTERVAL_MS) return;
  lastCollection = now;
  setImmediate(() => collect());
}

/**
 * Called when a document of `textLength` characters was closed and everything the server held
 * for it let go. Left to V8, the closed log's text and analysis stay in the heap until its limit
 * comes near, so opening the log again peaked at the two copies together (about 410 MB for a
 * 50 MB log against 310 MB for one open). Collected after this turn, once nothing refers to them.
 */
export function releaseMemoryAfterClose(textLength: number): void {
  if (textLength < LARGE_DOCUMENT_CHARS) return;
  forgetLastRegExpSubject();
  if (!collect) return;
  lastCollection = performance.now();
  setImmediate(() => collect());
  // Work already under way for the document (a batch of call summaries, a slice) notices the close
  // only at its next turn and holds the analysis until then: one collection a little later frees
  // what it let go (without it, about one close in six left the log in the heap).
  setTimeout(() => collect(), LATE_COLLECTION_MS).unref();
}

/**
 * V8 keeps the subject of the last successful regular-expression match alive for the legacy
 * `RegExp.input` / `RegExp.lastMatch` statics: after a scan of a closed 50 MB log, that is the
 * whole log, held until some other match happens to replace it (a heap snapshot showed the
 * closed text retained by the native context's `regexp_last_match_info` and nothing else). A
 * match on a one-character string replaces it.
 */
function forgetLastRegExpSubject(): void {
  /x/u.test('x');
}

/**
 * Called before a whole analysis of a document of `textLength` characters. Opening a 50 MB log
 * leaves the JSON-RPC message that carried it (the raw bytes and the decoded JSON, twice the
 * text's size) as garbage; collecting it first keeps it from adding to the analysis' own peak.
 */
export function releaseMemoryBefore(textLength: number): void {
  if (!collect || textLength < LARGE_DOCUMENT_CHARS) return;
  collect();
  lastCollection = performance.now();
}
