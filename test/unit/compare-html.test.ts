import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildComparison } from '../../catalog/src/compare';
import { escapeHtml, renderComparisonHtml, renderErrorHtml } from '../../client/src/compare/html';
import { inlineMarkdown } from '../../client/src/compare/inlineMarkdown';
import { entryMarkdown } from '../../client/src/compare/markdown';

import {
  HOSTILE,
  evil,
  entry,
  hostileModel,
  OPTS,
  tags,
  attributeNames,
  assertSafePage,
} from '../support/compareHtmlFixtures';

describe('renderComparisonHtml', () => {
  const html = renderComparisonHtml(hostileModel, OPTS);

  it('has a strict CSP, one nonce script and no inline handlers or styles', () => assertSafePage(html));

  it('escapes every hostile string', () => {
    for (const raw of HOSTILE) assert.ok(!html.includes(raw), `raw markup survived: ${raw}`);
    assert.ok(html.includes(escapeHtml(evil('title'))));
    assert.ok(html.includes(escapeHtml(evil('step'))));
    assert.ok(html.includes(escapeHtml(evil('origin'))));
    assert.ok(html.includes(escapeHtml(evil('related note'))));
    assert.equal(html.match(/<\/script>/gu)?.length, 1);
  });

  it('does not link a URL that is not a plain rfc-editor.org link', () => {
    assert.ok(!tags(html).some((tag) => tag.startsWith('<a ')), 'no anchors for hostile URLs');
  });

  it('puts key differences in an ordered list and has headings, labels and a live summary', () => {
    const clean = renderComparisonHtml(buildComparison(entry(486), entry(600), 'The note.'), OPTS);
    assertSafePage(clean);
    assert.match(clean, /<h1 id="title">486 Phrase 486 vs 600 Phrase 600<\/h1>/u);
    assert.match(clean, /<p id="summary" class="summary" aria-live="polite">/u);
    assert.match(clean, /<h2 id="differences-heading">Key differences<\/h2>\s*<ol><li>The note\.<\/li>/u);
    assert.match(clean, /<label for="code-a">/u);
    assert.match(clean, /<label for="code-b">/u);
    assert.match(clean, /<input id="code-a"[^>]*value="486"/u);
    assert.match(clean, /<input id="code-b"[^>]*value="600"/u);
    assert.match(clean, /<button type="button" id="swap"[^>]*aria-label="Swap the two codes"/u);
    assert.match(clean, /<main>/u);
    assert.match(clean, /When to use which/u);
  });

  it('leads with the summary, key differences and when to use which, then the two cards', () => {
    const clean = renderComparisonHtml(buildComparison(entry(486), entry(600), 'The note.'), OPTS);
    const at = (needle: string) => {
      const index = clean.indexOf(needle);
      assert.ok(index >= 0, `page lacks ${needle}`);
      return index;
    };
    const order = [
      at('id="summary"'),
      at('id="differences-heading"'),
      at('id="when-heading"'),
      at('class="columns"'),
      at('id="card-a-heading"'),
      at('id="card-b-heading"'),
    ];
    assert.deepEqual(
      order,
      [...order].sort((x, y) => x - y),
    );
  });

  it('gives when to use which as two short lists, one item per piece of advice', () => {
    const model = buildComparison(entry(486), entry(600), undefined);
    const clean = renderComparisonHtml(model, OPTS);
    const section = clean.slice(clean.indexOf('id="when-heading"'), clean.indexOf('class="columns"'));
    const lists = section.match(/<ul>.*?<\/ul>/gsu) ?? [];
    assert.equal(lists.length, 2, 'one list for sending, one for reading');
    const items = (list: string) => list.match(/<li>/gu)?.length ?? 0;
    assert.equal(items(lists[0] ?? ''), model.whenToUse.sending.length);
    assert.equal(items(lists[1] ?? ''), model.whenToUse.reading.length);
    assert.doesNotMatch(section, /<p>/u, 'no run-on paragraph');
  });

  it('renders backticks in catalog prose as code, never as raw backticks', () => {
    const model = buildComparison(
      entry(486, { shortFix: 'check `device_state_busy_at`', howToFix: ['Set **only** `busy_limit`.'] }),
      entry(600),
      'Both differ in `Reason` headers.',
    );
    const clean = renderComparisonHtml(model, OPTS);
    assertSafePage(clean);
    assert.ok(clean.includes('<code>device_state_busy_at</code>'), 'reading advice');
    assert.ok(clean.includes('<li>Set <strong>only</strong> <code>busy_limit</code>.</li>'), 'fix step');
    assert.ok(clean.includes('<li>Both differ in <code>Reason</code> headers.</li>'), 'pair note');
    assert.doesNotMatch(clean, /`/u);
  });

  it('links each code to its RFC section on rfc-editor.org', () => {
    const clean = renderComparisonHtml(
      buildComparison(
        entry(486),
        entry(600, { section: '21.6.1', rfcUrl: 'https://www.rfc-editor.org/rfc/rfc3261#section-21.6.1' }),
        undefined,
      ),
      OPTS,
    );
    assert.match(clean, /<a class="rfc-link" href="https:\/\/www\.rfc-editor\.org\/rfc\/rfc3261#section-21\.4\.24"/u);
    assert.match(clean, /<a class="rfc-link" href="https:\/\/www\.rfc-editor\.org\/rfc\/rfc3261#section-21\.6\.1"/u);
  });

  it('marks only the codes found in the document', () => {
    const clean = renderComparisonHtml(buildComparison(entry(486), entry(600), undefined), OPTS);
    assert.equal(clean.match(/Found in this document/gu)?.length, 1);
    const cardA = clean.slice(clean.indexOf('card-a-heading'), clean.indexOf('card-b-heading'));
    assert.ok(cardA.includes('Found in this document'));
    const none = renderComparisonHtml(buildComparison(entry(486), entry(600), undefined), {
      ...OPTS,
      codesInDocument: [],
    });
    assert.ok(!none.includes('Found in this document'));
  });

  it('gives each class its own badge class', () => {
    const clean = renderComparisonHtml(
      buildComparison(entry(486), entry(600, { className: 'Global Failure' }), undefined),
      OPTS,
    );
    assert.match(clean, /<span class="badge class-4xx">4xx Client Failure<\/span>/u);
    assert.match(clean, /<span class="badge class-6xx">6xx Global Failure<\/span>/u);
  });

  it('escapes hostile options too', () => {
    const page = renderComparisonHtml(hostileModel, {
      ...OPTS,
      scriptUri: 'x"><script>alert(1)</script>',
      styleUri: '"><img src=x onerror=alert(1)>',
    });
    assert.ok(!page.includes('<script>alert(1)'));
    assert.ok(!page.includes('<img src=x'));
  });
});

describe('renderErrorHtml', () => {
  it('shows the escaped message with the same CSP and the inputs to correct it', () => {
    const html = renderErrorHtml(evil('message'), { ...OPTS, inputs: { a: '<b>', b: '"x' } });
    assertSafePage(html);
    for (const raw of HOSTILE) assert.ok(!html.includes(raw));
    assert.match(html, /role="alert"/u);
    assert.match(html, /<input id="code-a"[^>]*value="&lt;b&gt;"/u);
    assert.match(html, /<input id="code-b"[^>]*value="&quot;x"/u);
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    assert.equal(
      escapeHtml(`<a href="x" title='y'>&</a>`),
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
  it('formats numbers', () => assert.equal(escapeHtml(486), '486'));
});

describe('entryMarkdown (sipLens.explainCode)', () => {
  it('renders the card with numbered fix steps and keeps catalog text literal', () => {
    const markdown = entryMarkdown(
      entry(486, {
        description: 'Uses <Contact> & more.',
        related: [{ code: 600, reasonPhrase: 'Busy Everywhere', note: 'Everywhere.' }],
      }),
    );
    assert.match(markdown, /^# 486 Phrase 486$/mu);
    assert.match(
      markdown,
      /\[RFC 3261 §21\.4\.24\]\(https:\/\/www\.rfc-editor\.org\/rfc\/rfc3261#section-21\.4\.24\)/u,
    );
    assert.match(markdown, /^1\. Step one 486\.$/mu);
    assert.match(markdown, /^2\. Step two 486\.$/mu);
    assert.ok(markdown.includes('Uses &lt;Contact> &amp; more.'));
    assert.match(markdown, /^- \*\*600 Busy Everywhere\*\*: Everywhere\.$/mu);
  });
  it('lists both RFC 3398 directions, including codes listed without a cause', () => {
    const busy = entryMarkdown(entry(486, { q850: { fromCauses: [17], toCause: 17 } }));
    assert.match(busy, /^- RFC 3398 §8\.2\.6\.1: 486 maps to cause 17 \(User busy\)\.$/mu);
    assert.match(busy, /^- §7\.2\.4\.1: Q\.850 cause 17 maps to 486\.$/mu);
    assert.match(
      entryMarkdown(entry(487, { q850: { fromCauses: [], toCauseRule: 'no-cause' } })),
      /^- RFC 3398 §8\.2\.6\.1: 487 maps to no cause\.$/mu,
    );
  });
  it("gives a code the catalog only knows by class the table's default cause, not the mapping of the code it is treated as", () => {
    const unknown = entry(477, { known: false, registered: false });
    const markdown = entryMarkdown(unknown);
    assert.match(
      markdown,
      /^- RFC 3398 §8\.2\.6\.1: 477 is not in the table, so it takes the default cause 31 \(Normal, unspecified\)\.$/mu,
    );
    assert.doesNotMatch(markdown, /cause 41/u);
  });
});

describe('inlineMarkdown', () => {
  it('turns code spans and bold into elements', () => {
    assert.equal(inlineMarkdown('set `a_b` and **c**'), 'set <code>a_b</code> and <strong>c</strong>');
  });

  it('escapes markup inside and outside code spans and bold', () => {
    for (const raw of HOSTILE) {
      const html = inlineMarkdown(`before ${raw} \`${raw}\` **${raw}** after`);
      assert.ok(!html.includes(raw), `raw markup survived: ${html}`);
      assert.equal(html.match(/<[a-zA-Z][^>]*>/gu)?.join(''), '<code><strong>', `only our tags in ${html}`);
      assert.ok(!inlineMarkdown(`**\`${raw}\`**`).includes(raw));
      assert.ok(html.includes(`<code>${escapeHtml(raw)}</code>`));
    }
  });

  it('leaves other Markdown and unpaired markers as literal, escaped text', () => {
    assert.equal(inlineMarkdown('a `b'), 'a `b');
    assert.equal(inlineMarkdown('**x'), '**x');
    assert.equal(inlineMarkdown('``'), '``');
    assert.equal(
      inlineMarkdown('[run](command:workbench.action.files.delete) <b>'),
      '[run](command:workbench.action.files.delete) &lt;b&gt;',
    );
    assert.equal(inlineMarkdown('`a\nb`'), '`a\nb`', 'a code span does not cross a line');
  });

  it('does not let a code span open a tag with its content', () => {
    assert.equal(inlineMarkdown('`<script>`'), '<code>&lt;script&gt;</code>');
    assert.equal(inlineMarkdown('**`<x>`**'), '<strong><code>&lt;x&gt;</code></strong>', 'code inside bold');
  });
});

describe('the page checker', () => {
  it('reads attribute names as a browser does', () => {
    assert.deepEqual(attributeNames('<a href="x" onclick="y">'), ['href', 'onclick']);
    assert.deepEqual(attributeNames('<p title="a onerror=b &quot;">'), ['title']);
    assert.deepEqual(attributeNames(`<p title="a" onerror=alert(1) data-x='y' hidden>`), [
      'title',
      'onerror',
      'data-x',
      'hidden',
    ]);
  });
});
