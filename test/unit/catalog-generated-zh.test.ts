/**
 * The text the catalog generates around its prose (issue 19): card headings and badges, the Q.850
 * sentences, the comparison's title, summary, key differences (主要区别) and advice (何时使用哪个), and
 * the class-level answer for an unknown number. In zh-cn all of it is Chinese, with the glossary's
 * words and Chinese typography, for every code the catalog knows and for a set of pairs; English is
 * held byte for byte by card.test.ts, compare.test.ts and catalog-facts.test.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { codeCard, type CardSection, type CodeCard } from '../../catalog/src/card';
import {
  buildComparison,
  compareCodes,
  comparisonHeadings,
  isComparisonError,
  notAStatusCode,
  type Comparison,
} from '../../catalog/src/compare';
import { SENDER_NAMES } from '../../catalog/src/compare-differences-strings';
import { senders } from '../../catalog/src/compare-differences';
import { allEntries, explain, pairNote, type CatalogEntry } from '../../catalog/src/index';
import type { Language } from '../../catalog/src/language';
import { firstSentence, joinOr, sentence, tidyChinese } from '../../catalog/src/words';
import { avoidedTerms, avoidedTermsIn, CJK, typographyProblems } from '../support/chinese';

const AVOIDED = avoidedTerms();
/** Numbers the catalog only knows by class, one per class that has a gap. */
const CLASS_LEVEL = [150, 250, 350, 477, 599, 650];
const PAIRS: ReadonlyArray<readonly [number, number]> = [
  [100, 607],
  [486, 600],
  [401, 407],
  [486, 486],
  [499, 650],
  [183, 180],
  [202, 603],
  [301, 410],
  [438, 608],
  [488, 606],
];

/**
 * An English phrase left in Chinese text: three lowercase ASCII words in a row. Backticked tokens,
 * quoted wire text (“destination out of order”), an English name glossed in Chinese beside it
 * (“（number changed，号码已改）”) and URLs are what the glossary keeps as written.
 */
function englishFragment(text: string): string | undefined {
  const kept = text
    .replace(/`[^`]*`/gu, ' ')
    .replace(/“[^”]*”/gu, ' ')
    .replace(/（[^（）]*[a-z][^（）]*，[^（）]*\p{Script=Han}[^（）]*）/gu, ' ')
    .replace(/https?:\/\/\S+/gu, ' ');
  return /\b[a-z][a-z'-]*(?:[ ,]+[a-z][a-z'-]*){2,}\b/u.exec(kept)?.[0];
}

/**
 * Prose strings (catalog/src/locales/zh-cn, not generated here) that name shell commands without
 * backticks; listed so the check holds everything else, and to be fixed in the prose.
 */
const UNQUOTED_COMMANDS: ReadonlySet<string> = new Set(['480 howToFix[0]']);

function assertChinese(label: string, text: string, { tokensOnly = false } = {}): void {
  if (!tokensOnly) assert.match(text, CJK, `${label} has no Chinese: ${text}`);
  assert.equal(englishFragment(text), undefined, `${label} has English in it: ${text}`);
  assert.deepEqual(typographyProblems(text), [], `${label}: ${text}`);
  assert.deepEqual(avoidedTermsIn(text, AVOIDED), [], `${label}: ${text}`);
}

/** Every string of a card, labelled; `tokensOnly` for the ones that are codes, phrases and RFC sections. */
function cardStrings(card: CodeCard): Array<[string, string, boolean]> {
  return card.sections.flatMap((section: CardSection): Array<[string, string, boolean]> => {
    switch (section.id) {
      case 'title':
        return [
          ['heading', section.heading, true],
          ['reference', section.reference.label, true],
          ...section.badges.map((badge): [string, string, boolean] => [`badge ${badge.kind}`, badge.label, false]),
        ];
      case 'description':
        return [
          ['description title', section.title, false],
          ['description', section.text, false],
        ];
      case 'howToFix':
        return [
          ['howToFix title', section.title, false],
          ...section.steps.map((step, i): [string, string, boolean] => [`howToFix[${i}]`, step, false]),
        ];
      case 'q850':
        return [
          ['q850 title', section.title, false],
          ...section.lines.map((line, i): [string, string, boolean] => [`q850[${i}]`, line, false]),
        ];
      case 'related':
        return [
          ['related title', section.title, false],
          ...section.items.flatMap((item): Array<[string, string, boolean]> => [
            [`related ${item.code}`, item.label, true],
            [`related ${item.code} note`, item.note, false],
          ]),
        ];
      default:
        // STIR/SHAKEN is the name of the framework in both languages.
        return [
          [`${section.id} title`, section.title, section.id === 'stirShaken'],
          [section.id, section.text, false],
        ];
    }
  });
}

function entryOf(code: number, language: Language): CatalogEntry {
  const entry = explain(code, language);
  assert.ok(entry, `no entry for ${code}`);
  return entry;
}

function compared(a: number, b: number, language: Language): Comparison {
  const result = compareCodes(a, b, language);
  if (isComparisonError(result)) throw new Error(result.error);
  return result;
}

describe('zh-cn code cards', () => {
  const codes = [...allEntries().map((entry) => entry.code), ...CLASS_LEVEL];
  for (const code of codes) {
    it(`${code}: every string is Chinese, and the card has the English card's sections`, () => {
      const zh = codeCard(entryOf(code, 'zh-cn'), 'zh-cn');
      const en = codeCard(entryOf(code, 'en'));
      assert.deepEqual(
        zh.sections.map((s) => s.id),
        en.sections.map((s) => s.id),
      );
      for (const [label, text, tokensOnly] of cardStrings(zh)) {
        if (!UNQUOTED_COMMANDS.has(`${code} ${label}`)) assertChinese(`${code} ${label}`, text, { tokensOnly });
      }
    });
  }

  it("uses the reference page's headings and the glossary's badges", () => {
    const titles = codeCard(entryOf(202, 'zh-cn'), 'zh-cn').sections.map((s) => ('title' in s ? s.title : ''));
    assert.deepEqual(titles.slice(1, 6), ['描述', '何时出现', '如何修复', '重试建议', '已弃用']);
    const related = codeCard(entryOf(486, 'zh-cn'), 'zh-cn').sections.find((s) => s.id === 'related');
    assert.equal(related?.title, '易混淆的状态码');
    const title = codeCard(entryOf(499, 'zh-cn'), 'zh-cn').sections[0];
    assert.ok(title?.id === 'title');
    assert.deepEqual(
      title.badges.map((badge) => badge.label),
      ['4xx 客户端错误', '未在 IANA 登记'],
    );
  });

  it('says both RFC 3398 directions in Chinese', () => {
    const q850 = codeCard(entryOf(486, 'zh-cn'), 'zh-cn').sections.find((s) => s.id === 'q850');
    assert.deepEqual(q850 && 'lines' in q850 ? q850.lines : undefined, [
      'RFC 3398 §8.2.6.1：486 映射为原因值 17（用户忙）',
      '§7.2.4.1：Q.850 原因值 17 映射为 486',
    ]);
    const conditional = codeCard(entryOf(301, 'zh-cn'), 'zh-cn').sections.find((s) => s.id === 'q850');
    assert.deepEqual(conditional && 'lines' in conditional ? conditional.lines : undefined, [
      'RFC 3398 §8.2.6.1：301 不是失败响应，而 §8.2.6.1 只把 4xx-6xx 映射为原因值',
      '§7.2.4.1：Q.850 原因值 22 的诊断字段携带新号码时，映射为 301（而不是 410）',
    ]);
  });

  it('gives an unknown number the class-level answer in Chinese, with the code it is treated as', () => {
    const entry = entryOf(650, 'zh-cn');
    assert.match(
      entry.description,
      /^这是 6xx 全局错误类别中一个未在 IANA 登记的状态码，应按 600 Busy Everywhere 处理。/u,
    );
    assert.match(entry.whenItAppears, /RFC 3261 §8\.1\.3\.2 要求客户端把不认识的最终响应/u);
    assert.match(entryOf(150, 'zh-cn').whenItAppears, /临时响应（100 除外）当作 183 Session Progress 处理/u);
    assert.equal(entry.howToFix.length, 3);
    assert.match(entry.retry, /^按 600 Busy Everywhere 的规则处理：/u);
    assert.equal(entry.related[0]?.note, '客户端必须把 650 当作这个已在 IANA 登记的状态码处理。');
  });
});

describe('zh-cn comparisons', () => {
  for (const [a, b] of PAIRS) {
    it(`${a} vs ${b}: every generated string is Chinese, as many items as in English`, () => {
      const zh = compared(a, b, 'zh-cn');
      const en = compared(a, b, 'en');
      // The pair note is catalog prose (locales/), held by its own tests; everything after it is generated.
      const note = a === b ? undefined : pairNote(a, b, 'zh-cn');
      const differences = zh.keyDifferences.filter((line) => line !== note);
      assert.equal(zh.keyDifferences.length, en.keyDifferences.length);
      assert.equal(zh.whenToUse.sending.length, en.whenToUse.sending.length);
      assert.equal(zh.whenToUse.reading.length, en.whenToUse.reading.length);
      assertChinese('title', zh.title, { tokensOnly: true });
      assertChinese('summary', zh.summary);
      differences.forEach((line, i) => assertChinese(`keyDifferences[${i}]`, line));
      zh.whenToUse.sending.forEach((line, i) => assertChinese(`sending[${i}]`, line));
      zh.whenToUse.reading.forEach((line, i) => assertChinese(`reading[${i}]`, line));
    });
  }

  it('words the summary, the class line and the Q.850 warning in Chinese order', () => {
    const c = compared(486, 600, 'zh-cn');
    assert.equal(c.title, '486 Busy Here vs 600 Busy Everywhere');
    assert.equal(c.summary, '486 属于 4xx 客户端错误，而 600 属于 6xx 全局错误。');
    assert.equal(compared(401, 407, 'zh-cn').summary, '401 和 407 都属于 4xx 客户端错误。');
    assert.equal(compared(486, 486, 'zh-cn').summary, '486 与 486 是同一个状态码，属于 4xx 客户端错误。');
    const q850 = c.keyDifferences.find((line) => line.startsWith('Q.850')) ?? '';
    assert.equal(
      q850,
      'Q.850 映射（RFC 3398）：486 映射为原因值 17（用户忙）；原因值 17 映射为 486。600 映射为原因值 17（用户忙）。两者都会变成原因值 17，所以呼叫进入 ISUP 或 ISDN 后，这一区别就丢失了。',
    );
    assert.ok(c.keyDifferences.includes('谁发送：486 通常来自 UAS 或 B2BUA；600 来自 UAS 或 PBX。'));
  });

  it('names the senders with the glossary words, joined by 、 and 或', () => {
    const reading = compared(100, 607, 'zh-cn').whenToUse.reading[0] ?? '';
    assert.match(reading, /^日志中的 100（通常来自代理服务器、B2BUA 或 UAS）表示：/u);
  });

  it('gives the shared class advice once, in Chinese', () => {
    const { sending } = compared(183, 180, 'zh-cn').whenToUse;
    assert.equal(sending[2], '两者都是 1xx，发送规则相同：在请求仍在处理、最终响应尚未发出时发送。');
  });

  it('reports input that is not a status code in Chinese', () => {
    assert.equal(notAStatusCode('abc', 'zh-cn'), '“abc”不是 SIP 状态码：请输入 100 到 699 之间的三位数字，例如 486。');
    const result = compareCodes(486, 700, 'zh-cn');
    assert.ok(isComparisonError(result));
    assert.match(result.error, /^“700”不是 SIP 状态码/u);
  });

  it('builds the same comparison in English when no language is given', () => {
    const busy = entryOf(486, 'en');
    const everywhere = entryOf(600, 'en');
    assert.deepEqual(buildComparison(busy, everywhere, undefined), buildComparison(busy, everywhere, undefined, 'en'));
  });
});

describe('Chinese sentence helpers', () => {
  it('joins alternatives with 、 and 或, spacing only around Latin words', () => {
    assert.equal(joinOr(['UAS', '代理服务器', 'B2BUA'], 'zh-cn'), 'UAS、代理服务器或 B2BUA');
    assert.equal(joinOr(['代理服务器', '网关'], 'zh-cn'), '代理服务器或网关');
    assert.equal(joinOr(['UAS', 'proxy', 'gateway']), 'UAS, proxy or gateway');
  });

  it('ends Chinese sentences with 。 and finds the first one at 。', () => {
    assert.equal(sentence('被叫忙', 'zh-cn'), '被叫忙。');
    assert.equal(sentence('被叫忙。', 'zh-cn'), '被叫忙。');
    assert.equal(firstSentence('用户忙（RFC 3261 §21.4.24）。其余。', 'zh-cn'), '用户忙（RFC 3261 §21.4.24）。');
  });

  it('removes the template space between two Chinese words and keeps it next to Latin ones', () => {
    assert.equal(tidyChinese('来自 代理服务器）'), '来自代理服务器）');
    assert.equal(tidyChinese('来自 UAS 或 代理服务器。 收到 486 后'), '来自 UAS 或代理服务器。收到 486 后');
  });

  it('has a Chinese name for every element the catalog says sends a code', () => {
    const names = SENDER_NAMES['zh-cn'] as Readonly<Record<string, string>>;
    const missing = allEntries('zh-cn')
      .flatMap((entry) => entry.sentBy)
      .filter((sender) => names[sender] === undefined && !/^[A-Z0-9-]+$/u.test(sender));
    assert.deepEqual([...new Set(missing)], []);
    assert.equal(senders(entryOf(438, 'zh-cn'), 'zh-cn'), '验证服务、SBC 或代理服务器');
  });
});

describe('comparison headings', () => {
  it("are the reference page's sections in Chinese", () => {
    const zh = comparisonHeadings('zh-cn');
    assert.deepEqual([zh.keyDifferences, zh.whenToUse, zh.learnMore], ['主要区别', '何时使用哪个', '了解更多']);
    assert.equal(comparisonHeadings().keyDifferences, 'Key differences');
  });
});
