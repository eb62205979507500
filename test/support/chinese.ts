/**
 * Checks shared by the tests that hold Simplified Chinese text to docs/glossary-zh-cn.md: is it
 * Chinese at all, is its typography Chinese, and does it avoid the words the glossary rules out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CJK = /\p{Script=Han}/u;

/** Spacing and punctuation problems of a Chinese string, as the glossary's writing rules define them. */
export function typographyProblems(text: string): string[] {
  const problems: string[] = [];
  const han = '\\p{Script=Han}';
  if (new RegExp(`${han}[A-Za-z0-9\`]|[A-Za-z0-9\`]${han}`, 'u').test(text)) {
    problems.push('no space between Chinese and Latin text');
  }
  if (new RegExp(`${han}[,;:!?()]|[,;:!?(]${han}`, 'u').test(text)) problems.push('half-width punctuation');
  if (new RegExp(`${han}\\.(?:\\s|$)`, 'u').test(text)) problems.push('half-width full stop');
  if (new RegExp(`${han} “|” ${han}`, 'u').test(text)) problems.push('space beside Chinese quotation marks');
  return problems;
}

/** The "Avoid" column of the glossary's "Words we do not use" table. */
export function avoidedTerms(root = process.cwd()): string[] {
  const glossary = readFileSync(join(root, 'docs', 'glossary-zh-cn.md'), 'utf8');
  const section = glossary.split('## Words we do not use')[1] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| Avoid') && !line.startsWith('| ---'))
    .map((line) => line.split('|')[1]?.trim() ?? '')
    .filter((term) => term !== '');
}

/**
 * 应答 followed by a request, a method or a status code ("应答 INVITE", "用 500 应答", "应答以下请求"):
 * the glossary writes 回复 when a response answers a request and keeps 应答 for answering a call.
 */
const ANSWER_AS_REPLY = /应答(?:的是)? ?(?:[A-Z]{3,}|[1-6]\d\d\b|以下请求|对话内请求)|[1-6]\d\d 应答/u;

/** The avoided words `text` contains, and any 应答 that answers a request rather than a call. */
export function avoidedTermsIn(text: string, avoided: readonly string[]): string[] {
  const found = avoided.filter((term) => text.includes(term));
  const misuse = ANSWER_AS_REPLY.exec(text);
  return misuse === null ? found : [...found, `${misuse[0]} (write 回复)`];
}
