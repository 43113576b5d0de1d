/**
 * The local JWT issuer and verifier: what the API Gateway JWT authorizer does in AWS
 * (RS256 signature, exact issuer, audience, expiry), with a key kept in the state folder so
 * `npm run token` in another terminal signs tokens the running server accepts.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SignJWT, exportJWK, generateKeyPair, importJWK, jwtVerify, type JWK, type JWTPayload, type CryptoKey } from 'jose';

export const LOCAL_ISSUER = 'https://hall.local/issuer';
export const LOCAL_AUDIENCE = 'hall-api';
const ALG = 'RS256';
/** Tolerance for the issuer's clock running ahead (as authorizers allow). */
const CLOCK_SKEW_SECONDS = 60;

export interface LocalKeys {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}

export async function loadOrCreateKeys(stateDir: string): Promise<LocalKeys> {
  const file = join(stateDir, 'jwt-signing-key.json');
  try {
    const jwk = JSON.parse(await readFile(file, 'utf8')) as JWK;
    const { d: _private, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = jwk;
    return { privateKey: (await importJWK(jwk, ALG)) as CryptoKey, publicKey: (await importJWK(publicJwk, ALG)) as CryptoKey };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const keys = await generateKeyPair(ALG, { extractable: true });
  await mkdir(stateDir, { recursive: true });
  await writeFile(file, JSON.stringify(await exportJWK(keys.privateKey)), { mode: 0o600 });
  return keys;
}

export interface TokenRequest {
  sub: string;
  roles: string[];
  hallId?: string;
  /** A rating device's window. */
  windowId?: string;
  ttlSeconds?: number;
}

export function signToken(keys: LocalKeys, t: TokenRequest): Promise<string> {
  return new SignJWT({ roles: t.roles, ...(t.hallId ? { hallId: t.hallId } : {}), ...(t.windowId ? { windowId: t.windowId } : {}) })
    .setProtectedHeader({ alg: ALG, typ: 'JWT' })
    .setSubject(t.sub)
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${t.ttlSeconds ?? 12 * 3600}s`)
    .sign(keys.privateKey);
}

/** API Gateway hands claims to the function as strings, arrays flattened to "[a b]". */
function asApiGatewayClaims(payload: JWTPayload): Record<string, string> {
  return Object.fromEntries(
    Object.entries(payload).map(([k, v]) => [k, Array.isArray(v) ? `[${v.join(' ')}]` : typeof v === 'string' ? v : JSON.stringify(v)]),
  );
}

/** Claims of a valid bearer token, or undefined (the caller answers 401). */
export async function verifyBearer(keys: LocalKeys, authorization: string | undefined): Promise<Record<string, string> | undefined> {
  const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token) return undefined;
  try {
    // Like the API Gateway JWT authorizer: an expiry is required, and a token issued in the future is refused.
    const { payload } = await jwtVerify(token, keys.publicKey, {
      issuer: LOCAL_ISSUER,
      audience: LOCAL_AUDIENCE,
      algorithms: [ALG],
      requiredClaims: ['exp'],
    });
    if (payload.iat !== undefined && payload.iat > Math.floor(Date.now() / 1000) + CLOCK_SKEW_SECONDS) return undefined;
    return asApiGatewayClaims(payload);
  } catch {
    return undefined;
  }
}

/** How many verified tokens a verifier remembers (a few per person using the local server). */
const REMEMBERED_TOKENS = 1000;

/**
 * `verifyBearer` for a server: it remembers the claims of the tokens it verified, so a token is
 * checked (RS256) once, not on every request — in AWS the authorizer's work costs the function
 * nothing, here it would take the API's CPU. A remembered token is refused once it expires.
 */
export function bearerVerifier(keys: LocalKeys): (authorization: string | undefined) => Promise<Record<string, string> | undefined> {
  const verified = new Map<string, { claims: Record<string, string>; expires: number }>();
  return async (authorization) => {
    const remembered = authorization === undefined ? undefined : verified.get(authorization);
    // As jose checks it: valid while the expiry is after the current second.
    if (remembered && remembered.expires > Math.floor(Date.now() / 1000)) return remembered.claims;
    const claims = await verifyBearer(keys, authorization);
    if (authorization === undefined || !claims) return undefined;
    if (verified.size >= REMEMBERED_TOKENS) verified.delete(verified.keys().next().value!);
    verified.set(authorization, { claims, expires: Number(claims.exp) });
    return claims;
  };
}

/**
 * A secret of the local runtime, 32 random bytes in the state folder, made once: the stand-in
 * for the KMS key that protects personal data (`pii-key.bin`) and for the hashing secret
 * Secrets Manager holds in AWS (`hash-key.bin`).
 */
export async function loadOrCreateSecret(stateDir: string, name: 'pii-key.bin' | 'hash-key.bin'): Promise<Buffer> {
  const file = join(stateDir, name);
  try {
    return await readFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const key = randomBytes(32);
  await mkdir(stateDir, { recursive: true });
  await writeFile(file, key, { mode: 0o600, flag: 'wx' }).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'EEXIST') throw err;
  });
  return readFile(file);
}
