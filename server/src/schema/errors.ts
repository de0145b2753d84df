import { InputValidationError } from '@pothos/plugin-validation';
import {
  ConflictError,
  conflictReasons,
  InvalidCredentialsError,
  NotFoundError,
  TooManyAttemptsError,
  VersionConflictError,
} from '../errors.ts';
import { builder } from './builder.ts';

export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  fields: (t) => ({ message: t.exposeString('message') }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ entity: t.exposeString('entity') }),
});

builder.objectType(VersionConflictError, {
  name: 'VersionConflictError',
  description: 'Someone else changed the object since you read it; reload and retry.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    entity: t.exposeString('entity'),
    currentVersion: t.exposeInt('currentVersion'),
  }),
});

builder.objectType(InvalidCredentialsError, {
  name: 'InvalidCredentialsError',
  interfaces: [ErrorInterface],
});

builder.objectType(TooManyAttemptsError, {
  name: 'TooManyAttemptsError',
  description: 'Sign-in held back after repeated wrong passwords; wait before the next try.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ retryAfterSeconds: t.exposeInt('retryAfterSeconds') }),
});

const ConflictReasonEnum = builder.enumType('ConflictReason', { values: conflictReasons });

builder.objectType(ConflictError, {
  name: 'ConflictError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ reason: t.field({ type: ConflictReasonEnum, resolve: (e) => e.reason }) }),
});

interface FieldError {
  path: string;
  message: string;
}

const FieldErrorRef = builder.objectRef<FieldError>('FieldError').implement({
  fields: (t) => ({
    path: t.exposeString('path', { description: 'Dot-separated path of the offending input.' }),
    message: t.exposeString('message'),
  }),
});

builder.objectType(InputValidationError, {
  name: 'ValidationError',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    fieldErrors: t.field({
      type: [FieldErrorRef],
      resolve: (error) =>
        error.issues.map((issue) => ({
          path: (issue.path ?? [])
            .map((part) => String(typeof part === 'object' ? part.key : part))
            .join('.'),
          message: issue.message,
        })),
    }),
  }),
});

/** The errors every mutation that targets an existing, versioned object can return. */
export const editErrors = [
  InputValidationError,
  NotFoundError,
  VersionConflictError,
  ConflictError,
];
