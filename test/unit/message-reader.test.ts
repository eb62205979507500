/**
 * The stdio reader decodes big messages while they arrive (server/src/pipeline/messageReader.ts,
 * jsonStream.ts): whatever the chunks, every message must come out exactly as JSON.parse of its
 * whole body gives it, escapes, surrogate pairs and multi-byte UTF-8 cut anywhere included.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import type { Message } from 'vscode-languageserver/node';
import { StreamedJson } from '../../server/src/pipeline/jsonStream';
import { StreamingMessageReader, STREAMED_BODY_BYTES } from '../../server/src/pipeline/messageReader';

const RUNS = Number(process.env.SIP_LENS_FUZZ_RUNS ?? 100);

/** `text` written to a StreamedJson in pieces cut at `cuts`. */
function streamed(text: string, cuts: readonly number[]): unknown {
  const json = new StreamedJson();
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    json.write(text.slice(from, cut));
    from = cut;
  }
  json.write(text.slice(from));
  return json.end();
}

/** Characters that make escapes: quotes, backslashes, controls, a surrogate pair, CJK, a lone surrogate. */
const TRICKY = ['"', '\\', '\\\\', '\n', '\r\n', '\t', '\u0001', '😀', '中文', '\ud800', '/', 'u', 'x'];
const trickyString = fc
  .array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 6 })), { maxLength: 20 })
  .map((parts) => parts.join(''));

describe('StreamedJson', () => {
  it('gives JSON.parse’s value when cut at every place (short values)', () => {
    const value = {
      jsonrpc: '2.0',
      method: 'textDocument/didOpen',
      params: {
        textDocument: { uri: 'file:///a "b".log', text: 'a\\"b\r\n😀\u0001\\u0041 中\t"\\' },
        n: [1, -2.5e3, null, true],
      },
    };
    const text = JSON.stringify(value);
    for (let cut = 0; cut <= text.length; cut++) assert.deepEqual(streamed(text, [cut]), value, `cut at ${cut}`);
  });

  it('gives JSON.parse’s value for random values and cuts, long strings and split keys included', () => {
    const long = fc.tuple(trickyString, fc.integer({ min: 1, max: 3000 })).map(([s, n]) => s.repeat(n));
    const values = fc.oneof(
      fc.jsonValue(),
      fc.dictionary(fc.oneof(trickyString, long), fc.oneof(trickyString, long, fc.jsonValue())),
      fc.array(fc.oneof(long, trickyString)),
    );
    fc.assert(
      fc.property(values, fc.array(fc.nat(), { maxLength: 12 }), (value, cuts) => {
        const text = JSON.stringify(value);
        assert.deepEqual(
          streamed(
            text,
            cuts.map((c) => c % (text.length + 1)),
          ),
          JSON.parse(text),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps a "__proto__" key a plain property when its object is rebuilt', () => {
    const text = `{"__proto__":{"x":1},"${'k'.repeat(40_000)}":2}`;
    const value = streamed(text, [30]) as Record<string, unknown>;
    assert.deepEqual(Object.keys(value), ['__proto__', 'k'.repeat(40_000)]);
    assert.equal(Object.getPrototypeOf(value), Object.prototype);
  });

  it('throws on invalid JSON, as JSON.parse does', () => {
    assert.throws(() => streamed('{"a": "unterminated', [5]), SyntaxError);
    assert.throws(() => streamed(`{"a": "${'x'.repeat(20_000)}\\q"}`, [100]), SyntaxError);
    assert.throws(() => streamed('{"a": 1,}', [3]), SyntaxError);
  });
});

/** The messages `reader` reads from `bytes` given in chunks cut at `cuts`. */
async function readAll(bytes: Buffer, cuts: readonly number[]): Promise<{ messages: Message[]; errors: Error[] }> {
  const input = new PassThrough();
  const reader = new StreamingMessageReader(input);
  const messages: Message[] = [];
  const errors: Error[] = [];
  reader.onError((error) => errors.push(error));
  reader.listen((message) => messages.push(message));
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    input.write(bytes.subarray(from, cut));
    from = cut;
  }
  input.end(bytes.subarray(from));
  await new Promise((resolve) => input.on('end', resolve).resume());
  return { messages, errors };
}

function framed(messages: readonly unknown[]): Buffer {
  return Buffer.concat(
    messages.map((message) => {
      const body = Buffer.from(JSON.stringify(message), 'utf8');
      return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
    }),
  );
}

describe('StreamingMessageReader', () => {
  const didOpen = (text: string) => ({
    jsonrpc: '2.0',
    method: 'textDocument/didOpen',
    params: { textDocument: { uri: 'file:///big.log', languageId: 'log', version: 1, text } },
  });
  const hover = {
    jsonrpc: '2.0',
    id: 7,
    method: 'textDocument/hover',
    params: { position: { line: 1, character: 2 } },
  };
  // Over the streamed size, with multi-byte characters and escapes all through it.
  const bigText = 'INVITE sip:中@例子 SIP/2.0\r\nFrom: "Ann \\ 😀" <sip:a@b>\r\n\ttab\u0001\n'.repeat(
    Math.ceil((STREAMED_BODY_BYTES * 1.5) / 60),
  );

  it('reads small and big messages, and headers and bodies cut anywhere', async () => {
    const messages = [hover, didOpen(bigText), { ...hover, id: 8 }, didOpen('small')];
    const bytes = framed(messages);
    assert.ok(bytes.length > STREAMED_BODY_BYTES);
    const boundaries = [1, 17, 20, 21, 22, 23, 64 * 1024, 64 * 1024 + 1];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(bytes.length), { maxLength: 40 }), async (cuts) => {
        const read = await readAll(bytes, [...cuts, ...boundaries]);
        assert.deepEqual(read.errors, []);
        assert.deepEqual(read.messages, messages);
      }),
      { numRuns: Math.min(RUNS, 25) },
    );
  });

  it('reads a big message cut inside every UTF-8 sequence and escape of its first lines', async () => {
    const bytes = framed([didOpen(bigText), hover]);
    // The text starts about 160 bytes in; its first two lines hold every kind of escape and sequence.
    for (let cut = 150; cut < 260; cut++) {
      const read = await readAll(bytes, [cut, cut + 64 * 1024]);
      assert.deepEqual(read.messages, [didOpen(bigText), hover], `cut at ${cut}`);
    }
  });

  it('reports a body that is not JSON and reads the next message', async () => {
    const bad = Buffer.from(`{"text": "${'x'.repeat(STREAMED_BODY_BYTES)}\\q"}`);
    const bytes = Buffer.concat([Buffer.from(`Content-Length: ${bad.length}\r\n\r\n`), bad, framed([hover])]);
    const read = await readAll(bytes, [100, 70_000]);
    assert.equal(read.errors.length, 1);
    assert.deepEqual(read.messages, [hover]);
  });
});
