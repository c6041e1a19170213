// Passwords (argon2id) and opaque tokens (random, stored only as their SHA-256).
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { wire } from '../../domain';

/** OWASP's argon2id settings: 19 MiB, 2 passes, 1 lane (the library's defaults, written out). */
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PasswordSchema = wire.PasswordSchema;

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2);

/** A hash of no one's password, checked when the email is unknown so the answer takes as long. */
let dummy: Promise<string> | undefined;

/** Does the password match the hash? With no hash (unknown person), spends the same time and says no. */
export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  if (!storedHash) {
    dummy ??= hash(randomBytes(16).toString('hex'), ARGON2);
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}

/** A new secret token: 32 random bytes, base64url (43 characters). */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** What is stored in place of a token. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
