/**
 * Checks the whole SIP catalog through its public API against an independent copy of the
 * reference facts (/work/shared/docs/sip-reference.md; the Q.850 mapping is in catalog-q850.test.ts).
 * The copy is kept here on purpose: if facts.ts drifts from the registry, these tests fail.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertForEach } from '../support/assertForEach';
import {
  allEntries,
  allPairNotes,
  explain,
  getEntry,
  isKnownPhrase,
  pairNote,
  registeredCodes,
  unrecognisedTreatedAs,
  type CatalogEntry,
} from '../../catalog/src/index';

/** The IANA "Response Codes" registry: code, reason phrase, defining RFC. */
const REGISTRY: ReadonlyArray<readonly [number, string, number]> = [
  [100, 'Trying', 3261],
  [180, 'Ringing', 3261],
  [181, 'Call Is Being Forwarded', 3261],
  [182, 'Queued', 3261],
  [183, 'Session Progress', 3261],
  [199, 'Early Dialog Terminated', 6228],
  [200, 'OK', 3261],
  [202, 'Accepted', 6665],
  [204, 'No Notification', 5839],
  [300, 'Multiple Choices', 3261],
  [301, 'Moved Permanently', 3261],
  [302, 'Moved Temporarily', 3261],
  [305, 'Use Proxy', 3261],
  [380, 'Alternative Service', 3261],
  [400, 'Bad Request', 3261],
  [401, 'Unauthorized', 3261],
  [402, 'Payment Required', 3261],
  [403, 'Forbidden', 3261],
  [404, 'Not Found', 3261],
  [405, 'Method Not Allowed', 3261],
  [406, 'Not Acceptable', 3261],
  [407, 'Proxy Authentication Required', 3261],
  [408, 'Request Timeout', 3261],
  [410, 'Gone', 3261],
  [412, 'Conditional Request Failed', 3903],
  [413, 'Request Entity Too Large', 3261],
  [414, 'Request-URI Too Long', 3261],
  [415, 'Unsupported Media Type', 3261],
  [416, 'Unsupported URI Scheme', 3261],
  [417, 'Unknown Resource-Priority', 4412],
  [420, 'Bad Extension', 3261],
  [421, 'Extension Required', 3261],
  [422, 'Session Interval Too Small', 4028],
  [423, 'Interval Too Brief', 3261],
  [424, 'Bad Location Information', 6442],
  [425, 'Bad Alert Message', 8876],
  [428, 'Use Identity Header', 8224],
  [429, 'Provide Referrer Identity', 3892],
  [430, 'Flow Failed', 5626],
  [433, 'Anonymity Disallowed', 5079],
  [436, 'Bad Identity Info', 8224],
  [437, 'Unsupported Credential', 8224],
  [438, 'Invalid Identity Header', 8224],
  [439, 'First Hop Lacks Outbound Support', 5626],
  [440, 'Max-Breadth Exceeded', 5393],
  [469, 'Bad Info Package', 6086],
  [470, 'Consent Needed', 5360],
  [480, 'Temporarily Unavailable', 3261],
  [481, 'Call/Transaction Does Not Exist', 3261],
  [482, 'Loop Detected', 3261],
  [483, 'Too Many Hops', 3261],
  [484, 'Address Incomplete', 3261],
  [485, 'Ambiguous', 3261],
  [486, 'Busy Here', 3261],
  [487, 'Request Terminated', 3261],
  [488, 'Not Acceptable Here', 3261],
  [489, 'Bad Event', 6665],
  [491, 'Request Pending', 3261],
  [493, 'Undecipherable', 3261],
  [494, 'Security Agreement Required', 3329],
  [500, 'Server Internal Error', 3261],
  [501, 'Not Implemented', 3261],
  [502, 'Bad Gateway', 3261],
  [503, 'Service Unavailable', 3261],
  [504, 'Server Time-out', 3261],
  [505, 'Version Not Supported', 3261],
  [513, 'Message Too Large', 3261],
  [555, 'Push Notification Service Not Supported', 8599],
  [580, 'Precondition Failure', 3312],
  [600, 'Busy Everywhere', 3261],
  [603, 'Decline', 3261],
  [604, 'Does Not Exist Anywhere', 3261],
  [606, 'Not Acceptable', 3261],
  [607, 'Unwanted', 8197],
  [608, 'Rejected', 8688],
];

const UNREGISTERED_SEEN_IN_LOGS = [409, 411, 478, 490, 499];
/** RFC 8197 (607) is a SIPCORE document, not STIR: 607 has no STIR/SHAKEN role (catalog-facts tests hold that). */
const STIR_SHAKEN_CODES = [428, 436, 437, 438, 608];

function entryOf(code: number): CatalogEntry {
  const entry = getEntry(code);
  assert.ok(entry, `catalog has no entry for ${code}`);
  return entry;
}

describe('catalog: registered codes match the IANA registry', () => {
  it('registers exactly the 75 codes of the registry', () => {
    assert.equal(REGISTRY.length, 75, 'the in-test copy of the registry itself must have 75 rows');
    assert.deepEqual(
      [...registeredCodes()].sort((x, y) => x - y),
      REGISTRY.map(([code]) => code),
    );
  });

  it('has the registry phrase and defining RFC for every registered code', () => {
    assertForEach(
      REGISTRY,
      ([code]) => String(code),
      ([code, phrase, rfc]) => {
        const entry = getEntry(code);
        if (!entry) return 'no entry (prose missing?)';
        if (entry.reasonPhrase !== phrase) return `phrase "${entry.reasonPhrase}" should be "${phrase}"`;
        if (entry.rfc !== rfc) return `RFC ${entry.rfc} should be RFC ${rfc}`;
        if (!entry.registered) return 'not marked registered';
        if (entry.class !== `${Math.floor(code / 100)}xx`) return `class ${entry.class}`;
        return undefined;
      },
    );
  });

  it('has an entry for every registered and every known unregistered code', () => {
    const codes = new Set(allEntries().map((entry) => entry.code));
    const expected = new Set([...REGISTRY.map(([code]) => code), ...UNREGISTERED_SEEN_IN_LOGS]);
    assert.deepEqual(
      [...expected].filter((code) => !codes.has(code)),
      [],
      'codes without an entry',
    );
    assert.deepEqual(
      [...codes].filter((code) => !expected.has(code)),
      [],
      'entries not in the reference',
    );
  });
});

describe('catalog: prose is complete and usable', () => {
  const entries = () => allEntries();

  it('fills every text field of every entry', () => {
    assertForEach(
      entries(),
      (e) => String(e.code),
      (e) => {
        const blank = (['description', 'whenItAppears', 'shortFix', 'retry', 'section'] as const).filter(
          (field) => e[field].trim() === '',
        );
        if (blank.length > 0) return `empty ${blank.join(', ')}`;
        if (e.howToFix.length < 2 || e.howToFix.some((step) => step.trim() === ''))
          return 'howToFix too short or has a blank step';
        if (e.sentBy.length === 0) return 'sentBy empty';
        if (!Array.isArray(e.typicalMethods)) return 'typicalMethods missing';
        return undefined;
      },
    );
  });

  it('keeps every shortFix to one lowercase line of at most 100 characters, no full stop', () => {
    assertForEach(
      entries(),
      (e) => String(e.code),
      (e) => {
        if (e.shortFix.length > 100) return `${e.shortFix.length} characters`;
        if (/[\r\n]/u.test(e.shortFix)) return 'contains a line break';
        if (/^[A-Z]/u.test(e.shortFix)) return 'starts with a capital (inline hints start lowercase)';
        if (/\.$/u.test(e.shortFix)) return 'ends with a full stop';
        return undefined;
      },
    );
  });

  it('has a note for every related code, and every related code exists', () => {
    assertForEach(
      entries(),
      (e) => String(e.code),
      (e) => {
        const unknown = e.related.filter((r) => getEntry(r.code) === undefined).map((r) => r.code);
        if (unknown.length > 0) return `related codes without an entry: ${unknown.join(', ')}`;
        const silent = e.related.filter((r) => r.note.trim() === '').map((r) => r.code);
        if (silent.length > 0) return `no distinction note for: ${silent.join(', ')}`;
        if (e.related.some((r) => r.code === e.code)) return 'lists itself as related';
        return undefined;
      },
    );
  });

  it('gives every code its own howToFix steps', () => {
    const byText = new Map<string, number[]>();
    for (const e of entries()) {
      const key = e.howToFix.map((step) => step.trim().toLowerCase()).join('\n');
      byText.set(key, [...(byText.get(key) ?? []), e.code]);
    }
    const shared = [...byText.values()].filter((codes) => codes.length > 1);
    assert.deepEqual(shared, [], 'these codes share identical howToFix steps');
  });
});

describe('catalog: facts implementations get wrong', () => {
  it('accepts the RFC 4474 phrases of 436 and 437 as aliases', () => {
    assert.ok(entryOf(436).aliases.includes('Bad Identity-Info'));
    assert.ok(entryOf(437).aliases.includes('Unsupported Certificate'));
    assert.equal(isKnownPhrase(436, 'Bad Identity-Info'), true);
    assert.equal(isKnownPhrase(437, 'Unsupported Certificate'), true);
    assert.equal(isKnownPhrase(437, 'unsupported credential.'), true, 'case and a trailing full stop do not matter');
    assert.equal(isKnownPhrase(437, 'Bad Identity-Info'), false, 'aliases belong to their own code only');
  });

  it('marks 202 as deprecated, and only 202', () => {
    assert.ok((entryOf(202).deprecation ?? '').trim().length > 0, '202 needs a deprecation note');
    const others = allEntries()
      .filter((e) => e.code !== 202 && e.deprecation)
      .map((e) => e.code);
    assert.deepEqual(others, [], '305 and the rest are not deprecated in SIP');
  });

  it('explains the STIR/SHAKEN role of 428, 436, 437, 438 and 608', () => {
    assertForEach(STIR_SHAKEN_CODES, String, (code) =>
      (getEntry(code)?.stirShaken ?? '').trim() === '' ? 'no stirShaken text' : undefined,
    );
  });

  it('knows where the unregistered codes seen in logs come from', () => {
    assertForEach(UNREGISTERED_SEEN_IN_LOGS, String, (code) => {
      const entry = getEntry(code);
      if (!entry) return 'no entry';
      if (entry.registered) return 'marked registered';
      if ((entry.origin ?? '').trim() === '') return 'no origin';
      return undefined;
    });
    assert.ok(!registeredCodes().includes(409));
  });
});

describe('catalog: explain() for any number', () => {
  it('answers an unknown 4xx at class level, as 400', () => {
    const entry = explain(455);
    assert.ok(entry);
    assert.equal(entry.code, 455);
    assert.equal(entry.registered, false);
    assert.equal(entry.known, false);
    assert.equal(entry.class, '4xx');
    assert.match(entry.description, /treat it as 400/u);
  });

  it('answers an unknown 1xx as 183 Session Progress, not 100 (RFC 3261 §8.1.3.2)', () => {
    const entry = explain(150);
    assert.ok(entry);
    assert.equal(entry.class, '1xx');
    assert.match(entry.description, /treat it as 183 Session Progress/u);
    assert.match(entry.whenItAppears, /provisional response \(other than 100\) as 183 Session Progress/u);
    assert.deepEqual(
      entry.related.map((r) => r.code),
      [183],
    );
    assert.equal(unrecognisedTreatedAs(150), 183);
    assert.equal(unrecognisedTreatedAs(299), 200);
    assert.equal(unrecognisedTreatedAs(455), 400);
  });

  it('returns undefined outside 100-699', () => {
    assert.equal(explain(42), undefined);
    assert.equal(explain(999), undefined);
    assert.equal(explain(99), undefined);
    assert.equal(explain(700), undefined);
  });

  it('returns the catalog entry itself for a known code', () => {
    assert.equal(explain(486)?.reasonPhrase, 'Busy Here');
    assert.equal(explain(486)?.known, true);
  });
});

describe('catalog: pair notes', () => {
  it('has at least 25 notes, about codes the catalog knows', () => {
    const pairs = allPairNotes();
    assert.ok(pairs.length >= 25, `only ${pairs.length} pair notes`);
    assertForEach(
      pairs,
      (p) => `${p.a}/${p.b}`,
      (p) => {
        if (!getEntry(p.a) || !getEntry(p.b)) return 'a code has no catalog entry';
        if (p.a === p.b) return 'pairs a code with itself';
        if (p.note.trim() === '') return 'empty note';
        return undefined;
      },
    );
  });

  it('has no duplicate pairs', () => {
    const keys = allPairNotes().map((p) => [p.a, p.b].sort((x, y) => x - y).join('/'));
    assert.equal(new Set(keys).size, keys.length);
  });

  it('finds a note in either order', () => {
    assert.ok(pairNote(480, 486));
    assert.equal(pairNote(480, 486), pairNote(486, 480));
    assert.ok(pairNote(401, 407));
    assert.equal(pairNote(100, 699), undefined);
  });
});
