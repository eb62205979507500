/**
 * Logs damaged the way real files get damaged: truncated, spliced, with binary garbage and lone
 * surrogates inserted, and plain garbage. Used by the property tests and `npm run fuzz`.
 */
import fc from 'fast-check';
import { anyCodeUnit, arbSipLog, HOSTILE_TEXTS } from './sipGenerators';

/** One way of damaging a text. Positions are taken modulo the text length, so they always fit. */
export type Mutation =
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'duplicate'; readonly at: number; readonly length: number; readonly to: number };

const arbGarbage = fc.oneof(
  fc.string({ unit: anyCodeUnit, maxLength: 16 }),
  fc.uint8Array({ maxLength: 32 }).map((bytes) => Buffer.from(bytes).toString('utf8')),
  fc.constantFrom(
    '\u0000',
    '\u0000\u0000\u0000',
    '\ud800',
    '\udc00',
    '\r',
    '\n',
    '\r\n',
    'SIP/2.0 ',
    'SIP/2.0',
    ' 486 ',
    '\ufeff',
    '\u202e',
    ...HOSTILE_TEXTS,
  ),
);

export const arbMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 80 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: arbGarbage }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 200 }),
    to: fc.nat(),
  }),
);

export function applyMutation(text: string, mutation: Mutation): string {
  const at = text.length === 0 ? 0 : mutation.at % (text.length + 1);
  switch (mutation.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + mutation.length);
    case 'insert':
      return text.slice(0, at) + mutation.text + text.slice(at);
    case 'duplicate': {
      const slice = text.slice(at, at + mutation.length);
      const to = mutation.to % (text.length + 1);
      return text.slice(0, to) + slice + text.slice(to);
    }
  }
}

/** A SIP log after a few random mutations. */
export const arbMutatedSipLog: fc.Arbitrary<string> = fc
  .tuple(arbSipLog, fc.array(arbMutation, { minLength: 1, maxLength: 6 }))
  .map(([log, mutations]) => mutations.reduce(applyMutation, log));

/** Anything a user might open: well-formed logs, damaged logs, or plain garbage. */
export const arbAnyLog: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: arbSipLog },
  { weight: 4, arbitrary: arbMutatedSipLog },
  { weight: 1, arbitrary: fc.string({ unit: anyCodeUnit, maxLength: 300 }) },
);
