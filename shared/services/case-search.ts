/**
 * The blind index of cases (shared/domain/search.ts): keyed hashes of the normalized search
 * values, made at intake from the clear values before they are encrypted, and of what staff
 * type at the desk when they search.
 */
import { normalizeSearchValue, searchPurpose, searchValuesOf, type SearchKey, type SearchKeys } from '#domain/search';
import type { KeyedHashDeps } from '#adapters/deps';

const digest = (d: KeyedHashDeps, key: SearchKey, normalized: string) => d.keyedHash.digest(searchPurpose(key), normalized);

/** The search keys of a new case (from the applicant's clear values and the receipt code). */
export async function searchKeysOf(d: KeyedHashDeps, values: Parameters<typeof searchValuesOf>[0]): Promise<SearchKeys> {
  const pairs = await Promise.all(searchValuesOf(values).map(async ([key, value]) => [key, await digest(d, key, value)] as const));
  return Object.fromEntries(pairs);
}

/** What a search for `value` looks up. */
export const searchDigest = (d: KeyedHashDeps, key: SearchKey, value: string) => digest(d, key, normalizeSearchValue(key, value));
