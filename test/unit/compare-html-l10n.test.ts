/** The compare view and the Explain document in Simplified Chinese, and the catalog's words on both. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { codeCard } from '../../catalog/src/card';
import { explain, type CatalogEntry } from '../../catalog/src/index';
import { compareCodes, comparisonHeadings, type Comparison } from '../../catalog/src/compare';
import type { Language } from '../../catalog/src/language';
import { escapeHtml, renderComparisonHtml, renderErrorHtml, type HtmlOptions } from '../../client/src/compare/html';
import { entryMarkdown } from '../../client/src/compare/markdown';
import { compareViewText } from '../../client/src/compare/viewText';
import { bundleL10n, type Bundle } from '../../client/src/translation';

import { HOSTILE, evil, entry, hostileModel, OPTS, assertSafePage } from '../support/compareHtmlFixtures';

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
