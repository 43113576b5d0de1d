/**
 * The small set of errors the domain raises. Each carries a stable code from the list below
 * (clients branch on it; docs/API.md lists them); the HTTP layer maps the kind to a status in
 * one place (shared/lambda/errors.ts).
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

/** Every error code the API answers with. */
export const ERROR_CODES = [
  // 400
  'VALIDATION_FAILED',
  'INVALID_JSON',
  'INVALID_CURSOR',
  'MALFORMED_PATH',
  'MALFORMED_REQUEST',
  // 401, 403
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'STAFF_INACTIVE',
  'TICKET_AT_OTHER_WINDOW',
  'SERVED_AT_OTHER_WINDOW',
  // 404
  'ROUTE_NOT_FOUND',
  'HALL_NOT_FOUND',
  'ITEM_NOT_FOUND',
  'STAFF_NOT_FOUND',
  'WINDOW_NOT_FOUND',
  'LEAVE_NOT_FOUND',
  'CASE_NOT_FOUND',
  'COMPLAINT_NOT_FOUND',
  'ASSESSMENT_NOT_COMPUTED',
  'REVISION_NOT_FOUND',
  'ENTRY_NOT_FOUND',
  'RANKING_NOT_PUBLISHED',
  'APPOINTMENT_NOT_FOUND',
  /** 404 on a listing, 422 on a booking: the item takes no appointments (no slot configuration). */
  'APPOINTMENTS_NOT_OFFERED',
  'TICKET_NOT_FOUND',
  // 409
  'CONFLICT',
  'CASE_EXISTS',
  'STALE_CASE',
  'CASE_CONCLUDED',
  'CASE_NOT_ACCEPTED',
  'NOT_AWAITING_MATERIALS',
  'ALREADY_RATED',
  'COMPLAINT_RESOLVED',
  'STALE_COMPLAINT',
  'ENTRY_EXISTS',
  'ENTRY_VOIDED',
  'COMPLAINT_NOT_OPEN',
  'NOT_UNDER_REVIEW',
  'REVISION_EXISTS',
  'IDEMPOTENCY_KEY_REUSED',
  'IDEMPOTENCY_IN_PROGRESS',
  'NOT_SUSPENDED',
  'CASE_REFERRED',
  'NOTICE_NOT_AVAILABLE',
  'SLOT_FULL',
  'DUPLICATE_BOOKING',
  'APPOINTMENT_NOT_BOOKED',
  'QUEUE_CAP_REACHED',
  'WINDOW_BUSY',
  'TICKET_EXPIRED',
  'TICKET_NOT_WAITING',
  'TICKET_NOT_CALLED',
  'STALE_TICKET',
  // 413, 431
  'PAYLOAD_TOO_LARGE',
  'HEADERS_TOO_LARGE',
  // 422
  'ITEM_NOT_AT_WINDOW',
  'UNKNOWN_MATERIAL',
  'UNKNOWN_REFERENCE',
  'DEADLINE_PASSED',
  'MONTH_NOT_STARTED',
  'RULES_IN_THE_PAST',
  'MONTH_NOT_FINAL',
  'RECORD_FULL',
  'RECORD_TOO_LARGE',
  'REASON_REQUIRED',
  'EXTENSION_ALREADY_GRANTED',
  'EXTENSION_TOO_LONG',
  'NOT_AN_APPROVAL_ITEM',
  'ALREADY_AT_WINDOW',
  'HALL_CLOSED',
  'OUTSIDE_OPENING_HOURS',
  'BEYOND_HORIZON',
  'IN_THE_PAST',
  'CHECK_IN_TOO_EARLY',
  'CHECK_IN_TOO_LATE',
  'NO_SHOW_TOO_EARLY',
  'ITEM_NOT_QUEUED',
  'TICKET_NOT_RECALLED',
  'TRANSFER_TO_SAME_WINDOW',
  'CASE_NOT_SERVED',
  'RATING_WINDOW_CLOSED',
  'DAY_NOT_STARTED',
  // 429, 500, 503
  'TOO_MANY_REQUESTS',
  'INTERNAL',
  'SERVICE_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorDetail {
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const invalid = (message: string, details: ErrorDetail[] = [], code: ErrorCode = 'VALIDATION_FAILED') =>
  new DomainError('invalid', code, message, details);

export const unauthenticated = (message = 'A valid bearer token is required') =>
  new DomainError('unauthenticated', 'UNAUTHENTICATED', message);

export const forbidden = (message: string) => new DomainError('forbidden', 'FORBIDDEN', message);

export const notFound = (code: ErrorCode, message: string) => new DomainError('not-found', code, message);

export const conflict = (code: ErrorCode, message: string) => new DomainError('conflict', code, message);

export const refused = (code: ErrorCode, message: string, details: ErrorDetail[] = []) =>
  new DomainError('refused', code, message, details);

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

export const isDomainError = (err: unknown, code: ErrorCode): err is DomainError => err instanceof DomainError && err.code === code;
