/**
 * The server's reader of LSP messages over stdio (`--stdio`, as the benchmark and editors other than
 * VS Code start it). Framing is the protocol's (a Content-Length header, then that many bytes of
 * UTF-8 JSON); what differs from vscode-jsonrpc's stock reader is when a big body is decoded: as
 * its bytes arrive, each chunk decoded and its part of the JSON read (jsonStream.ts), instead of all
 * chunks kept, joined into one buffer and decoded after the last one. A 50 MB log's raw bytes are then
 * never held whole, let alone twice, beside its text; the stock reader's 64 KB chunks also stayed in
 * the process after they were freed (glibc kept their pages), about 40 MB of the server's peak
 * (issue 22; docs/PERFORMANCE.md). It is no faster: the pipe drains only as fast as this one thread
 * reads and decodes. Small messages are read as the stock reader does.
 */
import { StringDecoder } from 'node:string_decoder';
import { AbstractMessageReader, type DataCallback, type Disposable, type Message } from 'vscode-languageserver/node';
import { StreamedJson } from './jsonStream';

/** Bodies from this size on are decoded as they arrive; below it, joining once is cheaper. */
export const STREAMED_BODY_BYTES = 1024 * 1024;
const HEADERS_END = Buffer.from('\r\n\r\n', 'ascii');

/** The body being read: its bytes kept (a small one) or decoded as they come (a big one). */
type Body =
  | { readonly kind: 'whole'; readonly parts: Buffer[] }
  | { readonly kind: 'streamed'; readonly decoder: StringDecoder; readonly json: StreamedJson; failed?: unknown };

export class StreamingMessageReader extends AbstractMessageReader {
  /** Header bytes of a message whose headers are not complete yet. */
  private headers = Buffer.alloc(0);
  /** Bytes of the body still to come; -1 while headers are read. */
  private remaining = -1;
  private body: Body | undefined;

  constructor(private readonly input: NodeJS.ReadableStream) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    const onData = (chunk: Buffer) => {
      try {
        this.read(chunk, callback);
      } catch (error) {
        this.fireError(error);
      }
    };
    const onError = (error: Error) => this.fireError(error);
    const onClose = () => this.fireClose();
    this.input.on('data', onData);
    this.input.on('error', onError);
    this.input.on('close', onClose);
    return {
      dispose: () => {
        this.input.off('data', onData);
        this.input.off('error', onError);
        this.input.off('close', onClose);
      },
    };
  }

  /** One chunk of input: any number of messages, or parts of them. */
  private read(chunk: Buffer, callback: DataCallback): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.remaining < 0) {
        at = this.readHeaders(chunk, at);
        continue;
      }
      const end = at + Math.min(this.remaining, chunk.length - at);
      this.readBody(chunk.subarray(at, end));
      this.remaining -= end - at;
      at = end;
      if (this.remaining === 0) this.finish(callback);
    }
    // A message with an empty body ends where its headers do.
    if (this.remaining === 0) this.finish(callback);
  }

  /** Reads headers from `at`; returns where the body starts, or the chunk's end when the headers go on. */
  private readHeaders(chunk: Buffer, at: number): number {
    const held = this.headers.length;
    const joined = held === 0 ? chunk.subarray(at) : Buffer.concat([this.headers, chunk.subarray(at)]);
    const end = joined.indexOf(HEADERS_END);
    if (end === -1) {
      // Copied: a view would keep the whole chunk alive.
      this.headers = Buffer.from(joined);
      return chunk.length;
    }
    this.headers = Buffer.alloc(0);
    const length = contentLength(joined.subarray(0, end).toString('ascii'));
    this.remaining = length;
    this.body =
      length >= STREAMED_BODY_BYTES
        ? { kind: 'streamed', decoder: new StringDecoder('utf8'), json: new StreamedJson() }
        : { kind: 'whole', parts: [] };
    return at + end + HEADERS_END.length - held;
  }

  private readBody(bytes: Buffer): void {
    const body = this.body as Body;
    if (body.kind === 'whole') {
      body.parts.push(bytes);
      return;
    }
    // After an error the rest of the body is still counted, so the next message is framed right.
    if (body.failed !== undefined) return;
    try {
      body.json.write(body.decoder.write(bytes));
    } catch (error) {
      body.failed = error;
    }
  }

  private finish(callback: DataCallback): void {
    const body = this.body as Body;
    this.body = undefined;
    this.remaining = -1;
    let message: Message;
    try {
      message = parsed(body);
    } catch (error) {
      this.fireError(error);
      return;
    }
    callback(message);
  }
}

function parsed(body: Body): Message {
  if (body.kind === 'whole') return JSON.parse(Buffer.concat(body.parts).toString('utf8')) as Message;
  if (body.failed !== undefined) throw body.failed;
  body.json.write(body.decoder.end());
  return body.json.end() as Message;
}

/** The Content-Length of a message's headers (names are case-insensitive; other headers are ignored). */
function contentLength(headers: string): number {
  for (const line of headers.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon === -1 || line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
    const length = Number(line.slice(colon + 1).trim());
    if (Number.isSafeInteger(length) && length >= 0) return length;
  }
  throw new Error(`Message headers without a valid Content-Length:\n${headers}`);
}
