import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent } from 'vue';
import { createAppI18n } from '../i18n/index.ts';
import { useErrorMessage } from './useErrorMessage.ts';
import { GraphqlRequestError } from './useGraphql.ts';

function errorMessages() {
  let messages: ReturnType<typeof useErrorMessage> | undefined;
  mount(
    defineComponent({
      setup() {
        messages = useErrorMessage();
        return () => null;
      },
    }),
    { global: { plugins: [createAppI18n('de')] } },
  );
  if (!messages) throw new Error('not mounted');
  return messages;
}

describe('useErrorMessage', () => {
  const { fromError, fromResult } = errorMessages();

  it('words conflict reasons in German instead of showing the English server text', () => {
    expect(
      fromResult({
        __typename: 'ConflictError',
        reason: 'LAST_CITY_ADMIN',
        message: 'The city needs at least one admin.',
      }),
    ).toMatch(/^Die letzte kommunale Administration/);
  });

  it('names the fields of a validation error', () => {
    expect(
      fromResult({
        __typename: 'ValidationError',
        message: 'Invalid input',
        fieldErrors: [{ path: 'email', message: 'Invalid email' }],
      }),
    ).toBe('Bitte prüfen Sie: E-Mail-Adresse.');
  });

  it('falls back to the server message for an unknown error type', () => {
    expect(fromResult({ __typename: 'BrandNewError', message: 'Something new' })).toBe(
      'Something new',
    );
  });

  it('translates request-level codes and hides unknown ones', () => {
    expect(fromError(new GraphqlRequestError('no', 'FORBIDDEN'))).toBe(
      'Dafür fehlt Ihnen die Berechtigung.',
    );
    expect(fromError(new Error('boom'))).toBe(
      'Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es erneut.',
    );
  });
});
