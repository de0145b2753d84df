/** The engine's global tuning knobs; few on purpose, so they cannot fit one data set. */
export interface MatchingParameters {
  /** Label similarity a pair needs before structure is looked at. */
  minLabelSimilarity: number;
  /** Shares of the score from neighbouring steps, relative position and lane roles (rest: labels). */
  contextWeight: number;
  positionWeight: number;
  laneWeight: number;
  /**
   * A pair also scores its label similarity minus this margin, so a (nearly) identical label is
   * enough on its own; with threshold 0.7, label similarity 0.8 or more.
   */
  labelMargin: number;
  /** Score a pair needs to be reported. */
  threshold: number;
}

export const DEFAULT_PARAMETERS: MatchingParameters = {
  minLabelSimilarity: 0.35,
  contextWeight: 0.4,
  positionWeight: 0.1,
  laneWeight: 0.1,
  labelMargin: 0.1,
  threshold: 0.7,
};
