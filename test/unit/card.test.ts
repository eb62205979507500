/**
 * One code card, four surfaces: the hover, the Explain document, the compare view's card and
 * `sip-lens explain` must show the catalog card's sections in its order with its words.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { codeCard, type CardSection, type CardSectionId } from '../../catalog/src/card';
import { explain, type CatalogEntry } from '../../catalog/src/index';
import { cardHtml } from '../../client/src/compare/html';
import { entryMarkdown } from '../../client/src/compare/markdown';
import { runCli } from '../../server/src/cli/main';
import { splitFirstSentence, statusCodeCard } from '../../server/src/features/hoverCard';

/**
 * Success and provisional codes, a busy and an overload failure, a code RFC 3398 does not list, a
 * private code, an unknown number.
 */
const CODES = [100, 200, 202, 438, 486, 503, 607, 499, 477];

function entryOf(code: number): CatalogEntry {
  const entry = explain(code);
  assert.ok(entry, `no entry for ${code}`);
  return entry;
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&amp;': '&',
};

/** Text as a reader sees it, whatever the markup: no emphasis or heading marks, one space between words. */
function plain(text: string): string {
  return text
    .replace(/&(lt|gt|quot|#39|amp);/gu, (entity) => ENTITIES[entity] ?? entity)
    .replace(/[*#]/gu, '')
    .replace(/\s+/gu, ' ');
}

const SURFACES: ReadonlyArray<readonly [string, (code: number) => string]> = [
  ['hover', (code) => statusCodeCard({ occurrence: { offset: 0, code, kind: 'status-line', messageIndex: -1 } }) ?? ''],
  ['Explain document', (code) => entryMarkdown(entryOf(code))],
  [
    'compare view',
    // The view renders the catalog's `code` spans as <code>: read them back as the backticks they were.
    (code) =>
      cardHtml(entryOf(code), 'a', [])
        .replace(/<\/?code>/gu, '`')
        .replace(/<[^>]*>/gu, ' '),
  ],
  [
    'sip-lens explain',
    (code) => {
      let out = '';
      assert.equal(runCli(['explain', String(code)], { out: (t) => (out += t), err: () => undefined }), 0);
      return out;
    },
  ],
];

/** The words of a section, in the order a reader meets them. */
function wordsOf(section: CardSection): string[] {
  switch (section.id) {
    case 'title':
      return [section.heading, ...section.badges.map((badge) => badge.label), section.reference.label];
    case 'description':
      return [section.text];
    case 'howToFix':
      return [section.title, ...section.steps];
    case 'q850':
      return [section.title, ...section.lines];
    case 'related':
      return [section.title, ...section.items.flatMap((item) => [item.label, item.note])];
    default:
      return [section.title, section.text];
  }
}

/**
 * The hover leads with the answer: the description's first sentence (the one-line meaning) comes
 * before the actions, and the rest of it after the rule (test/unit/hover-answer.test.ts holds
 * that order); success and provisional codes have no fix section there.
 */
function hoverWordsOf(section: CardSection): string[] {
  return section.id === 'description' ? [splitFirstSentence(section.text)[1]].filter(Boolean) : wordsOf(section);
}

describe('the code card on every surface', () => {
  for (const code of CODES) {
    const card = codeCard(entryOf(code));
    for (const [surface, render] of SURFACES) {
      it(`${surface} shows every section of ${code}'s card, in the card's order`, () => {
        const text = plain(render(code));
        let from = 0;
        for (const section of card.sections) {
          if (surface === 'hover' && section.id === 'howToFix' && code < 300) continue;
          for (const words of surface === 'hover' ? hoverWordsOf(section) : wordsOf(section)) {
            const at = text.indexOf(plain(words).trim(), from);
            assert.ok(
              at >= 0,
              `${surface} of ${code}: "${words.slice(0, 60)}" (${section.id}) missing or out of order`,
            );
            from = at + plain(words).trim().length;
          }
        }
      });

      it(`${surface} shows no Q.850 or related codes that ${code}'s card lacks`, () => {
        const text = plain(render(code));
        const ids = new Set(card.sections.map((section) => section.id));
        if (!ids.has('q850')) assert.doesNotMatch(text, /§8\.2\.6\.1/u);
        if (!ids.has('related')) assert.doesNotMatch(text, /Often confused with/u);
      });
    }
  }
});

describe('codeCard', () => {
  const ids = (code: number): CardSectionId[] => codeCard(entryOf(code)).sections.map((section) => section.id);

  it('orders the sections title, description, when, fix, retry, notes, Q.850, related', () => {
    assert.deepEqual(ids(486), ['title', 'description', 'whenItAppears', 'howToFix', 'retry', 'q850', 'related']);
    assert.deepEqual(ids(202).slice(0, 6), [
      'title',
      'description',
      'whenItAppears',
      'howToFix',
      'retry',
      'deprecation',
    ]);
    assert.ok(ids(438).includes('stirShaken'));
    assert.ok(ids(499).includes('origin'));
  });

  it('gives a code RFC 3398 does not list its default cause (§8.2.6.1), and 1xx-2xx codes no Q.850 section', () => {
    const q850 = codeCard(entryOf(607)).sections.find((section) => section.id === 'q850');
    assert.deepEqual(q850 && 'lines' in q850 ? q850.lines : undefined, [
      'RFC 3398 §8.2.6.1: 607 is not in the table, so it takes the default cause 31 (Normal, unspecified)',
    ]);
    assert.ok(!ids(100).includes('q850'));
    assert.ok(!ids(200).includes('q850'));
  });

  it('gives both RFC 3398 directions where both apply', () => {
    const q850 = codeCard(entryOf(486)).sections.find((section) => section.id === 'q850');
    assert.deepEqual(q850 && 'lines' in q850 ? q850.lines : undefined, [
      'RFC 3398 §8.2.6.1: 486 maps to cause 17 (User busy)',
      '§7.2.4.1: Q.850 cause 17 maps to 486',
    ]);
  });

  it("gives a number the catalog only knows by class the default cause, not its x00 code's, and flags it as unregistered", () => {
    const q850 = codeCard(entryOf(477)).sections.find((section) => section.id === 'q850');
    assert.deepEqual(q850 && 'lines' in q850 ? q850.lines : undefined, [
      'RFC 3398 §8.2.6.1: 477 is not in the table, so it takes the default cause 31 (Normal, unspecified)',
    ]);
    const title = codeCard(entryOf(477)).sections[0];
    assert.ok(title?.id === 'title');
    assert.equal(title.heading, '477');
    assert.ok(title.badges.some((badge) => badge.kind === 'unregistered'));
  });
});
