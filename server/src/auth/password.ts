import { hash, verify } from '@node-rs/argon2';

// The library's default algorithm is argon2id (its `Algorithm` is a const enum we cannot import
// here); the costs are OWASP's baseline: 19 MiB, 2 passes, ~30 ms, slow enough for guessing.
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

let dummyHash: Promise<string> | undefined;

/** Spends the same time as a real check, so a login for an unknown e-mail is not faster. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('amtsweg-timing-equaliser');
  await verifyPassword(await dummyHash, password);
  return false;
}
