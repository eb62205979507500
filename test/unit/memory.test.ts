/**
 * The server's on-demand collection: only a process started with --expose-gc (as the client starts
 * the server) collects; loading the module never turns V8 flags on after start-up.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runInNewContext } from 'node:vm';
import { collectsGarbage, releaseMemoryAfter, releaseMemoryBefore } from '../../server/src/pipeline/memory';

describe('memory release without --expose-gc', () => {
  it('does not expose gc by setting V8 flags from inside the process', () => {
    // A flag set with v8.setFlagsFromString('--expose-gc') shows in every context created after it.
    assert.equal(runInNewContext('typeof gc'), 'undefined');
    assert.equal(typeof globalThis.gc, 'undefined');
    assert.equal(collectsGarbage, false);
  });

  it('leaves large documents to V8 without failing', () => {
    const fiftyMegabytes = 50 * 1024 * 1024;
    assert.doesNotThrow(() => releaseMemoryBefore(fiftyMegabytes));
    assert.doesNotThrow(() => releaseMemoryAfter(fiftyMegabytes));
  });
});
