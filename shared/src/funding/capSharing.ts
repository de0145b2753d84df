/** One partner's claim on a capped pot. */
export interface CapClaim {
  /** Breaks ties between equal remainders (ascending, by UTF-16 code units); must be unique. */
  key: string;
  /** What the pot is shared in proportion to (the eligible costs). */
  weight: bigint;
  /** The most this claim may receive (its grant without the pot's cap). */
  limit: bigint;
}

/**
 * Shares `cap` among the claims in proportion to their weights, never giving a claim more than its
 * limit. Returns amounts in the order of `claims`.
 *
 * - If the limits together fit under the cap, every claim receives its limit.
 * - Otherwise the result sums to exactly `cap`. Claims whose proportional share would exceed their
 *   limit receive their limit, and what is left is shared among the others in proportion again
 *   (repeated until nobody exceeds; "water filling"). The proportional shares are rounded down to
 *   the cent, and the cents left over go one each to the claims with the largest remainders, ties
 *   broken by key. A claim only gets an extra cent when its exact share had a fraction, so the
 *   extra cent never lifts it over its (integer) limit.
 *
 * The result does not depend on the order of the claims (given unique keys).
 * Expects non-negative weights and limits; a claim with weight 0 receives 0 once the cap binds.
 */
export function shareCapProportionally(cap: bigint, claims: readonly CapClaim[]): bigint[] {
  const totalLimit = claims.reduce((sum, claim) => sum + claim.limit, 0n);
  if (totalLimit <= cap) return claims.map((claim) => claim.limit);

  const shares = claims.map(() => 0n);
  let active = claims.flatMap((claim, index) => (claim.weight > 0n ? [index] : []));
  let remaining = cap;
  for (;;) {
    const weight = sumWeights(claims, active);
    if (weight === 0n) return shares;
    const pot = remaining;
    // share_i = pot × w_i / weight exceeds limit_i, compared without dividing.
    const overLimit = active.filter(
      (i) => pot * at(claims, i).weight > at(claims, i).limit * weight,
    );
    if (overLimit.length === 0) break;
    for (const i of overLimit) {
      shares[i] = at(claims, i).limit;
      remaining -= at(claims, i).limit;
    }
    active = active.filter((i) => !overLimit.includes(i));
  }

  const weight = sumWeights(claims, active);
  const remainders = new Map<number, bigint>();
  let leftover = remaining;
  for (const i of active) {
    const exact = remaining * at(claims, i).weight;
    shares[i] = exact / weight;
    remainders.set(i, exact % weight);
    leftover -= exact / weight;
  }
  const byRemainder = [...active].sort((a, b) => {
    const ra = remainders.get(a) ?? 0n;
    const rb = remainders.get(b) ?? 0n;
    if (ra !== rb) return ra > rb ? -1 : 1;
    return compareKeys(at(claims, a).key, at(claims, b).key);
  });
  for (const i of byRemainder.slice(0, Number(leftover))) shares[i] = (shares[i] ?? 0n) + 1n;
  return shares;
}

function sumWeights(claims: readonly CapClaim[], indices: readonly number[]): bigint {
  return indices.reduce((sum, i) => sum + at(claims, i).weight, 0n);
}

function at(claims: readonly CapClaim[], index: number): CapClaim {
  const claim = claims[index];
  if (!claim) throw new RangeError(`no claim at ${index}`);
  return claim;
}

/** Plain code-unit order, so the tie-break is the same in every locale and runtime. */
function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
