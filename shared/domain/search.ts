/**
 * Finding a case at the desk (exact match within the hall) by the applicant's ID number, phone
 * or name, or by the receipt code. ID numbers and phones are stored only encrypted, so a search
 * compares keyed hashes (HMAC with a secret key: a blind index) of normalized values: the same
 * person typed two ways finds the same cases, and the stored index reveals nothing. Pure: the
 * adapters hash (`keyedHash.digest(searchPurpose(key), value)`) and store.
 */
import { toE164 } from './contacts';

export const SEARCH_KEYS = ['id-number', 'phone', 'applicant-name', 'public-code'] as const;
export type SearchKey = (typeof SEARCH_KEYS)[number];

/** The keyed hashes of a case's normalized search values, by key (the blind index). */
export type SearchKeys = Partial<Record<SearchKey, string>>;

/** The keyed hash's purpose: a digest made for one key can never match one made for another. */
export const searchPurpose = (key: SearchKey) => `search-${key}`;

const NORMALIZERS: Record<SearchKey, (value: string) => string> = {
  // 18-digit numbers end in a check character X, written x as often as X.
  'id-number': (v) => v.trim().toUpperCase(),
  // 139 0000 0000, 139-0000-0000, +86 13900000000 and 8613900000000 are one phone.
  phone: (v) => toE164(v.trim()),
  // Full-width letters and digits (ＡＢ) read as AB; spaces around and repeated inside do not count.
  'applicant-name': (v) => v.normalize('NFKC').trim().replace(/\s+/g, ' '),
  // As printed on the receipt; read back in either case.
  'public-code': (v) => v.trim().toUpperCase(),
};

/** The value as it is hashed for `key`. */
export const normalizeSearchValue = (key: SearchKey, value: string): string => NORMALIZERS[key](value);

/** The clear values a case is found by: what the intake knows, normalized (ready to hash). */
export function searchValuesOf(v: { idNumber?: string; phone?: string; name: string; publicCode: string }): [SearchKey, string][] {
  const values: [SearchKey, string | undefined][] = [
    ['id-number', v.idNumber],
    ['phone', v.phone],
    ['applicant-name', v.name],
    ['public-code', v.publicCode],
  ];
  return values.flatMap(([key, value]) => (value ? [[key, normalizeSearchValue(key, value)] as [SearchKey, string]] : []));
}
