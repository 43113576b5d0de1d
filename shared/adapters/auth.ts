/**
 * Verified JWT claims → principal. API Gateway's JWT authorizer has already checked the
 * signature, issuer, audience and expiry; it hands the claims over with array claims
 * flattened to a string like "[hall-admin window-staff]". Both forms (and Cognito's
 * `cognito:groups` / `custom:hallId`) are read here, and only here.
 */
import { ROLES, type Principal, type Role } from '#domain/access';

export type Claims = Record<string, unknown>;

const MAX_SUBJECT_BYTES = 256;

function claimList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string') return [];
  const text = value.trim();
  if (text.startsWith('[') && text.includes('"')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      // Not JSON: fall through to the API Gateway "[a b]" form.
    }
  }
  return text
    .replace(/^\[|\]$/g, '')
    .split(/[\s,]+/)
    .filter(Boolean);
}

const isRole = (r: string): r is Role => (ROLES as readonly string[]).includes(r);

export function principalFromClaims(claims: Claims | undefined): Principal | undefined {
  const sub = claims?.sub;
  // The subject becomes part of keys (staff look-up, idempotency scopes): a sane length only.
  if (typeof sub !== 'string' || sub === '' || Buffer.byteLength(sub) > MAX_SUBJECT_BYTES) return undefined;
  const roles = new Set([...claimList(claims?.roles), ...claimList(claims?.['cognito:groups'])].filter(isRole));
  const hallClaim = claims?.hallId ?? claims?.['custom:hallId'];
  const hallId = typeof hallClaim === 'string' && hallClaim !== '' ? hallClaim : undefined;
  return hallId ? { id: sub, hallId, roles } : { id: sub, roles };
}
