/**
 * Verified JWT claims → principal. API Gateway's JWT authorizer has already checked the
 * signature, issuer, audience and expiry; it hands the claims over with array claims
 * flattened to a string like "[hall-admin window-staff]". Both forms (and Cognito's
 * `cognito:groups` / `custom:hallId` / `custom:windowId`) are read here, and only here.
 */
import { ROLES, type Principal, type Role } from '#domain/access';

export type Claims = Record<string, unknown>;

const MAX_SUBJECT_BYTES = 256;

/**
 * A list claim in exactly the forms it arrives in: an array (a verified token, locally), a
 * JSON array string, or API Gateway's flattening of an array, "[a b]" (space-separated inside
 * brackets). Any other string is one value: "hall-admin,window-staff" is not two roles.
 */
function claimList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value !== 'string') return [];
  if (!value.startsWith('[') || !value.endsWith(']')) return [value];
  try {
    const parsed: unknown = JSON.parse(value);
    if (Array.isArray(parsed)) return parsed.filter((v): v is string => typeof v === 'string');
  } catch {
    // Not JSON: API Gateway's "[a b]".
  }
  return value.slice(1, -1).split(' ').filter(Boolean);
}

const isRole = (r: string): r is Role => (ROLES as readonly string[]).includes(r);

export function principalFromClaims(claims: Claims | undefined): Principal | undefined {
  const sub = claims?.sub;
  // The subject becomes part of keys (staff look-up, idempotency scopes): a sane length only.
  if (typeof sub !== 'string' || sub === '' || Buffer.byteLength(sub) > MAX_SUBJECT_BYTES) return undefined;
  const roles = new Set([...claimList(claims?.roles), ...claimList(claims?.['cognito:groups'])].filter(isRole));
  const hallId = stringClaim(claims, 'hallId');
  // A rating device's window; the access rules read it for that role only.
  const windowId = stringClaim(claims, 'windowId');
  return { id: sub, roles, ...(hallId ? { hallId } : {}), ...(windowId ? { windowId } : {}) };
}

/** A single-valued claim, as issued or as Cognito's custom attribute (`custom:<name>`). */
function stringClaim(claims: Claims | undefined, name: string): string | undefined {
  const value = claims?.[name] ?? claims?.[`custom:${name}`];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
