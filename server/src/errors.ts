/** Expected domain failures. The API returns them as typed union members, never as exceptions. */

export class NotFoundError extends Error {
  constructor(readonly entity: string) {
    super(`${entity} not found.`);
    this.name = 'NotFoundError';
  }
}

export class VersionConflictError extends Error {
  constructor(
    readonly entity: string,
    readonly currentVersion: number,
  ) {
    super(
      `${entity} was changed by someone else meanwhile (now version ${currentVersion}). Reload and try again.`,
    );
    this.name = 'VersionConflictError';
  }
}

export class InvalidCredentialsError extends Error {
  constructor() {
    super('E-mail address or password is wrong.');
    this.name = 'InvalidCredentialsError';
  }
}

/** Too many wrong passwords for this e-mail address (or from this address) within a minute. */
export class TooManyAttemptsError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed sign-in attempts. Try again in ${retryAfterSeconds} seconds.`);
    this.name = 'TooManyAttemptsError';
  }
}

/** A request that is well-formed but contradicts the current state (duplicate, last admin …). */
export class ConflictError extends Error {
  constructor(
    readonly reason: ConflictReason,
    message: string,
  ) {
    super(message);
    this.name = 'ConflictError';
  }
}

export const conflictReasons = [
  'ALREADY_MEMBER',
  'ALREADY_INVITED',
  'LAST_CITY_ADMIN',
  'INVITATION_NOT_PENDING',
  'EMAIL_MISMATCH',
  'ALREADY_PARTNER',
  'LEAD_CITY_CANNOT_LEAVE',
  'DUPLICATE_CITY',
  'MODEL_ARCHIVED',
  'INVALID_STATUS_CHANGE',
  'NOT_APPROVED',
  'NOT_A_PARTNER',
  'ALREADY_ADOPTED',
  'LICENCE_FORBIDS_ADOPTION',
  'INVALID_TRANSITION',
  'APPLICATION_CLOSED',
  'PARTNERS_PENDING',
  'CHECKLIST_INCOMPLETE',
  'DEADLINE_PASSED',
  'FILE_TYPE_NOT_ALLOWED',
  'FILE_TOO_LARGE',
] as const;
export type ConflictReason = (typeof conflictReasons)[number];

/** A diagram save based on an older version than the newest: carries the newest, to show both. */
export class ProcessVersionConflictError extends Error {
  constructor(
    readonly latestVersionId: string,
    readonly currentVersion: number,
  ) {
    super(
      `Someone saved version ${currentVersion} meanwhile. Your changes are kept: compare and save again on top.`,
    );
    this.name = 'ProcessVersionConflictError';
  }
}
