import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { codeCard } from '../../catalog/src/card';
import { explain, type CatalogEntry } from '../../catalog/src/index';
import { buildComparison, compareCodes, comparisonHeadings, type Comparison } from '../../catalog/src/compare';
import type { Language } from '../../catalog/src/language';
import { escapeHtml, renderComparisonHtml, renderErrorHtml, type HtmlOptions } from '../../client/src/compare/html';
import { inlineMarkdown } from '../../client/src/compare/inlineMarkdown';
import { entryMarkdown } from '../../client/src/compare/markdown';
import { compareViewText } from '../../client/src/compare/viewText';
import { bundleL10n, type Bundle } from '../../client/src/translation';

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  "' onmouseover='alert(1)",
  '</textarea><svg onload=alert(1)>',
];
const evil = (label: string) => `${label} ${HOSTILE.join(' ')}`;

function entry(code: number, overrides: Partial<CatalogEntry> = {}): CatalogEntry {
  return {
    code,
    reasonPhrase: `Phrase ${code}`,
    aliases: [],
    class: `${Math.floor(code / 100)}xx` as CatalogEntry['class'],
    className: 'Client Failure',
    registered: true,
    known: true,
    rfc: 3261,
    section: '21.4.24',
    rfcUrl: 'https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24',
    description: `Description ${code}.`,
    whenItAppears: `Appears ${code}.`,
    howToFix: [`Step one ${code}.`, `Step two ${code}.`],
    shortFix: `fix ${code}`,
    retry: `Retry ${code}.`,
    related: [],
    sentBy: ['UAS'],
    typicalMethods: ['INVITE'],
    ...overrides,
  };
}

/** Every string field of an entry carries markup that must come out as text. */
function hostileEntry(code: number): CatalogEntry {
  return entry(code, {
    reasonPhrase: evil('phrase'),
    className: evil('class'),
    section: evil('section'),
    rfcUrl: `https://www.rfc-editor.org/rfc/rfc3261"><script>alert(1)</script>`,
    description: evil('description'),
    whenItAppears: evil('when'),
    howToFix: [evil('step')],
    retry: evil('retry'),
    stirShaken: evil('stir'),
    deprecation: evil('deprecation'),
    origin: evil('origin'),
    related: [{ code: 600, reasonPhrase: evil('related phrase'), note: evil('related note') }],
    registered: false,
  });
}

const hostileModel: Comparison = {
  a: hostileEntry(486),
  b: hostileEntry(600),
  title: evil('title'),
  summary: evil('summary'),
  keyDifferences: [evil('one'), evil('two'), evil('three')],
  whenToUse: { sending: [evil('sending'), evil('sending too')], reading: [evil('reading')] },
};

const OPTS: HtmlOptions = {
  cspSource: 'https://csp.example',
  nonce: 'N0nce+/abc=',
  scriptUri: 'https://file.example/client/media/dist/compare.js',
  styleUri: 'https://file.example/client/media/compare.css',
  codesInDocument: [486],
  text: compareViewText(),
};

/** The opening tags of real elements: escaped text cannot produce any, since its `<` became `&lt;`. */
function tags(html: string): string[] {
  return html.match(/<[a-zA-Z][^>]*>/gu) ?? [];
}

/**
 * The attribute names of an opening tag, read as a browser does: a quoted value is skipped whole,
 * so `onerror=` inside an escaped value is text, while one that broke out of its quotes is a name.
 */
function attributeNames(tag: string): string[] {
  const names: string[] = [];
  const attribute = /\s+([^\s=>/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/uy;
  attribute.lastIndex = /^<[a-zA-Z][\w-]*/u.exec(tag)?.[0].length ?? 0;
  for (let match = attribute.exec(tag); match; match = attribute.exec(tag)) names.push(match[1] ?? '');
  const rest = tag.slice(attribute.lastIndex || tag.length).replace(/^\s*\/?>$/u, '');
  assert.equal(rest, '', `unparsed text in ${tag}`);
  return names;
}

/** Attribute values as the browser reads them. */
function decodeAttribute(value: string): string {
  return value
    .replace(/&#39;/gu, "'")
    .replace(/&quot;/gu, '"')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&amp;/gu, '&');
}

function assertSafePage(html: string): void {
  const rawCsp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/u.exec(html)?.[1];
  const csp = rawCsp === undefined ? undefined : decodeAttribute(rawCsp);
  assert.ok(csp, 'page has a CSP meta tag');
  assert.ok(csp.includes("default-src 'none'"));
  assert.ok(csp.includes(`script-src 'nonce-${OPTS.nonce}'`));
  assert.ok(csp.includes(`style-src ${OPTS.cspSource}`));
  // default-src does not cover where a form may post or what <base> may point at.
  assert.ok(csp.includes("form-action 'none'"), 'the CSP forbids form submission');
  assert.ok(csp.includes("base-uri 'none'"), 'the CSP forbids a <base> element');
  const scripts = tags(html).filter((tag) => /^<script\b/iu.test(tag));
  assert.deepEqual(scripts, [`<script nonce="${OPTS.nonce}" src="${OPTS.scriptUri}">`]);
  for (const tag of tags(html)) {
    for (const name of attributeNames(tag)) {
      assert.doesNotMatch(name, /^on/iu, `no inline event handler in ${tag}`);
      assert.notEqual(name.toLowerCase(), 'style', `no inline style in ${tag}`);
    }
    assert.doesNotMatch(tag, /^<(img|svg|iframe|object|embed)\b/iu, `no injected element ${tag}`);
  }
}

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

describe('the compare view in Simplified Chinese', () => {
  const chinese = JSON.parse(readFileSync('l10n/bundle.l10n.zh-cn.json', 'utf8')) as Bundle;
  const ZH: HtmlOptions = { ...OPTS, text: compareViewText(bundleL10n('zh-cn', chinese)) };
  const zhEntry = (code: number) =>
    entry(code, {
      reasonPhrase: '',
      className: '客户端错误',
      description: `描述正文 ${code}。`,
      whenItAppears: `出现场景 ${code}。`,
      howToFix: [`第一步 ${code}。`],
      retry: `重试说明 ${code}。`,
      shortFix: `修复 ${code}`,
      related: [{ code: 600, reasonPhrase: '', note: '区别说明。' }],
      registered: false,
    });
  const zhModel: Comparison = {
    a: zhEntry(486),
    b: zhEntry(600),
    title: '486 与 600',
    summary: '摘要。',
    keyDifferences: ['区别一。', '区别二。', '区别三。'],
    whenToUse: { sending: ['发送建议。'], reading: ['阅读建议。'] },
  };
  // 1xx and 2xx codes: no Q.850 section, whose lines are catalog prose this test does not hold.
  const html = renderComparisonHtml(
    { ...zhModel, a: zhEntry(180), b: zhEntry(202) },
    { ...ZH, codesInDocument: [180] },
  );

  it("shows the reference page's headings and Chinese controls", () => {
    assertSafePage(html);
    assert.match(html, /<html lang="zh-CN">/u);
    assert.match(html, /<title>SIP 180 与 202 对比<\/title>/u);
    assert.match(html, /<h2 id="differences-heading">主要区别<\/h2>/u);
    assert.match(html, /<h2 id="when-heading">何时使用哪个<\/h2>/u);
    for (const heading of ['描述', '何时出现', '如何修复', '重试建议', '易混淆的状态码']) {
      assert.equal(html.match(new RegExp(`<h3>${heading}</h3>`, 'gu'))?.length, 2, heading);
    }
    assert.equal(html.match(/<span class="learn-more">了解更多<\/span> <a class="rfc-link"/gu)?.length, 2);
    assert.match(html, /aria-label="RFC 3261 第 21\.4\.24 节，在浏览器中打开"/u);
    assert.match(html, /<label for="code-a">第一个状态码<\/label>/u);
    assert.match(html, /aria-label="交换两个状态码">交换<\/button>/u);
    assert.match(html, /<button type="submit" id="compare">比较<\/button>/u);
    assert.match(html, /data-first-invalid="第一个状态码必须是 100 到 699 之间的三位数字。"/u);
    assert.match(html, /<span class="badge unregistered">未在 IANA 登记<\/span>/u);
    assert.match(html, /<span class="badge in-document">出现在本文档中<\/span>/u);
  });

  it('has no English words of its own, in text or in attributes a user or screen reader meets', () => {
    const page = html + renderErrorHtml('错误。', { ...ZH, inputs: { a: '48', b: '600' } });
    const bodies = page
      .split('<body')
      .slice(1)
      .map((body) => body.slice(body.indexOf('>') + 1))
      .join(' ');
    const attributes = [...bodies.matchAll(/(?:aria-label|title|placeholder|data-[a-z-]+-invalid)="([^"]*)"/gu)];
    const text = [bodies.replace(/<[^>]*>/gu, ' '), ...attributes.map((match) => match[1])].join(' ');
    // Protocol and product tokens stay as written (docs/glossary-zh-cn.md); keys are named as on the keyboard.
    const english = text.replace(/\b(?:SIP|RFC|IANA|Enter)\b/gu, '').match(/[A-Za-z]{3,}/gu) ?? [];
    assert.deepEqual(english, []);
  });

  it('shows the error page in Chinese', () => {
    const error = renderErrorHtml('错误。', { ...ZH, inputs: { a: '48', b: '600' } });
    assertSafePage(error);
    assert.match(error, /<h1 id="title">无法比较这两个状态码<\/h1>/u);
    assert.match(error, /<title>SIP 状态码比较<\/title>/u);
  });

  it('stays inert when every translated string is hostile', () => {
    const english = JSON.parse(readFileSync('l10n/bundle.l10n.json', 'utf8')) as Bundle;
    const hostile = Object.fromEntries(Object.keys(english).map((key) => [key, evil(key)]));
    const opts = { ...OPTS, text: compareViewText(bundleL10n('zh-cn', hostile)) };
    for (const page of [
      renderComparisonHtml(hostileModel, opts),
      renderErrorHtml(evil('message'), { ...opts, inputs: { a: '486', b: '600' } }),
    ]) {
      assertSafePage(page);
      for (const raw of HOSTILE) assert.ok(!page.includes(raw), `raw markup survived: ${raw}`);
      assert.ok(
        page.includes(escapeHtml(evil('Both codes in full'))) ||
          page.includes(escapeHtml(evil('Cannot compare these codes'))),
      );
    }
  });
});

describe('entryMarkdown in Simplified Chinese', () => {
  it('heads the sections with the reference page words', () => {
    const markdown = entryMarkdown(entry(486, { registered: false }), 'zh-cn');
    assert.match(markdown, /^## 何时出现$/mu);
    assert.match(markdown, /^## 如何修复$/mu);
    assert.match(markdown, /^## 重试建议$/mu);
    assert.match(markdown, /未在 IANA 登记/u);
    assert.doesNotMatch(markdown, /When it appears|How to fix/u);
  });
});

describe("the catalog's card titles and comparison headings on the page and in the Explain document", () => {
  const chinese = JSON.parse(readFileSync('l10n/bundle.l10n.zh-cn.json', 'utf8')) as Bundle;
  const VIEW_TEXT: Readonly<Record<Language, HtmlOptions['text']>> = {
    en: compareViewText(),
    'zh-cn': compareViewText(bundleL10n('zh-cn', chinese)),
  };
  // Both RFC 3398 directions (486), deprecated (202), unregistered with an origin note (499), STIR/SHAKEN (438).
  const PAIRS: ReadonlyArray<readonly [number, number]> = [
    [486, 202],
    [499, 438],
  ];

  for (const language of ['en', 'zh-cn'] as const) {
    for (const [a, b] of PAIRS) {
      const model = compareCodes(a, b, language);
      assert.ok(!('error' in model));
      const html = renderComparisonHtml(model, { ...OPTS, text: VIEW_TEXT[language] });

      it(`shows each card's section titles and badges as the catalog words them (${language}, ${a} and ${b})`, () => {
        for (const [side, entry] of [
          ['a', model.a],
          ['b', model.b],
        ] as const) {
          const card = codeCard(entry, language);
          const start = html.indexOf(`aria-labelledby="card-${side}-heading"`);
          const shown = html.slice(start, html.indexOf('</section>', start));
          for (const section of card.sections) {
            if (section.id === 'title') {
              for (const badge of section.badges)
                assert.ok(shown.includes(`>${escapeHtml(badge.label)}</span>`), badge.label);
            } else {
              assert.ok(shown.includes(`<h3>${escapeHtml(section.title)}</h3>`), `${entry.code} ${section.id}`);
            }
          }
        }
      });

      it(`heads the comparison with the catalog's headings (${language}, ${a} and ${b})`, () => {
        const headings = comparisonHeadings(language);
        assert.match(html, new RegExp(`<h2 id="differences-heading">${headings.keyDifferences}</h2>`, 'u'));
        assert.match(html, new RegExp(`<h2 id="when-heading">${headings.whenToUse}</h2>`, 'u'));
        assert.ok(html.includes(`<h3>${headings.sending}</h3>`));
        assert.ok(html.includes(`<h3>${headings.reading}</h3>`));
        assert.equal(html.split(`<span class="learn-more">${headings.learnMore}</span>`).length, 3, 'one per card');
      });
    }

    it(`words the Explain document's titles and badges as the catalog does (${language})`, () => {
      for (const code of [486, 202, 499, 438]) {
        const entry = explain(code, language) as CatalogEntry;
        const markdown = entryMarkdown(entry, language);
        for (const section of codeCard(entry, language).sections) {
          if (section.id === 'title') {
            for (const badge of section.badges) assert.ok(markdown.includes(badge.label), badge.label);
          } else if (section.id !== 'description') {
            assert.ok(markdown.includes(`\n## ${section.title}\n`), `${code} ${section.id}`);
          }
        }
      }
    });
  }

  it("names the Q.850 section as the hover does, and ends each RFC 3398 line as a sentence of the card's language", () => {
    const zhPage = renderComparisonHtml(compareCodes(486, 607, 'zh-cn') as Comparison, {
      ...OPTS,
      text: VIEW_TEXT['zh-cn'],
    });
    const zhMarkdown = entryMarkdown(explain(486, 'zh-cn') as CatalogEntry, 'zh-cn');
    for (const shown of [zhPage, zhMarkdown]) {
      assert.match(shown, /Q\.850 原因值(?:<\/h3>|\n)/u);
      assert.doesNotMatch(shown, /原因值映射/u);
      assert.match(shown, /RFC 3398 §8\.2\.6\.1：486 映射为原因值 17（用户忙）。(?:<\/li>|\n)/u);
      assert.doesNotMatch(shown, /[）\p{Script=Han}\d]\.(?:<\/li>|\n)/u, 'no ASCII full stop after Chinese');
      assert.match(shown, /600 Busy Everywhere(?:<\/strong>|\*\*)：600 /u, 'a full-width colon before a Chinese note');
    }
    const enPage = renderComparisonHtml(compareCodes(486, 607) as Comparison, OPTS);
    assert.ok(
      enPage.includes(
        '<h3>Q.850</h3><ul class="card-list"><li>RFC 3398 §8.2.6.1: 486 maps to cause 17 (User busy).</li>',
      ),
    );
    assert.match(entryMarkdown(explain(486) as CatalogEntry), /^- §7\.2\.4\.1: Q\.850 cause 17 maps to 486\.$/mu);
    assert.match(entryMarkdown(explain(486) as CatalogEntry), /^- \*\*600 Busy Everywhere\*\*: 600 /mu);
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
