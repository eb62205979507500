/**
 * Holds the facts a claim-by-claim review against the RFCs found wrong or imprecise (issue 15, §6).
 * Each test names the RFC sentence it holds the prose to; the wording may change, the fact may not.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getEntry, pairNote, q850Cause, type CatalogEntry } from '../../catalog/src/index';
import { compareCodes, isComparisonError } from '../../catalog/src/compare';
import { FACTS } from '../../catalog/src/facts';
import { causesToCodeWords } from '../../catalog/src/q850-mapping';

function entryOf(code: number): CatalogEntry {
  const entry = getEntry(code);
  assert.ok(entry, `catalog has no entry for ${code}`);
  return entry;
}

/** Every piece of prose of an entry, for claims that may sit in any of its sections. */
function allText(entry: CatalogEntry): string {
  const related = entry.related.map((r) => r.note);
  return [entry.description, entry.whenItAppears, ...entry.howToFix, entry.shortFix, entry.retry, ...related].join(
    '\n',
  );
}

describe('catalog facts: 100 Trying proves only the next hop (RFC 3261 §21.1.1)', () => {
  it('does not claim, in its short fix, that no hop beyond the first has the request', () => {
    const { shortFix } = entryOf(100);
    assert.doesNotMatch(shortFix, /only the first hop/iu);
    assert.match(shortFix, /next hop/iu);
  });

  it('does not make that claim on the comparison page that quotes the short fix', () => {
    const comparison = compareCodes(100, 607);
    assert.ok(!isComparisonError(comparison));
    assert.doesNotMatch(comparison.whenToUse.reading.join(' '), /only the first hop/iu);
    assert.match(comparison.whenToUse.reading.join(' '), /next hop/iu);
  });
});

describe('catalog facts: STIR "403 Stale Date" is about the Date header (RFC 8224 §6.2.2, §6.2 step 4)', () => {
  it('names the Date header as the trigger and the iat of a full-form PASSporT as the other case', () => {
    const { description } = entryOf(403);
    assert.match(description, /Stale Date[^.]*Date header/u);
    assert.match(description, /RFC 8224 §6\.2\.2/u);
    assert.match(description, /full-form PASSporT[^.]*iat/u);
  });

  it('tells the reader to check the Date header, not only the iat', () => {
    const step = entryOf(403).howToFix.find((s) => s.startsWith('For "403 Stale Date"'));
    assert.ok(step, 'a fix step for "Stale Date"');
    assert.match(step, /Date header/u);
  });

  it("says the same in 438's note about 403", () => {
    const note = entryOf(438).related.find((r) => r.code === 403)?.note ?? '';
    assert.match(note, /Date header/u);
  });
});

describe('catalog facts: 405 comes from the method missing from Allow (RFC 3261 §21.4.6)', () => {
  it('offers no Asterisk feature switch as the way to fix a 405, since those do not produce one', () => {
    const text = allText(entryOf(405));
    assert.doesNotMatch(text, /message_context/u);
    assert.doesNotMatch(text, /that is `allow_subscribe` for SUBSCRIBE/u);
    assert.match(text, /answers 603 when `allow_subscribe` or `allow_transfer` is off/u);
  });

  it('says that the method missing from the allowed set produces it', () => {
    const step = entryOf(405).howToFix.find((s) => s.includes('§21.4.6'));
    assert.ok(step, 'a fix step citing RFC 3261 §21.4.6');
    assert.match(step, /missing from the methods the server allows/u);
  });
});

describe('catalog facts: 607 Unwanted (RFC 8197)', () => {
  it('is not tagged as a STIR/SHAKEN code: RFC 8197 is a SIPCORE document', () => {
    assert.equal(entryOf(607).stirShaken, undefined);
    assert.notEqual(FACTS.find((f) => f.code === 607)?.stirShaken, true);
  });

  it('answers INVITE, MESSAGE, SUBSCRIBE and other out-of-dialog requests (§4)', () => {
    const entry = entryOf(607);
    assert.deepEqual(entry.typicalMethods, ['INVITE', 'MESSAGE', 'SUBSCRIBE']);
    assert.match(entry.whenItAppears, /other out-of-dialog request/u);
  });

  it('names the same sender in "who sends it" as in its description: the called user\'s UA', () => {
    const entry = entryOf(607);
    assert.deepEqual(entry.sentBy, ['UAS']);
    assert.match(entry.description, /called user's UA sends it/u);
    assert.doesNotMatch(entry.whenItAppears, /carrier acting/u);
  });

  it('keeps it out of global filters unless the caller was authenticated (§6)', () => {
    assert.match(entryOf(607).description, /SHOULD NOT feed global call filters unless[^.]*authenticated/u);
    assert.match(pairNote(603, 607) ?? '', /global filters only if[^.]*authenticated/u);
  });
});

describe('catalog facts: 608 MUST carry Call-Info (RFC 8688 §3.1)', () => {
  it('says MUST, with the misuse exception, where it describes the Call-Info', () => {
    const entry = entryOf(608);
    assert.match(entry.whenItAppears, /MUST carry a `Call-Info`[^.]*unless there are signs the caller would misuse/u);
    assert.doesNotMatch(allText(entry), /should carry a `Call-Info`/iu);
  });

  it('says MUST in the 603-608 pair note, not "may carry"', () => {
    const note = pairNote(603, 608) ?? '';
    assert.match(note, /MUST carry a Call-Info/u);
    assert.doesNotMatch(note, /may carry/u);
  });
});

describe('catalog facts: who sends 199 (RFC 6228 §5, §6)', () => {
  it('says a UAS SHOULD NOT send 199 before its non-2xx final response except in configured cases', () => {
    assert.match(
      entryOf(199).whenItAppears,
      /UAS SHOULD NOT send 199 before its own non-2xx final response, except when configured/u,
    );
  });

  it('says a proxy MUST NOT generate 199 when the INVITE requires 100rel', () => {
    assert.match(entryOf(199).whenItAppears, /MUST NOT generate it when the INVITE has `Require: 100rel`/u);
  });
});

describe('catalog facts: CANCEL, 487 and 481', () => {
  it('puts "Call completed elsewhere" in the CANCEL, not in the 487 (RFC 3326 §3.1)', () => {
    const entry = entryOf(487);
    assert.match(
      entry.whenItAppears,
      /travels in the CANCEL, as `Reason: SIP;cause=200;text="Call completed elsewhere"` \(RFC 3326/u,
    );
    assert.doesNotMatch(entry.howToFix.join('\n'), /487 with its Reason header/u);
  });

  it('does not say a CANCEL right after a 2xx gets 481: RFC 6026 keeps the transaction for 64*T1', () => {
    const entry = entryOf(481);
    assert.doesNotMatch(entry.whenItAppears, /as right after a 2xx/u);
    assert.match(entry.whenItAppears, /RFC 6026[^)]*64\*T1[^)]*normally gets 200/u);
    assert.doesNotMatch(pairNote(481, 487) ?? '', /already gone \(after a 2xx/u);
  });
});

describe('catalog facts: timers and limits', () => {
  it('does not tie the PRACK timeout to 504: RFC 3262 §3 asks for an unspecified 5xx', () => {
    const entry = entryOf(504);
    assert.doesNotMatch(entry.shortFix, /PRACK/u);
    assert.match(entry.whenItAppears, /RFC 3262 §3 does not say which/u);
  });

  it('warns that proxies clamp Max-Breadth to their own maximum (RFC 5393 §5.3.3, RECOMMENDED 60)', () => {
    const step = entryOf(440).howToFix.find((s) => /raising max-breadth/iu.test(s));
    assert.ok(step, 'a fix step about raising Max-Breadth');
    assert.match(step, /RECOMMENDED 60/u);
    assert.match(step, /RFC 5393 §5\.3\.3/u);
  });
});

describe('catalog facts: pair notes', () => {
  it('cites RFC 7647 §5 for REFER in 200 vs 202', () => {
    assert.match(pairNote(200, 202) ?? '', /RFC 7647 §5/u);
  });

  it('says a stateful proxy never forwards 100 upstream in 100 vs 180', () => {
    const note = pairNote(100, 180) ?? '';
    assert.match(note, /stateful proxy never forwards it upstream/u);
    assert.doesNotMatch(note, /not forwarded by proxies/u);
  });

  it('has a curated note for 100 Trying vs 607 Unwanted, from RFC 3261 §21.1.1 and RFC 8197', () => {
    const note = pairNote(607, 100) ?? '';
    assert.match(note, /RFC 3261 §21\.1\.1/u);
    assert.match(note, /RFC 8197/u);
    const comparison = compareCodes(100, 607);
    assert.ok(!isComparisonError(comparison));
    assert.equal(comparison.keyDifferences[0], note, 'the curated note leads the key differences');
  });
});

describe('catalog facts: conditional Q.850 rows of RFC 3398 §7.2.4.1', () => {
  it('maps cause 22 with the new number in its diagnostic to 301', () => {
    const entry = entryOf(301);
    assert.deepEqual(entry.q850?.fromCausesWhen, [{ cause: 22, when: 'new-number-in-diagnostic' }]);
    assert.equal(
      causesToCodeWords(entry),
      'cause 22 maps to 301 instead of 410 when its diagnostic field carries the new number',
    );
  });

  it("lets cause 21 map to 603 when its location is the user, next to 603's own unconditional rows", () => {
    const entry = entryOf(603);
    assert.deepEqual(entry.q850?.fromCausesWhen, [{ cause: 21, when: 'location-user' }]);
    assert.equal(entry.q850?.toCause, 21, '603 still maps to cause 21 the other way (§8.2.6.1)');
    assert.equal(causesToCodeWords(entry), "cause 21 may map to 603 instead of 403 when its cause location is 'user'");
  });

  it("keeps every conditional row an alternative to the cause's usual code, which its meaning names", () => {
    const conditional = FACTS.filter((facts) => (facts.fromQ850When ?? []).length > 0).map((facts) => facts.code);
    assert.deepEqual(conditional, [301, 603], 'the two conditional rows of §7.2.4.1 that lead to a different code');
    for (const facts of FACTS) {
      for (const row of facts.fromQ850When ?? []) {
        const cause = q850Cause(row.cause);
        assert.ok(cause, `cause ${row.cause} is in the Q.850 table`);
        assert.notEqual(cause.sipCode, facts.code, `cause ${row.cause} maps to ${facts.code} only conditionally`);
        assert.match(
          cause.meaning,
          new RegExp(`\\b${facts.code}\\b`, 'u'),
          `cause ${row.cause} mentions ${facts.code}`,
        );
      }
    }
  });
});
