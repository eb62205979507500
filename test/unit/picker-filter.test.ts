import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  filterRows,
  isNoMatchRow,
  noMatchRow,
  rowMatches,
  type FilterableRow,
} from '../../client/src/compare/pickerFilter';

const rows: FilterableRow[] = [
  { label: 'At the cursor' },
  {
    label: '486 Busy Here',
    description: '4xx Client Failure',
    detail: 'callee busy on this device',
    code: 486,
    keywords: 'The callee was reached, but its end system is not willing to take another call.',
  },
  { label: '480 Temporarily Unavailable', description: '4xx Client Failure', detail: 'no contact', code: 480 },
  { label: '600 Busy Everywhere', description: '6xx Global Failure', detail: 'busy on every device', code: 600 },
  { label: 'All codes' },
  { label: '486 Busy Here', description: '4xx Client Failure', detail: 'again', code: 486 },
];

const codes = (list: readonly FilterableRow[]) => list.map((row) => row.code);

describe('code picker filter', () => {
  it('keeps every row, separators included, for an empty query', () => {
    assert.equal(filterRows(rows, '  ').length, rows.length);
  });

  it('matches a number by the start of the code', () => {
    assert.deepEqual(codes(filterRows(rows, '48')), [486, 480]);
    assert.deepEqual(codes(filterRows(rows, '486')), [486]);
  });

  it('matches words in the phrase, class, short fix and hidden description, each code once', () => {
    assert.deepEqual(codes(filterRows(rows, 'busy')), [486, 600]);
    assert.deepEqual(codes(filterRows(rows, 'BUSY global')), [600]);
    assert.deepEqual(codes(filterRows(rows, 'end system')), [486]);
  });

  it('marks the matches alwaysShow, so VS Code does not hide what its own filter would miss', () => {
    assert.ok(filterRows(rows, 'end system').every((row) => row.alwaysShow === true));
  });

  it('answers a query nothing matches with one row that says what to try', () => {
    for (const query of ['999', 'hello', 'no audio']) {
      const result = filterRows(rows, query);
      assert.equal(result.length, 1, query);
      assert.ok(isNoMatchRow(result[0]));
      assert.equal(result[0]?.label, `No code matches '${query}'; try a number like 486 or a word like busy`);
      assert.equal(result[0]?.code, undefined, 'choosing it picks no code');
      assert.equal(result[0]?.alwaysShow, true);
    }
  });

  it('cuts a long query in the no-match row', () => {
    assert.ok(noMatchRow('x'.repeat(200)).label.length < 100);
  });

  it('never matches a separator', () => {
    assert.equal(rowMatches({ label: 'All codes' }, 'codes'), false);
  });
});
