import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { clip, commandLink, escapeMarkdown } from '../../server/src/features/markdown';

describe('escapeMarkdown', () => {
  it('makes HTML and Markdown links inert', () => {
    const hostile = '<img src=x onerror=alert(1)> [run](command:workbench.action.files.delete)';
    const escaped = escapeMarkdown(hostile);
    assert.ok(!escaped.includes('<img'), escaped);
    assert.ok(!escaped.includes(']('), escaped);
    assert.ok(escaped.includes('&lt;img'));
    assert.ok(escaped.includes('\\[run\\]\\(command:workbench'));
  });

  it('neutralises backticks, emphasis and line breaks', () => {
    assert.equal(escapeMarkdown('`a` *b* _c_'), '\\`a\\` \\*b\\* \\_c\\_');
    assert.equal(escapeMarkdown('one\r\ntwo'), 'one two');
  });

  it('replaces bidi overrides and control characters', () => {
    const escaped = escapeMarkdown('abc\u202edef\u0000');
    assert.ok(!escaped.includes('\u202e'));
    assert.ok(!escaped.includes('\u0000'));
  });
});

describe('clip and commandLink', () => {
  it('clips long text with an ellipsis', () => {
    assert.equal(clip('x'.repeat(10), 5), 'xxxx…');
    assert.equal(clip('short', 10), 'short');
  });

  it('encodes command arguments as a JSON array in the URI', () => {
    assert.equal(commandLink('Compare', 'sipLens.compareCodes', [486]), '[Compare](command:sipLens.compareCodes?%5B486%5D)');
  });
});
