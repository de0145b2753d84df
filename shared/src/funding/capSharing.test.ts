import { describe, expect, it } from 'vitest';
import { shareCapProportionally } from './capSharing.ts';

describe('shareCapProportionally', () => {
  it('gives every claim its limit when the limits fit under the cap', () => {
    const claims = [
      { key: 'a', weight: 10n, limit: 8n },
      { key: 'b', weight: 5n, limit: 4n },
    ];
    expect(shareCapProportionally(12n, claims)).toEqual([8n, 4n]);
    expect(shareCapProportionally(100n, claims)).toEqual([8n, 4n]);
  });

  it('gives nothing to a claim without weight once the cap binds', () => {
    const claims = [
      { key: 'a', weight: 0n, limit: 0n },
      { key: 'b', weight: 3n, limit: 3n },
      { key: 'c', weight: 1n, limit: 1n },
    ];
    expect(shareCapProportionally(2n, claims)).toEqual([0n, 2n, 0n]); // 1.5 and 0.5: tie → 'b'
  });

  it('shares a zero cap as zeros', () => {
    expect(shareCapProportionally(0n, [{ key: 'a', weight: 5n, limit: 4n }])).toEqual([0n]);
  });
});
