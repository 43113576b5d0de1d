/**
 * The contract's plain values (ids, business dates, months), apart from the rest of
 * shared/api/common.ts: the job wrapper reads them too, and a job need not build every schema
 * of the API (nor load the domain modules they name) to read its request.
 */
import * as z from 'zod';
import { isIsoDate, isMonth } from '#domain/time';

export const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 characters of A-Z a-z 0-9 _ -');
// Business dates stay within 1900-2199: far enough for any case, near enough for date arithmetic.
export const inRange = (s: string) => s >= '1900' && s < '2200';
export const isoDate = z.string().refine((s) => isIsoDate(s) && inRange(s), 'must be a real date YYYY-MM-DD (years 1900-2199)');
export const month = z.string().refine((s) => isMonth(s) && inRange(s), 'must be a month YYYY-MM (years 1900-2199)');
