// The process-matching engine: browser-safe (no Node built-ins anywhere below this file).
export type { Candidate } from './assignment.ts';
export { assignGreedily, assignOptimally } from './assignment.ts';
export { type CompareOptions, compareProcesses } from './compare.ts';
export { processFigures } from './figures.ts';
export { graphFromDefinitions, ProcessGraphError, readProcessGraph } from './graph.ts';
export type { Language } from './language.ts';
export { defaultLexicon, type Lexicon } from './lexicon.ts';
export { findMediaBreaks, mediaIn } from './mediaBreaks.ts';
export { DEFAULT_PARAMETERS, type MatchingParameters } from './parameters.ts';
export { stepTerms } from './stepTerms.ts';
export * from './types.ts';
export { MATCHING_DATA_VERSION } from './version.ts';
