/**
 * The call-flow layer: the ladder of one or more calls (buildCallFlow) and the legs that look like
 * part of the same call (suggestLegs). Pure functions of the analysis and its text; it reads
 * analysis/, calls/ (the summaries) and rules/ (the findings drawn on the arrows), and the catalog's
 * flow model, which the exports and the webview read.
 */
export { buildCallFlow, type CallFlowOptions } from './build';
export { suggestLegs, TIMING_WINDOW_MS } from './legs';
