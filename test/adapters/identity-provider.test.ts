/**
 * docs/identity-provider.md is a contract: the example tokens written there, signed as it says
 * (RS256), pass the local verifier (what the API Gateway JWT authorizer checks) and yield the
 * principals the document names; what it says is refused is refused.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { principalFromClaims } from '#adapters/auth';
import { LOCAL_AUDIENCE, LOCAL_ISSUER, loadOrCreateKeys, verifyBearer, type LocalKeys } from '#local/auth';

const doc = await readFile(new URL('../../docs/identity-provider.md', import.meta.url), 'utf8');
const [oidcExample, cognitoExample, deviceExample] = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map(
  (m) => JSON.parse(m[1]!) as JWTPayload,
);

let dir: string;
let keys: LocalKeys;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hall-idp-'));
  keys = await loadOrCreateKeys(dir);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const now = () => Math.floor(Date.now() / 1000);

/**
 * The example as the provider would issue it now: its claims, with the local issuer and
 * audience standing in for the stack's hall:jwtIssuer and hall:jwtAudience.
 */
function issue(example: JWTPayload, changes: { iss?: string; aud?: string; alg?: string } = {}, key: CryptoKey = keys.privateKey) {
  const { iss: _iss, aud: _aud, iat: _iat, exp: _exp, ...claims } = example;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: changes.alg ?? 'RS256', typ: 'JWT' })
    .setIssuer(changes.iss ?? LOCAL_ISSUER)
    .setAudience(changes.aud ?? LOCAL_AUDIENCE)
    .setIssuedAt(now())
    .setExpirationTime(now() + 3600)
    .sign(key);
}

const principalOf = async (token: string) => principalFromClaims(await verifyBearer(keys, `Bearer ${token}`));

describe('the examples of docs/identity-provider.md', () => {
  it('are the OIDC form, the Cognito form and a rating device', () => {
    expect(oidcExample).toMatchObject({ sub: 's-zhang-san', roles: ['window-staff'], hallId: 'lianshui' });
    expect(cognitoExample).toMatchObject({
      sub: 'admin-li-si',
      'cognito:groups': ['hall-admin', 'scoring-dept'],
      'custom:hallId': 'lianshui',
    });
  });

  it('an external provider’s token (roles, hallId) passes and yields the window staff member of the hall', async () => {
    expect(await principalOf(await issue(oidcExample!))).toEqual({
      id: 's-zhang-san',
      hallId: 'lianshui',
      roles: new Set(['window-staff']),
    });
  });

  it('a Cognito ID token (cognito:groups, custom:hallId) passes and yields the hall admin who also scores', async () => {
    expect(await principalOf(await issue(cognitoExample!))).toEqual({
      id: 'admin-li-si',
      hallId: 'lianshui',
      roles: new Set(['hall-admin', 'scoring-dept']),
    });
  });

  it("a rating device's token (roles, hallId, windowId) passes and yields the device of its window", async () => {
    expect(await principalOf(await issue(deviceExample!))).toEqual({
      id: 'device-w3',
      hallId: 'lianshui',
      roles: new Set(['rating-device']),
      windowId: 'w3',
    });
  });

  it('an agency admin carries no hall', async () => {
    const { hallId: _hall, ...agency }: JWTPayload = { ...oidcExample!, sub: 'agency-1', roles: ['agency-admin'] };
    expect(await principalOf(await issue(agency))).toEqual({ id: 'agency-1', roles: new Set(['agency-admin']) });
  });
});

describe('what the document says is refused', () => {
  it.each([
    ['the issuer with a trailing slash', () => issue(oidcExample!, { iss: `${LOCAL_ISSUER}/` })],
    ['another audience', () => issue(oidcExample!, { aud: 'another-client' })],
    ['ES256 (not an RSA key)', async () => issue(oidcExample!, { alg: 'ES256' }, (await generateKeyPair('ES256')).privateKey)],
    ['another RSA key', async () => issue(oidcExample!, {}, (await generateKeyPair('RS256')).privateKey)],
  ])('%s', async (_, token) => {
    expect(await verifyBearer(keys, `Bearer ${await token()}`)).toBeUndefined();
  });

  it('a token without sub passes the verifier but yields no principal (401 from the function)', async () => {
    const { sub: _sub, ...anonymous } = oidcExample!;
    const claims = await verifyBearer(keys, `Bearer ${await issue(anonymous)}`);
    expect(claims).toBeDefined();
    expect(principalFromClaims(claims)).toBeUndefined();
  });
});
