/**
 * The field schemas every part of the public contract is written with (docs/API.md
 * "Conventions"): ids, dates, numbers in digits, text, codes, path parameters, the page query.
 * Most are built at their first use (shared/domain/lazy.ts). The functions import this module,
 * not ./common, which builds the error body's schema and the OpenAPI document's when imported:
 * only the OpenAPI document and the tests read those, so no cold start builds them.
 */
import * as z from 'zod';
import { builtOnRead, once } from '#domain/lazy';
import { ROLES } from '#domain/access';
import { NOTICE_KINDS } from '#domain/cases';
import { TICKET_ID } from '#domain/queue';
import { id, inRange, isoDate, month } from './primitives';

export { id, isoDate, month };

/**
 * A whole number written in plain decimal digits (path and query values are strings): no
 * `0x…`, `0b…`, exponents, signs or spaces — `Number()` would take them all (a year written
 * `0b11111101001` is 2025).
 */
export const digits = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, 'must be a whole number in decimal digits')
    // The OpenAPI document says what a client sends: an integer in the path or query string.
    .meta({ type: 'integer', minimum: min, maximum: max } as Record<string, unknown>)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

/**
 * Text as people write it: no control characters (a line break or tab only where `multiline`),
 * no bidirectional overrides (which make a masked name read differently on screen) and no lone
 * surrogates (half a character).
 */
// C0/C1 controls, and the bidi embedding, override, isolate and direction marks.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LINE_BREAKS = /[\t\n\r]/;
const plain = (multiline: boolean) => (s: string) =>
  !LONE_SURROGATE.test(s) && !CONTROL.test(s) && !BIDI.test(s) && (multiline || !LINE_BREAKS.test(s));
const PLAIN_MESSAGE = 'must not contain control characters, bidirectional overrides or broken characters';
export const name = once(() => z.string().trim().min(1).max(100).refine(plain(false), PLAIN_MESSAGE));
export const text = (max: number, multiline = true) => z.string().trim().min(1).max(max).refine(plain(multiline), PLAIN_MESSAGE);
/**
 * A receipt or cancel code as handed out (Crockford base32 on paper): compared case- and
 * space-insensitively, so only letters, digits and spaces are taken; anything else is a typo, not a guess.
 */
export const secretCode = once(() =>
  z
    .string()
    .min(1)
    .max(32)
    .regex(/^[A-Za-z0-9 ]+$/, 'must be the code as printed (letters and digits)'),
);
export const role = once(() => z.enum(ROLES));
export const timestamp = once(() =>
  z.iso.datetime({ offset: true }).refine(inRange, 'must be an ISO 8601 instant with offset (years 1900-2199)'),
);

/** The page size and the cursor of every list (a shape: lists spread it into their query). */
export const pageQuery = once(() => ({
  limit: digits(1, 200).default(50),
  cursor: z.string().max(2048).optional(),
}));

/**
 * Every `{param}` in a route path is validated by the schema of the same name (each built at
 * its first read: a function reads only its own routes' parameters).
 */
export const pathParams = builtOnRead({
  hallId: () => id,
  departmentId: () => id,
  windowId: () => id,
  staffId: () => id,
  itemId: () => id,
  caseId: () => id,
  complaintId: () => id,
  appointmentId: () => id,
  from: () => isoDate,
  date: () => isoDate,
  month: () => month,
  year: () => digits(2000, 2100),
  entryId: () => id,
  n: () => digits(1, 1000),
  quarter: () => z.string().regex(/^\d{4}-Q[1-4]$/, 'must be a quarter YYYY-Qn'),
  /** A printed notice of a case. */
  kind: () => z.enum(NOTICE_KINDS),
  /** A queue ticket: its day and number. */
  ticketId: () => z.string().regex(TICKET_ID, 'must be a ticket id: its day and number, e.g. 2025-10-09-A001'),
});

export type PathParamName = keyof typeof pathParams;

/** The OpenAPI document itself (its shape is OpenAPI 3.1's; only the top level is listed). */
export const openApiDocumentShape = once(() =>
  z.looseObject({
    openapi: z.string(),
    info: z.looseObject({ title: z.string(), version: z.string() }),
    paths: z.record(z.string(), z.record(z.string(), z.unknown())),
  }),
);
