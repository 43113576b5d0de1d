/**
 * Schemas shared by every part of the public contract (docs/API.md "Conventions"): the field
 * schemas (./fields), the error body every refusal has, and the OpenAPI document's own shape,
 * both built when this module is imported (the functions import ./fields instead).
 */
import * as z from 'zod';
import { ERROR_CODES } from '#domain/errors';
import { openApiDocumentShape } from './fields';

export * from './fields';

export const errorBody = z.strictObject({
  error: z.strictObject({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.array(z.strictObject({ field: z.string(), message: z.string() })),
  }),
});

/** The OpenAPI document itself (its shape is OpenAPI 3.1's; only the top level is listed). */
export const openApiReply = openApiDocumentShape();
