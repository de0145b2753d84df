import type { MatchReason, ProcessFigures, StepKind } from '@amtsweg/shared/matching';

// The engine's graph types, for code outside the server package (the benchmark) that has no
// dependency of its own on @amtsweg/shared.
export type { GraphNode, ProcessGraph, StepKind } from '@amtsweg/shared/matching';

/** A step of a stored version as the API shows it: the engine's node without its internals. */
export interface ProcessStep {
  elementId: string;
  label: string;
  kind: StepKind;
  lane: string | null;
}

export interface ComparedStepMatch {
  left: ProcessStep;
  right: ProcessStep;
  score: number;
  reason: string;
  reasons: MatchReason[];
}

/** Two versions compared step by step; the versions themselves are loaded by id when asked for. */
export interface VersionComparison {
  leftVersionId: string;
  rightVersionId: string;
  similarity: number;
  matches: ComparedStepMatch[];
  onlyLeft: ProcessStep[];
  onlyRight: ProcessStep[];
  leftFigures: ProcessFigures;
  rightFigures: ProcessFigures;
}

export interface SimilarProcess {
  modelId: string;
  versionId: string;
  similarity: number;
  sameService: boolean;
  matchedSteps: number;
}

export interface ServiceVariantModel {
  modelId: string;
  versionId: string;
  cityId: string;
  outliers: ProcessStep[];
}

export interface VariantOccurrence {
  modelId: string;
  elementId: string;
  label: string;
}

export interface VariantStep {
  label: string;
  cityCount: number;
  occurrences: VariantOccurrence[];
}

export interface ServiceVariantMap {
  serviceKey: string;
  models: ServiceVariantModel[];
  steps: VariantStep[];
}
