/**
 * The small set of errors the domain raises. Each carries a stable code from the public
 * contract; the HTTP layer maps the kind to a status in one place (shared/http/errors.ts).
 */

export type ErrorKind =
  | 'invalid' // 400: malformed or invalid input
  | 'unauthenticated' // 401
  | 'forbidden' // 403: not allowed for this role or hall
  | 'not-found' // 404
  | 'conflict' // 409: duplicate, stale state, already done
  | 'refused' // 422: valid input that the rules refuse
  | 'too-large' // 413
  | 'rate-limited' // 429: too many requests from one source; retry later
  | 'unavailable'; // 503: a dependency is throttling; safe to retry

export interface ErrorDetail {
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const invalid = (message: string, details: ErrorDetail[] = [], code = 'VALIDATION_FAILED') =>
  new DomainError('invalid', code, message, details);

export const unauthenticated = (message = 'A valid bearer token is required') =>
  new DomainError('unauthenticated', 'UNAUTHENTICATED', message);

export const forbidden = (message: string) => new DomainError('forbidden', 'FORBIDDEN', message);

export const notFound = (what: string, code = `${what.toUpperCase().replace(/[^A-Z]+/g, '_')}_NOT_FOUND`) =>
  new DomainError('not-found', code, `${what} not found`);

export const conflict = (code: string, message: string) => new DomainError('conflict', code, message);

export const refused = (code: string, message: string, details: ErrorDetail[] = []) => new DomainError('refused', code, message, details);

export const tooLarge = (message: string) => new DomainError('too-large', 'PAYLOAD_TOO_LARGE', message);

export const unavailable = (message: string) => new DomainError('unavailable', 'SERVICE_UNAVAILABLE', message);

export class RateLimited extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('rate-limited', 'TOO_MANY_REQUESTS', message);
  }
}

export const isDomainError = (err: unknown, code: string): err is DomainError => err instanceof DomainError && err.code === code;
