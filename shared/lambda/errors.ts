/** Every failure becomes the error shape of docs/API.md here, and only here. */
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import * as z from 'zod';
import { DomainError, RateLimited, type ErrorCode, type ErrorDetail, type ErrorKind } from '#domain/errors';
import { isConditionalCheckFailure, isItemTooLarge, isThrottling } from '#adapters/dynamo';

const STATUS: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'too-large': 413,
  refused: 422,
  'rate-limited': 429,
  unavailable: 503,
};

export const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

export function errorReply(
  status: number,
  code: ErrorCode,
  message: string,
  details: ErrorDetail[] = [],
  headers: Record<string, string> = {},
): APIGatewayProxyStructuredResultV2 {
  return { statusCode: status, headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify({ error: { code, message, details } }) };
}

export function zodDetails(error: z.ZodError, prefix = ''): ErrorDetail[] {
  const fieldOf = (path: PropertyKey[]) => [prefix, ...path.map(String)].filter(Boolean).join('.') || '(body)';
  // An unknown key is named itself (`query.LIMIT`), so a client sees which one to drop.
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          field: fieldOf([...issue.path, key]),
          message: `not a ${prefix === 'query' ? 'parameter' : 'field'} of this call`,
        }))
      : [{ field: fieldOf(issue.path), message: issue.message }],
  );
}

/** Maps an error to a reply; `internal` is true when the fault is ours and must be logged. */
export function toErrorReply(err: unknown): { reply: APIGatewayProxyStructuredResultV2; internal: boolean } {
  if (err instanceof DomainError) {
    const retry =
      err instanceof RateLimited
        ? { 'retry-after': String(err.retryAfterSeconds) }
        : err.kind === 'unavailable'
          ? { 'retry-after': '1' }
          : undefined;
    return { reply: errorReply(STATUS[err.kind], err.code, err.message, err.details, retry), internal: false };
  }
  if (err instanceof z.ZodError) {
    return { reply: errorReply(400, 'VALIDATION_FAILED', 'The request is not valid', zodDetails(err)), internal: false };
  }
  if (isItemTooLarge(err)) {
    // shared/domain/record-size.ts keeps records below the limit; should one still pass it, say so (and log it).
    return {
      reply: errorReply(422, 'RECORD_TOO_LARGE', 'The record would exceed the size DynamoDB allows for one item'),
      internal: true,
    };
  }
  if (isThrottling(err)) {
    return {
      reply: errorReply(503, 'SERVICE_UNAVAILABLE', 'The service is busy; retry shortly', [], { 'retry-after': '1' }),
      internal: false,
    };
  }
  if (isConditionalCheckFailure(err)) {
    // A write raced another one that was not anticipated as a domain conflict.
    return { reply: errorReply(409, 'CONFLICT', 'The record was changed concurrently; reload and retry'), internal: true };
  }
  return { reply: errorReply(500, 'INTERNAL', 'An internal error occurred'), internal: true };
}
