/** Schemas shared by every part of the public contract (docs/API.md "Conventions"). */
import * as z from 'zod';
import { isIsoDate, isMonth } from '#domain/time';
import { ROLES } from '#domain/access';
import { ERROR_CODES } from '#domain/errors';
import { NOTICE_KINDS } from '#domain/cases';

export const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 characters of A-Z a-z 0-9 _ -');
// Business dates stay within 1900-2199: far enough for any case, near enough for date arithmetic.
const inRange = (s: string) => s >= '1900' && s < '2200';
export const isoDate = z.string().refine((s) => isIsoDate(s) && inRange(s), 'must be a real date YYYY-MM-DD (years 1900-2199)');
export const month = z.string().refine((s) => isMonth(s) && inRange(s), 'must be a month YYYY-MM (years 1900-2199)');
export const year = z.coerce.number().int().min(2000).max(2100);
export const name = z.string().trim().min(1).max(100);
export const text = (max: number) => z.string().trim().min(1).max(max);
export const role = z.enum(ROLES);
export const timestamp = z.iso.datetime({ offset: true }).refine(inRange, 'must be an ISO 8601 instant with offset (years 1900-2199)');

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(2048).optional(),
};

export const errorBody = z.strictObject({
  error: z.strictObject({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.array(z.strictObject({ field: z.string(), message: z.string() })),
  }),
});

/** Every `{param}` in a route path is validated by the schema of the same name. */
export const pathParams = {
  hallId: id,
  departmentId: id,
  windowId: id,
  staffId: id,
  itemId: id,
  caseId: id,
  complaintId: id,
  from: isoDate,
  date: isoDate,
  month,
  year,
  entryId: id,
  n: z.coerce.number().int().min(1).max(1000),
  quarter: z.string().regex(/^\d{4}-Q[1-4]$/, 'must be a quarter YYYY-Qn'),
  /** A printed notice of a case. */
  kind: z.enum(NOTICE_KINDS),
} as const;

export type PathParamName = keyof typeof pathParams;

/** The OpenAPI document itself (its shape is OpenAPI 3.1's; only the top level is listed). */
export const openApiReply = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
});
