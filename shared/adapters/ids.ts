/** Identifiers and secrets handed to applicants. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ulid } from 'ulid';

/** Sortable by creation time and unique: a ULID. */
export const newSortableId = (): string => ulid();

// Crockford base32 without I, L, O, U: unambiguous when read off a printed receipt.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const PUBLIC_CODE_LENGTH = 10; // 10 × 5 bits = 50 bits of randomness

export function newPublicCode(): string {
  const bytes = randomBytes(PUBLIC_CODE_LENGTH);
  return [...bytes].map((b) => ALPHABET[b & 31]).join('');
}

/** Constant-time comparison (hashing first makes the lengths equal). */
export function sameSecret(expected: string, given: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s.trim().toUpperCase()).digest();
  return timingSafeEqual(digest(expected), digest(given));
}
