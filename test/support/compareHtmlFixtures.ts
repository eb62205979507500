/**
 * Shared fixtures of the compare view's tests (compare-html.test.ts, compare-html-l10n.test.ts):
 * catalog entries, hostile strings, the page options, and the checks that a page is inert.
 */
import assert from 'node:assert/strict';
import type { CatalogEntry } from '../../catalog/src/index';
import type { Comparison } from '../../catalog/src/compare';
import type { HtmlOptions } from '../../client/src/compare/html';
import { compareViewText } from '../../client/src/compare/viewText';
export const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  "' onmouseover='alert(1)",
  '</textarea><svg onload=alert(1)>',
];
export const evil = (label: string) => `${label} ${HOSTILE.join(' ')}`;

export function entry(code: number, overrides: Partial<CatalogEntry> = {}): CatalogEntry {
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
export function hostileEntry(code: number): CatalogEntry {
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

export const hostileModel: Comparison = {
  a: hostileEntry(486),
  b: hostileEntry(600),
  title: evil('title'),
  summary: evil('summary'),
  keyDifferences: [evil('one'), evil('two'), evil('three')],
  whenToUse: { sending: [evil('sending'), evil('sending too')], reading: [evil('reading')] },
};

export const OPTS: HtmlOptions = {
  cspSource: 'https://csp.example',
  nonce: 'N0nce+/abc=',
  scriptUri: 'https://file.example/client/media/dist/compare.js',
  styleUri: 'https://file.example/client/media/compare.css',
  codesInDocument: [486],
  text: compareViewText(),
};

/** The opening tags of real elements: escaped text cannot produce any, since its `<` became `&lt;`. */
export function tags(html: string): string[] {
  return html.match(/<[a-zA-Z][^>]*>/gu) ?? [];
}

/**
 * The attribute names of an opening tag, read as a browser does: a quoted value is skipped whole,
 * so `onerror=` inside an escaped value is text, while one that broke out of its quotes is a name.
 */
export function attributeNames(tag: string): string[] {
  const names: string[] = [];
  const attribute = /\s+([^\s=>/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/uy;
  attribute.lastIndex = /^<[a-zA-Z][\w-]*/u.exec(tag)?.[0].length ?? 0;
  for (let match = attribute.exec(tag); match; match = attribute.exec(tag)) names.push(match[1] ?? '');
  const rest = tag.slice(attribute.lastIndex || tag.length).replace(/^\s*\/?>$/u, '');
  assert.equal(rest, '', `unparsed text in ${tag}`);
  return names;
}

/** Attribute values as the browser reads them. */
export function decodeAttribute(value: string): string {
  return value
    .replace(/&#39;/gu, "'")
    .replace(/&quot;/gu, '"')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&amp;/gu, '&');
}

export function assertSafePage(html: string): void {
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
