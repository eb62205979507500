import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { clip, commandLink, escapeMarkdown } from '../../server/src/features/markdown';
import { renderInlineMarkdown, visibleText } from '../support/markdownRender';

/** The F4 reason phrase: its host has no dot to escape. */
const BARE_URL = 'Call http://localhost:8080/api?delete=1 now';

describe('escapeMarkdown', () => {
  it('renders log text verbatim, as text: no HTML, no Markdown link', () => {
    const hostile = '<img src=x onerror=alert(1)> [run](command:workbench.action.files.delete)';
    const html = renderInlineMarkdown(escapeMarkdown(hostile));
    assert.ok(!html.includes('<img') && !html.includes('<a '), html);
    assert.equal(visibleText(html), hostile);
  });

  it('keeps bare URLs, www. hosts and e-mail addresses from becoming links', () => {
    for (const text of [
      BARE_URL,
      'see www.example.com',
      'mail bob@example.com',
      '//localhost:8080/api',
      'ftp://192.0.2.1/x',
    ]) {
      const html = renderInlineMarkdown(`Sent as ${escapeMarkdown(text)}.`);
      assert.ok(!html.includes('<a '), `${text} became a link: ${html}`);
      assert.equal(visibleText(html), `Sent as ${text}.`);
    }
  });

  it('fences text that holds backticks so it cannot close its code span', () => {
    for (const text of ['`a` *b* _c_', '``x``', '`', 'a ``` b', ' lead', 'trail `']) {
      const html = renderInlineMarkdown(escapeMarkdown(text));
      assert.equal(visibleText(html), text, escapeMarkdown(text));
      assert.match(html, /^<code>[^]*<\/code>$/u);
    }
  });

  it('puts line breaks on one line and gives nothing for empty text', () => {
    assert.equal(visibleText(renderInlineMarkdown(escapeMarkdown('one\r\ntwo'))), 'one two');
    assert.equal(escapeMarkdown(''), '');
  });

  it('replaces bidi controls and control characters', () => {
    const escaped = escapeMarkdown('abc\u202edef\u0000\u061c');
    for (const unsafe of ['\u202e', '\u0000', '\u061c']) assert.ok(!escaped.includes(unsafe), escaped);
  });
});

describe('clip and commandLink', () => {
  it('clips long text with an ellipsis', () => {
    assert.equal(clip('x'.repeat(10), 5), 'xxxx…');
    assert.equal(clip('short', 10), 'short');
  });

  it('encodes command arguments as a JSON array in the URI', () => {
    assert.equal(
      commandLink('Compare', 'sipLens.compareCodes', [486]),
      '[Compare](command:sipLens.compareCodes?%5B486%5D)',
    );
  });
});
