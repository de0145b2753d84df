export { type CapClaim, shareCapProportionally } from './capSharing.ts';
export { computeFunding } from './compute.ts';
export { DEADLINE_WARNING_DAYS, daysUntilDeadline, deadlineFlags } from './deadline.ts';
export * from './types.ts';
export {
  basisPointsFromPercent,
  type FundingInputIssue,
  type FundingInputIssueCode,
  type FundingInputPath,
  isFundingCostCategory,
  type ParseFundingResult,
  parseFundingApplication,
} from './validation.ts';
