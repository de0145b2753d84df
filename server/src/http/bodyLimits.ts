import type { IncomingMessage } from 'node:http';
import { BPMN_LIMITS } from '../bpmn/errors.ts';
import { MAX_DOCUMENT_BYTES } from '../funding/documentType.ts';

const MEGABYTE = 1024 * 1024;

/**
 * The largest request bodies /graphql reads: a document upload (multipart) plus its form fields,
 * or a JSON request carrying the largest BPMN model (escaping can nearly double its size).
 */
export const BODY_LIMITS = {
  multipart: MAX_DOCUMENT_BYTES + 2 * MEGABYTE,
  json: 2 * BPMN_LIMITS.maxBytes + MEGABYTE,
} as const;

export type BodyRefusal = { status: 411 | 413; message: string; code: string };

/**
 * Decided from the headers alone, before a byte of the body is read. Node's parser stops at the
 * announced length, so a body cannot grow past it; chunked bodies of unknown length are refused.
 */
export function refuseBody(req: IncomingMessage): BodyRefusal | undefined {
  if (req.method !== 'POST') return undefined;
  const announced = req.headers['content-length'];
  if (announced === undefined) {
    return {
      status: 411,
      code: 'LENGTH_REQUIRED',
      message: 'Send the request body with a Content-Length header.',
    };
  }
  const multipart = (req.headers['content-type'] ?? '').startsWith('multipart/form-data');
  const limit = multipart ? BODY_LIMITS.multipart : BODY_LIMITS.json;
  if (Number(announced) <= limit) return undefined;
  return {
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    message: `The request body is larger than the ${Math.floor(limit / MEGABYTE)} MB accepted here.`,
  };
}
