import { createHash, randomBytes } from 'node:crypto';

/** A random, URL-safe secret for cookies and links. */
export function newSecretToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** What we store instead of a secret token: a leaked table then opens no session or invitation. */
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
