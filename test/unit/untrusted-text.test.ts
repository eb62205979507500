/** The one filter for log text (features/untrustedText.ts), character class by character class. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { replaceUnsafeControls } from '../../server/src/features/untrustedText';

const REPLACED: Readonly<Record<string, string>> = {
  'NUL, BEL, ESC, CR': '\u0000\u0007\u001b\r',
  'DEL and C1 (CSI, OSC, NEL)': '\u007f\u009b\u009d\u0085',
  ALM: '\u061c',
  'LRM and RLM': '\u200e\u200f',
  'embeddings and overrides (LRE, RLE, PDF, LRO, RLO)': '\u202a\u202b\u202c\u202d\u202e',
  'isolates (LRI, RLI, FSI, PDI)': '\u2066\u2067\u2068\u2069',
  'lone surrogates (a low before a high)': '\udfff\ud800',
};

describe('replaceUnsafeControls', () => {
  for (const [name, characters] of Object.entries(REPLACED)) {
    it(`replaces ${name} with U+FFFD`, () => {
      assert.equal(replaceUnsafeControls(`a${characters}b`), `a${'\ufffd'.repeat(characters.length)}b`);
    });
  }

  it('keeps tab, line feed, paired surrogates and ordinary text', () => {
    const text = 'SIP/2.0 480 Temporarily Unavailable\té 😀 中文 עברית\n';
    assert.equal(replaceUnsafeControls(text), text);
  });

  it('turns the F5 phrase into text that reads in its stored order', () => {
    assert.equal(
      replaceUnsafeControls('SIP/2.0 480 \u202etnuocca ruoy yfirev\u202c'),
      'SIP/2.0 480 \ufffdtnuocca ruoy yfirev\ufffd',
    );
  });
});
