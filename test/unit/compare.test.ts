import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { allPairNotes, type CatalogEntry } from '../../catalog/src/index';
import { buildComparison, compareCodes, isComparisonError, type Comparison } from '../../catalog/src/compare';
import { comparisonJson, comparisonText } from '../../catalog/src/compare-text';
import { parseStatusCode } from '../../catalog/src/status-code';
import { firstSentence } from '../../catalog/src/words';

/** A self-contained entry, so these tests hold the comparison's wording without depending on catalog prose. */
function entry(overrides: Partial<CatalogEntry> & Pick<CatalogEntry, 'code'>): CatalogEntry {
  const codeClass = `${Math.floor(overrides.code / 100)}xx` as CatalogEntry['class'];
  const names: Record<string, string> = { '4xx': 'Client Failure', '5xx': 'Server Failure', '6xx': 'Global Failure' };
  return {
    reasonPhrase: `Phrase ${overrides.code}`,
    aliases: [],
    class: codeClass,
    className: names[codeClass] ?? 'Other',
    registered: true,
    known: true,
    rfc: 3261,
    section: `21.${overrides.code}`,
    rfcUrl: `https://www.rfc-editor.org/rfc/rfc3261#section-21.${overrides.code}`,
    description: `Description of ${overrides.code}. Second sentence.`,
    whenItAppears: `When ${overrides.code} appears.`,
    howToFix: [`Fix ${overrides.code}.`],
    shortFix: `short fix ${overrides.code}`,
    retry: `Retry rule of ${overrides.code}.`,
    related: [],
    sentBy: ['UAS'],
    typicalMethods: ['INVITE'],
    ...overrides,
  };
}

const busyHere = entry({
  code: 486,
  reasonPhrase: 'Busy Here',
  sentBy: ['UAS', 'B2BUA'],
  q850: { fromCauses: [17], toCause: 17 },
});
const busyEverywhere = entry({ code: 600, reasonPhrase: 'Busy Everywhere', q850: { fromCauses: [], toCause: 17 } });
const unavailable = entry({ code: 480, reasonPhrase: 'Temporarily Unavailable', sentBy: ['UAS', 'proxy'] });

function compared(a: number, b: number): Comparison {
  const result = compareCodes(a, b);
  if (isComparisonError(result)) throw new Error(`expected a comparison of ${a} and ${b}, got: ${result.error}`);
  return result;
}

describe('compareCodes with the real catalog', () => {
  it('compares a code with itself and says they are the same', () => {
    const c = compared(486, 486);
    assert.equal(c.title, '486 Busy Here vs 486 Busy Here');
    assert.match(c.summary, /486 and 486 are the same code/);
    assert.match(c.keyDifferences[0] ?? '', /same code/);
    assert.ok(c.keyDifferences.length >= 3);
  });

  for (const bad of [99, 700, 999, 1000, 0, -486, 486.5, Number.NaN]) {
    it(`rejects ${bad} with a message naming the input and the valid range`, () => {
      const result = compareCodes(486, bad);
      assert.ok(isComparisonError(result));
      assert.match(result.error, new RegExp(`"${String(bad).replace('.', '\\.')}"`));
      assert.match(result.error, /100 to 699/);
    });
  }

  it('puts the curated pair note first for every pair the catalog has written, in either order', () => {
    assert.ok(allPairNotes().length > 0);
    for (const pair of allPairNotes()) {
      assert.equal(compared(pair.b, pair.a).keyDifferences[0], pair.note, `${pair.a} vs ${pair.b}`);
      assert.equal(compared(pair.a, pair.b).keyDifferences[0], pair.note, `${pair.a} vs ${pair.b}`);
    }
  });

  it("shows the Q.850 line for a code that falls to the table's default cause (RFC 3398 §8.2.6.1)", () => {
    const line = compared(100, 607).keyDifferences.find((d) => d.startsWith('Q.850'));
    assert.equal(
      line,
      'Q.850 mapping (RFC 3398): 100 is not a failure response, and §8.2.6.1 maps only 4xx-6xx to causes. 607 is not in the table, so it takes the default cause 31 (Normal, unspecified).',
    );
  });

  it('warns that two codes which both fall to the default cause become the same cause', () => {
    const line = compared(607, 608).keyDifferences.find((d) => d.startsWith('Q.850')) ?? '';
    assert.match(line, /Both become cause 31, so the difference is lost/);
  });

  it('gives the example summary for 486 vs 600', () => {
    assert.equal(
      compared(486, 600).summary,
      '486 is a 4xx Client Failure response, while 600 is a 6xx Global Failure response.',
    );
  });

  it('compares a code the catalog only knows by class, without inventing a Q.850 mapping', () => {
    const c = compared(486, 477);
    assert.equal(c.title, '486 Busy Here vs 477');
    const text = c.keyDifferences.join('\n');
    assert.match(
      text,
      /477 is not registered and the catalog does not know it; RFC 3261 §8\.1\.3\.2 says to treat it as 400/,
    );
    assert.doesNotMatch(text, /477 maps to cause/);
  });

  it('compares 401 with 407 as the same class', () => {
    assert.equal(compared(401, 407).summary, '401 and 407 are both 4xx Client Failure responses.');
  });
});

describe('buildComparison', () => {
  it('names both codes and both classes when the classes differ', () => {
    const c = buildComparison(busyHere, busyEverywhere, undefined);
    assert.equal(c.title, '486 Busy Here vs 600 Busy Everywhere');
    assert.equal(c.summary, '486 is a 4xx Client Failure response, while 600 is a 6xx Global Failure response.');
  });

  it('says "both" when the classes are the same', () => {
    assert.equal(
      buildComparison(busyHere, unavailable, undefined).summary,
      '486 and 480 are both 4xx Client Failure responses.',
    );
  });

  it('puts the pair note first, before the class line', () => {
    const note = '600 means busy at every device; 486 is this device only.';
    const c = buildComparison(busyHere, busyEverywhere, note);
    assert.equal(c.keyDifferences[0], note);
    assert.match(c.keyDifferences[1] ?? '', /^Class and scope:/);
  });

  it('starts with the class line when there is no pair note', () => {
    assert.match(buildComparison(busyHere, busyEverywhere, undefined).keyDifferences[0] ?? '', /^Class and scope:/);
  });

  it('always lists at least class, retry, senders, methods and registration', () => {
    const c = buildComparison(busyHere, busyEverywhere, undefined);
    assert.ok(c.keyDifferences.length >= 5);
    const text = c.keyDifferences.join('\n');
    assert.match(text, /600 is 6xx Global Failure.*do not try elsewhere/);
    assert.match(text, /486 is 4xx Client Failure.*this server/);
    assert.match(text, /Retry rule of 486\..*Retry rule of 600\./);
    assert.match(text, /486 usually comes from UAS or B2BUA; 600 from UAS/);
    assert.match(text, /Typical methods: both answer INVITE/);
  });

  it('warns when both codes map to the same Q.850 cause', () => {
    const line = buildComparison(busyHere, busyEverywhere, undefined).keyDifferences.find((d) => d.startsWith('Q.850'));
    assert.ok(line);
    assert.match(line, /486 maps to cause 17/);
    assert.match(line, /Both become cause 17/);
  });

  it('says what RFC 3398 §8.2.6.1 does with codes it lists without a cause, and with codes it does not list', () => {
    const q850Of = (a: number, b: number) => compared(a, b).keyDifferences.find((d) => d.startsWith('Q.850')) ?? '';
    assert.match(q850Of(487, 486), /487 maps to no cause\. 486 maps to cause 17 \(User busy\)/);
    assert.match(
      q850Of(488, 606),
      /488 takes its cause from the Warning header; causes 65, 70 map to 488\. 606 takes its cause from the Warning header\./,
    );
    assert.match(
      q850Of(422, 486),
      /422 is not in the table, so it takes the default cause 31 \(Normal, unspecified\)\./,
    );
    assert.match(q850Of(180, 486), /180 is not a failure response, and §8\.2\.6\.1 maps only 4xx-6xx to causes\./);
  });

  it('leaves out the STIR/SHAKEN line when neither code has a role', () => {
    const text = buildComparison(unavailable, entry({ code: 503 }), undefined).keyDifferences.join('\n');
    assert.doesNotMatch(text, /STIR/);
  });

  it('leaves out the Q.850 line when neither code is a failure or mapped from a cause', () => {
    const text = buildComparison(entry({ code: 180 }), entry({ code: 200 }), undefined).keyDifferences.join('\n');
    assert.doesNotMatch(text, /Q\.850/);
  });

  it('describes the STIR/SHAKEN role of the code that has one', () => {
    const identity = entry({ code: 438, stirShaken: 'The PASSporT signature did not verify' });
    const line = buildComparison(identity, busyHere, undefined).keyDifferences.find((d) => d.startsWith('STIR/SHAKEN'));
    assert.equal(line, 'STIR/SHAKEN: 438: The PASSporT signature did not verify. 486 has no STIR/SHAKEN role.');
  });

  it('explains where an unregistered code comes from', () => {
    const privateCode = entry({ code: 478, registered: false, origin: 'Kamailio/OpenIMS: unresolvable destination' });
    const line = buildComparison(busyHere, privateCode, undefined).keyDifferences.find((d) =>
      d.startsWith('Registration'),
    );
    assert.match(line ?? '', /486 is registered with IANA.*478 is not in the IANA registry\. Kamailio/);
  });

  it('gives advice for sending and for reading, about both codes, one list item per code', () => {
    const { sending, reading } = buildComparison(busyHere, busyEverywhere, undefined).whenToUse;
    assert.equal(sending.length, 2);
    assert.match(sending[0] ?? '', /^486 Busy Here: Description of 486\. Send it when /);
    assert.match(sending[1] ?? '', /^600 Busy Everywhere: Description of 600\. Send it only when/);
    assert.equal(reading.length, 2);
    assert.match(reading[0] ?? '', /^In a log, 486 \(usually from UAS or B2BUA\) means: short fix 486\.$/);
    assert.match(reading[1] ?? '', /^In a log, 600/);
  });
});

describe('whenToUse wording', () => {
  it('states the shared class advice once when both codes are in the same class', () => {
    const { sending } = buildComparison(busyHere, unavailable, undefined).whenToUse;
    assert.equal(sending.length, 3, 'each code, then the shared class advice');
    assert.match(sending[2] ?? '', /^Both are 4xx: send either when/);
    assert.equal(sending.join(' ').match(/Send it/g), null);
  });
  it('talks about one code when both sides are the same', () => {
    const c = buildComparison(busyHere, busyHere, undefined);
    assert.equal(c.whenToUse.reading.length, 1);
    assert.equal(c.whenToUse.sending.length, 1);
    assert.match(c.keyDifferences.join('\n'), /Who sends it: 486 usually comes from UAS or B2BUA\./);
  });
});

describe('parseStatusCode', () => {
  const cases: Array<[unknown, number | undefined]> = [
    [486, 486],
    ['486', 486],
    [' 600 ', 600],
    [100, 100],
    [699, 699],
    ['abc', undefined],
    ['4860', undefined],
    ['48a', undefined],
    ['', undefined],
    [999, undefined],
    [99, undefined],
    [486.5, undefined],
    ['486.0', undefined],
    [null, undefined],
    [{ code: 486 }, undefined],
  ];
  for (const [input, expected] of cases) {
    it(`reads ${JSON.stringify(input)} as ${String(expected)}`, () => assert.equal(parseStatusCode(input), expected));
  }
});

describe('renderers', () => {
  const c = buildComparison(busyHere, busyEverywhere, 'A pair note.');

  it('keeps the JSON contract', () => {
    const json = JSON.parse(JSON.stringify(comparisonJson(c))) as Record<string, unknown>;
    assert.deepEqual(Object.keys(json).sort(), ['a', 'b', 'keyDifferences', 'summary', 'title', 'whenToUse']);
    assert.equal((json.a as CatalogEntry).code, 486);
    assert.equal((json.b as CatalogEntry).code, 600);
    assert.match(json.summary as string, /486.*600/);
    assert.ok(Array.isArray(json.keyDifferences) && json.keyDifferences.length >= 3);
    assert.ok((json.keyDifferences as unknown[]).every((item) => typeof item === 'string'));
    assert.equal(typeof json.whenToUse, 'string');
    assert.ok(
      (json.whenToUse as string).includes(c.whenToUse.sending.join(' ')) &&
        (json.whenToUse as string).includes(c.whenToUse.reading.join(' ')),
    );
  });

  it('prints when to use which as one bullet per list item, sending first', () => {
    const text = comparisonText(c);
    const items = [...c.whenToUse.sending, ...c.whenToUse.reading].map((item) => text.indexOf(`\n    - ${item}\n`));
    assert.ok(
      items.every((at) => at > text.indexOf('When to use which')),
      'every item is a bullet under the heading',
    );
    assert.deepEqual(
      items,
      [...items].sort((x, y) => x - y),
      'in the model order',
    );
    assert.ok(text.indexOf('  Reading a log:') > (items[c.whenToUse.sending.length - 1] ?? Infinity));
  });

  it('renders numbered plain text with both RFC links', () => {
    const text = comparisonText(c);
    assert.ok(text.startsWith('486 Busy Here vs 600 Busy Everywhere\n'));
    assert.match(text, /^ {2}1\. A pair note\.$/m);
    assert.ok(text.includes(busyHere.rfcUrl) && text.includes(busyEverywhere.rfcUrl));
  });

  it("prints each code's description, when it appears, how to fix it and retry, after the comparison", () => {
    const text = comparisonText(c);
    const whenToUse = text.indexOf('When to use which');
    for (const e of [busyHere, busyEverywhere]) {
      const card = text.indexOf(`\n${e.code} ${e.reasonPhrase}\n---`);
      assert.ok(card > whenToUse, `${e.code}'s card follows the comparison`);
      for (const part of [
        e.description,
        `When it appears: ${e.whenItAppears}`,
        'How to fix:',
        `  1. ${e.howToFix[0]}`,
        `Retry: ${e.retry}`,
      ]) {
        assert.ok(text.indexOf(part, card) > card, `${e.code}: ${part}`);
      }
    }
  });

  it('prints one card when both sides are the same code', () => {
    const text = comparisonText(buildComparison(busyHere, busyHere, undefined));
    assert.equal(text.split(busyHere.description).length - 1, 1);
  });
});

describe('firstSentence', () => {
  it('does not stop at the dots of a section number', () => {
    assert.equal(firstSentence('Busy (RFC 3261 §21.4.24). The rest.'), 'Busy (RFC 3261 §21.4.24).');
  });
  it('adds a full stop to text without one', () => assert.equal(firstSentence('No stop'), 'No stop.'));
});
