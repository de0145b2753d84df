/**
 * The version of the data the server stores from the matching engine: a version's graph and a
 * model's step terms carry the number they were computed with. Bump it whenever graph extraction
 * or the output of `stepTerms` changes, so rows written by the older engine get recomputed.
 */
export const MATCHING_DATA_VERSION = 1;
