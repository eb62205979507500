/**
 * The Q.850 cause table against an independent copy of RFC 3398's mappings (§7.2.4.1 cause → SIP,
 * §8.2.6.1 SIP → cause). The copy is kept here on purpose: if the catalog drifts, these tests fail.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { allEntries, allQ850Causes, q850Cause } from '../../catalog/src/index';
import { assertForEach } from '../support/assertForEach';

/** RFC 3398 §7.2.4.1: Q.850 cause -> SIP response. Causes not listed here have no mapping. */
const RFC3398_CAUSE_TO_SIP: Readonly<Record<number, number>> = {
  1: 404,
  2: 404,
  3: 404,
  17: 486,
  18: 408,
  19: 480,
  20: 480,
  21: 403,
  22: 410,
  23: 410,
  26: 404,
  27: 502,
  28: 484,
  29: 501,
  31: 480,
  34: 503,
  38: 503,
  41: 503,
  42: 503,
  47: 503,
  55: 403,
  57: 403,
  58: 503,
  65: 488,
  70: 488,
  79: 501,
  87: 403,
  88: 503,
  102: 504,
  111: 500,
  127: 500,
};

/** RFC 3398 §8.2.6.1: SIP response -> Q.850 cause. 487, 488 and 606 are left out: no fixed cause. */
const RFC3398_SIP_TO_CAUSE: Readonly<Record<number, number>> = {
  400: 41,
  401: 21,
  402: 21,
  403: 21,
  404: 1,
  405: 63,
  406: 79,
  407: 21,
  408: 102,
  410: 22,
  413: 127,
  414: 127,
  415: 79,
  416: 127,
  420: 127,
  421: 127,
  423: 127,
  480: 18,
  481: 41,
  482: 25,
  483: 25,
  484: 28,
  485: 1,
  486: 17,
  500: 41,
  501: 79,
  502: 38,
  503: 41,
  504: 102,
  505: 127,
  513: 127,
  600: 17,
  603: 21,
  604: 1,
};

/** RFC 3398 keeps these out of SIP status codes altogether (BYE/CANCEL; retry on another circuit). */
const NO_SIP_STATUS_CAUSES = [16, 44];

/** Causes the table must hold; the ones without an RFC 3398 mapping must leave sipCode unset. */
const REQUIRED_CAUSES = [
  1, 2, 3, 6, 16, 17, 18, 19, 20, 21, 22, 23, 25, 26, 27, 28, 29, 31, 34, 38, 41, 42, 44, 47, 55, 57, 58, 63, 65, 70,
  79, 81, 87, 88, 95, 102, 111, 127,
];

describe('catalog: Q.850 causes follow RFC 3398', () => {
  it('holds every commonly carried cause with a name and meaning', () => {
    assertForEach(REQUIRED_CAUSES, String, (cause) => {
      const entry = q850Cause(cause);
      if (!entry) return 'missing';
      if (entry.name.trim() === '' || entry.meaning.trim() === '') return 'empty name or meaning';
      return undefined;
    });
  });

  it('maps each cause to the SIP code of RFC 3398 §7.2.4.1, and no others', () => {
    assertForEach(
      allQ850Causes(),
      (c) => `cause ${c.cause}`,
      (c) => {
        const expected = RFC3398_CAUSE_TO_SIP[c.cause];
        return c.sipCode === expected ? undefined : `sipCode ${c.sipCode} should be ${expected}`;
      },
    );
    assert.equal(q850Cause(16)?.sipCode, undefined, 'normal clearing has no SIP response');
  });

  it('marks only normal clearing and an unavailable circuit as having no SIP status at all', () => {
    const marked = allQ850Causes()
      .filter((c) => c.noSipStatus)
      .map((c) => c.cause);
    assert.deepEqual(marked, NO_SIP_STATUS_CAUSES);
  });

  it('maps each SIP code to the cause of RFC 3398 §8.2.6.1, and no others', () => {
    assertForEach(
      allEntries().filter((entry) => entry.known),
      (entry) => String(entry.code),
      (entry) => {
        const expected = RFC3398_SIP_TO_CAUSE[entry.code];
        const actual = entry.q850?.toCause;
        return actual === expected ? undefined : `toCause ${actual} should be ${expected}`;
      },
    );
  });

  it('agrees with the fromQ850 facts of the SIP codes', () => {
    for (const entry of allEntries()) {
      for (const cause of entry.q850?.fromCauses ?? []) {
        assert.equal(q850Cause(cause)?.sipCode, entry.code, `cause ${cause} should map to ${entry.code}`);
      }
    }
  });

  it('lists each cause once, in ascending order', () => {
    const causes = allQ850Causes().map((c) => c.cause);
    assert.deepEqual(
      causes,
      [...new Set(causes)].sort((x, y) => x - y),
    );
  });
});
