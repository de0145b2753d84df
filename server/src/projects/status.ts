/** Traffic light of the register: IDEA red, IN_PROGRESS yellow, DONE green; plus on hold/cancelled. */
export const PROJECT_STATUSES = ['IDEA', 'IN_PROGRESS', 'DONE', 'ON_HOLD', 'CANCELLED'] as const;
export type ProjectStatusValue = (typeof PROJECT_STATUSES)[number];
