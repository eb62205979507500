// Positions in a generated document, in LSP terms (zero-based line, UTF-16 character). The
// generated text is ASCII, so string offsets and UTF-16 offsets agree.

/** Start offsets of every line. */
export function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The LSP position of `offset`, by binary search over `starts`. */
export function positionAt(starts, offset) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low, character: offset - starts[low] };
}

/** The position just past the end of `text` (where an append goes). */
export function endPosition(text) {
  const lastBreak = text.lastIndexOf('\n');
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return { line: lines, character: text.length - (lastBreak + 1) };
}

/** Where `end` moves after inserting `inserted` at it. */
export function advance(end, inserted) {
  const breaks = inserted.split('\n').length - 1;
  if (breaks === 0) return { line: end.line, character: end.character + inserted.length };
  return { line: end.line + breaks, character: inserted.length - (inserted.lastIndexOf('\n') + 1) };
}

/** Offsets of the three digits of every status-line code (`SIP/2.0 486`). */
export function statusCodeOffsets(text) {
  const offsets = [];
  const pattern = /SIP\/2\.0 [1-6]\d\d/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) offsets.push(match.index + 'SIP/2.0 '.length);
  return offsets;
}

/**
 * `count` hover positions: half on status codes (on one of the three digits), half anywhere,
 * shuffled so code and non-code requests alternate unpredictably.
 */
export function hoverPositions(text, count, rng) {
  const starts = lineStarts(text);
  const codes = statusCodeOffsets(text);
  const picks = [];
  for (let i = 0; i < count; i++) {
    const onCode = i % 2 === 0 && codes.length > 0;
    const offset = onCode ? rng.pick(codes) + rng.int(3) : rng.int(text.length);
    picks.push({ onCode, position: positionAt(starts, offset) });
  }
  for (let i = picks.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [picks[i], picks[j]] = [picks[j], picks[i]];
  }
  return picks;
}
