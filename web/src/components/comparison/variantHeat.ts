// The rows of the variant map: for each step, which models (columns) have it and how common it is
// across cities. The tint of a cell grows with that share; the cell also says "present" in words
// and the row states the number of cities, so the colour adds no information of its own.

interface ModelRef {
  id: string;
  city: { id: string };
}

interface OccurrenceLike {
  model: { id: string };
  label: string;
}

interface StepLike {
  label: string;
  cityCount: number;
  occurrences: readonly OccurrenceLike[];
}

export const HEAT_LEVELS = 4;

export interface HeatCell {
  modelId: string;
  /** The model's own wording of the step, or null when it does not have the step. */
  label: string | null;
  /** 0 (absent) … HEAT_LEVELS (every city has the step). */
  level: number;
}

export interface HeatRow {
  label: string;
  cityCount: number;
  cells: HeatCell[];
}

/** How many distinct cities the columns belong to. */
export function countCities(models: readonly { model: ModelRef }[]): number {
  return new Set(models.map((column) => column.model.city.id)).size;
}

/** 1 … HEAT_LEVELS for a step shared by `cityCount` of `cityTotal` cities. */
export function heatLevel(cityCount: number, cityTotal: number): number {
  if (cityTotal <= 0 || cityCount <= 0) return 1;
  return Math.min(HEAT_LEVELS, Math.max(1, Math.ceil((cityCount / cityTotal) * HEAT_LEVELS)));
}

export function heatRows(
  steps: readonly StepLike[],
  models: readonly { model: ModelRef }[],
): HeatRow[] {
  const cityTotal = countCities(models);
  return steps.map((step) => {
    const level = heatLevel(step.cityCount, cityTotal);
    return {
      label: step.label,
      cityCount: step.cityCount,
      cells: models.map(({ model }) => {
        const occurrence = step.occurrences.find((candidate) => candidate.model.id === model.id);
        return occurrence
          ? { modelId: model.id, label: occurrence.label, level }
          : { modelId: model.id, label: null, level: 0 };
      }),
    };
  });
}
