import { afterEach, describe, expect, it, vi } from 'vitest';
import { UploadApplicationDocumentDocument } from '../graphql/generated/graphql.ts';
import { onUnauthenticated, requestGraphqlUpload } from './useGraphql.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

function answer(body: unknown, status = 200) {
  const fetchMock = vi.fn(
    async (_input: RequestInfo | URL, _init?: RequestInit) =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const input = (file: File) => ({
  input: { applicationId: 'app1', cityId: 'c1', requirement: '', file },
});

describe('requestGraphqlUpload', () => {
  it('sends operations, map and the file as a multipart form, without a content-type of its own', async () => {
    const fetchMock = answer({ data: { uploadApplicationDocument: { __typename: 'X' } } });
    const file = new File(['%PDF'], 'absichtserklaerung.pdf', { type: 'application/pdf' });

    await expect(
      requestGraphqlUpload(UploadApplicationDocumentDocument, input(file)),
    ).resolves.toEqual({ uploadApplicationDocument: { __typename: 'X' } });

    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/graphql');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(new Headers(init?.headers).has('content-type')).toBe(false);
    const body = init?.body as FormData;
    expect(JSON.parse(String(body.get('operations'))).variables.input.file).toBeNull();
    expect(JSON.parse(String(body.get('map')))).toEqual({ 0: ['variables.input.file'] });
    expect((body.get('0') as File).name).toBe('absichtserklaerung.pdf');
  });

  it('reports errors like requestGraphql: code, session gone, network', async () => {
    const file = new File(['x'], 'a.pdf');
    answer({ data: null, errors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }] });
    await expect(
      requestGraphqlUpload(UploadApplicationDocumentDocument, input(file)),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });

    answer({ errors: [{ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED' } }] });
    const listener = vi.fn();
    const stop = onUnauthenticated(listener);
    await expect(
      requestGraphqlUpload(UploadApplicationDocumentDocument, input(file)),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(listener).toHaveBeenCalledOnce();
    stop();

    answer('Payload Too Large', 413);
    await expect(
      requestGraphqlUpload(UploadApplicationDocumentDocument, input(file)),
    ).rejects.toMatchObject({ code: 'HTTP_413' });

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await expect(
      requestGraphqlUpload(UploadApplicationDocumentDocument, input(file)),
    ).rejects.toMatchObject({ code: 'NETWORK' });
  });
});
