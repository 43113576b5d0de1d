/**
 * Hardening against the real local runtime (one for the file): the JWT checks the API Gateway
 * authorizer makes, claims in the flattened form API Gateway hands to functions, taking over
 * an idempotency claim left by a dead invocation, and the agency's warning about a coming
 * year without a national holiday schedule.
 */
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { SignJWT, generateKeyPair, type CryptoKey, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { handler as setupHandler } from '../../functions/api/setup';
import { LOCAL_AUDIENCE, LOCAL_ISSUER } from '../../local/auth';
import { routes } from '../../shared/api/routes';
import { fingerprint } from '../../shared/adapters/idempotency';
import { keys } from '../../shared/adapters/table';
import { setUpHall, type HallFixture } from '#local/harness/hall';
import { settableClock } from '#local/clock';
import { startHarness, type Harness } from '#local/harness/runtime';
import { apiGatewayEvent, lambdaContext } from '../support/api-gateway';

let t: Harness;
let hall: HallFixture;

beforeAll(async () => {
  t = await startHarness({ clock: settableClock('2025-09-26T09:00:00+08:00') });
  hall = await setUpHall(t);
});
afterAll(() => t.stop());

describe('JWT verification (what the API Gateway authorizer checks)', () => {
  const nowSeconds = () => Math.floor(Date.now() / 1000);
  const agencyClaims = { roles: ['agency-admin'] };

  function sign(
    key: CryptoKey,
    options: { issuer?: string; audience?: string; issuedAt?: number; expiresAt?: number; sub?: string | null } = {},
  ): Promise<string> {
    const jwt = new SignJWT(agencyClaims)
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
      .setIssuer(options.issuer ?? LOCAL_ISSUER)
      .setAudience(options.audience ?? LOCAL_AUDIENCE)
      .setIssuedAt(options.issuedAt ?? nowSeconds())
      .setExpirationTime(options.expiresAt ?? nowSeconds() + 600);
    if (options.sub !== null) jwt.setSubject(options.sub ?? 'agency-1');
    return jwt.sign(key);
  }

  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = (payload: JWTPayload) => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`;

  const putHall = (token: string) =>
    t.call('PUT /v1/halls/{hallId}', { params: { hallId: 'h9' }, token, body: { name: '测试县政务服务中心' } });

  it('accepts a valid token signed with the runtime key (200 as agency-admin)', async () => {
    const reply = await putHall(await sign(t.runtime.keys.privateKey));
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ hallId: 'h9', name: '测试县政务服务中心' });
  });

  it.each([
    ['expired', () => sign(t.runtime.keys.privateKey, { issuedAt: nowSeconds() - 7200, expiresAt: nowSeconds() - 3600 })],
    ['expired a second ago', () => sign(t.runtime.keys.privateKey, { issuedAt: nowSeconds() - 600, expiresAt: nowSeconds() - 1 })],
    ['for another audience', () => sign(t.runtime.keys.privateKey, { audience: 'another-api' })],
    ['from another issuer', () => sign(t.runtime.keys.privateKey, { issuer: 'https://evil.example/issuer' })],
    ['without a subject', () => sign(t.runtime.keys.privateKey, { sub: null })],
    ['signed with another RSA key', async () => sign((await generateKeyPair('RS256', { extractable: true })).privateKey, {})],
    [
      'unsigned (alg: none)',
      () =>
        unsigned({
          sub: 'agency-1',
          roles: ['agency-admin'],
          iss: LOCAL_ISSUER,
          aud: LOCAL_AUDIENCE,
          iat: nowSeconds(),
          exp: nowSeconds() + 600,
        }),
    ],
    [
      'HS256 with a guessed secret (algorithm confusion)',
      () =>
        new SignJWT(agencyClaims)
          .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
          .setSubject('agency-1')
          .setIssuer(LOCAL_ISSUER)
          .setAudience(LOCAL_AUDIENCE)
          .setIssuedAt()
          .setExpirationTime('10m')
          .sign(new TextEncoder().encode('a-shared-secret-of-at-least-32-bytes!!')),
    ],
  ])('401 for a token %s, and nothing changes', async (_what, token) => {
    const reply = await t.call('PUT /v1/halls/{hallId}', { params: { hallId: 'h9-refused' }, token: await token(), body: { name: 'x' } });
    expect(reply.status).toBe(401);
    expect(reply.error!.code).toBe('UNAUTHENTICATED');
    expect((await t.call('GET /v1/public/halls/{hallId}/items', { params: { hallId: 'h9-refused' } })).status).toBe(404);
  });

  it('401 for a bearer header that is not one token', async () => {
    const valid = await sign(t.runtime.keys.privateKey);
    for (const authorization of [`Basic ${valid}`, `Bearer`, `Bearer ${valid} ${valid}`]) {
      const reply = await t.call('PUT /v1/halls/{hallId}', { params: { hallId: 'h9' }, headers: { authorization }, body: { name: 'x' } });
      expect(reply.status, authorization.slice(0, 12)).toBe(401);
    }
  });
});

describe('claims as API Gateway hands them to the function', () => {
  const context = lambdaContext;

  const event = (routeKey: string, pathParameters: Record<string, string>, body: unknown, claims: Record<string, string>) =>
    apiGatewayEvent(routeKey, { pathParameters, body, claims });

  async function call(e: APIGatewayProxyEventV2WithJWTAuthorizer) {
    const reply = await setupHandler.withDeps(t.runtime.deps)(e, context);
    const body: unknown = JSON.parse(String(reply.body ?? ''));
    return { status: reply.statusCode, body };
  }

  const HALL = 'PUT /v1/halls/{hallId}';
  const DEPARTMENT = 'PUT /v1/halls/{hallId}/departments/{departmentId}';
  const iat = String(Math.floor(Date.parse('2025-09-26T01:00:00Z') / 1000));

  it('roles "[agency-admin]" (a flattened array) makes an agency admin', async () => {
    const reply = await call(
      event(HALL, { hallId: 'h3' }, { name: '盱眙县政务服务中心' }, { sub: 'agency-9', roles: '[agency-admin]', iat, iss: LOCAL_ISSUER }),
    );
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ hallId: 'h3', name: '盱眙县政务服务中心' });
    // The write went to the runtime's store: visible over HTTP.
    const guide = await t.call('GET /v1/public/halls/{hallId}/items', { params: { hallId: 'h3' } });
    expect(guide.status).toBe(200);
    expect(guide.body.hallName).toBe('盱眙县政务服务中心');
  });

  it('several flattened roles, and a JSON-array string, work too', async () => {
    const several = await call(
      event(HALL, { hallId: 'h3' }, { name: '盱眙县政务服务中心' }, { sub: 'x', roles: '[window-staff agency-admin]' }),
    );
    expect(several.status).toBe(200);
    const json = await call(event(HALL, { hallId: 'h3' }, { name: '盱眙县政务服务中心' }, { sub: 'x', roles: '["agency-admin"]' }));
    expect(json.status).toBe(200);
  });

  it('cognito:groups "[hall-admin]" with custom:hallId makes a hall admin of that hall only', async () => {
    const claims = { sub: 'cognito-admin-3', 'cognito:groups': '[hall-admin]', 'custom:hallId': 'h3', token_use: 'id' };
    const own = await call(event(DEPARTMENT, { hallId: 'h3', departmentId: 'tax' }, { name: '税务局' }, claims));
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ hallId: 'h3', departmentId: 'tax', name: '税务局' });
    const other = await call(event(DEPARTMENT, { hallId: 'h1', departmentId: 'tax' }, { name: '税务局' }, claims));
    expect(other.status).toBe(403);
    // A hall admin is not an agency admin, whatever the flattened form.
    const notAgency = await call(event(HALL, { hallId: 'h3' }, { name: 'renamed' }, claims));
    expect(notAgency.status).toBe(403);
  });

  it('no role claim → 403; no subject → 401', async () => {
    expect((await call(event(HALL, { hallId: 'h3' }, { name: 'x' }, { sub: 'nobody' }))).status).toBe(403);
    expect((await call(event(HALL, { hallId: 'h3' }, { name: 'x' }, { roles: '[agency-admin]' }))).status).toBe(401);
  });
});

describe('idempotency: taking over a claim left by an invocation that died', () => {
  const intake = routes['POST /v1/halls/{hallId}/cases'].body;
  const scope = () => `${hall.hallId}:cases:s-a`;
  const bodyFor = (name: string) => ({ itemId: 'record', windowId: 'w1', applicant: { name }, submittedMaterials: ['application'] });

  async function writeClaim(idempotencyKey: string, body: unknown, resultId: string, state = 'in-progress') {
    await t.runtime.deps.db.send(
      new PutCommand({
        TableName: t.runtime.deps.tableName,
        Item: {
          ...keys.idempotency(scope(), idempotencyKey),
          entity: 'idempotency',
          // What the handler fingerprints: the body as validated (zod output).
          fingerprint: await fingerprint(t.runtime.deps, intake.parse(body)),
          state,
          resultId,
          claimedAt: Date.now() - 60_000,
          expiresAt: Math.floor(Date.now() / 1000) + 3600,
        },
      }),
    );
  }

  const claimOf = async (idempotencyKey: string) =>
    (
      await t.runtime.deps.db.send(
        new GetCommand({ TableName: t.runtime.deps.tableName, Key: keys.idempotency(scope(), idempotencyKey), ConsistentRead: true }),
      )
    ).Item;

  async function casesWithId(caseId: string) {
    const list = await t.call('GET /v1/halls/{hallId}/cases', {
      params: { hallId: 'h1' },
      query: { windowId: 'w1', month: '2025-09', limit: '100' },
      token: hall.tokens.admin,
    });
    expect(list.status).toBe(200);
    return (list.body.items as { caseId: string }[]).filter((c) => c.caseId === caseId);
  }

  it('creates the case with the reserved id, then replays it', async () => {
    const reserved = '01K61RHEM000000000000TAKE1';
    const key = 'takeover-key-1';
    const body = bodyFor('测试甲');
    await writeClaim(key, body, reserved);

    const first = await t.call('POST /v1/halls/{hallId}/cases', {
      params: { hallId: 'h1' },
      token: hall.tokens.staffA,
      body,
      headers: { 'idempotency-key': key },
    });
    expect(first.status).toBe(201);
    expect(first.body.caseId).toBe(reserved);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(await claimOf(key)).toMatchObject({ state: 'completed', resultId: reserved });

    const again = await t.call('POST /v1/halls/{hallId}/cases', {
      params: { hallId: 'h1' },
      token: hall.tokens.staffA,
      body,
      headers: { 'idempotency-key': key },
    });
    expect(again.status).toBe(201);
    expect(again.body.caseId).toBe(reserved);
    expect(again.body.publicCode).toBe(first.body.publicCode);
    expect(again.headers.get('idempotent-replayed')).toBe('true');

    expect(await casesWithId(reserved)).toHaveLength(1);
  });

  it('finishes the work of an invocation that died after creating the case, without a second case', async () => {
    const key = 'takeover-key-2';
    const body = bodyFor('测试乙');
    const created = await t.call('POST /v1/halls/{hallId}/cases', {
      params: { hallId: 'h1' },
      token: hall.tokens.staffA,
      body,
      headers: { 'idempotency-key': key },
    });
    expect(created.status).toBe(201);
    // As if the invocation had died between creating the case and completing the claim.
    await t.runtime.deps.db.send(
      new UpdateCommand({
        TableName: t.runtime.deps.tableName,
        Key: keys.idempotency(scope(), key),
        UpdateExpression: 'SET #state = :inProgress, claimedAt = :stale',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':inProgress': 'in-progress', ':stale': Date.now() - 60_000 },
      }),
    );
    const retried = await t.call('POST /v1/halls/{hallId}/cases', {
      params: { hallId: 'h1' },
      token: hall.tokens.staffA,
      body,
      headers: { 'idempotency-key': key },
    });
    expect(retried.status).toBe(201);
    expect(retried.body.caseId).toBe(created.body.caseId);
    expect(retried.body.publicCode).toBe(created.body.publicCode);
    expect(await claimOf(key)).toMatchObject({ state: 'completed', resultId: created.body.caseId });
    expect(await casesWithId(created.body.caseId)).toHaveLength(1);
  });

  it('a stale claim for a different body is still a 409, and nothing is created', async () => {
    const reserved = '01K61RHEM000000000000TAKE3';
    const key = 'takeover-key-3';
    await writeClaim(key, bodyFor('测试丙'), reserved);
    const reply = await t.call('POST /v1/halls/{hallId}/cases', {
      params: { hallId: 'h1' },
      token: hall.tokens.staffA,
      body: bodyFor('测试丁'),
      headers: { 'idempotency-key': key },
    });
    expect(reply.status).toBe(409);
    expect(reply.error!.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await casesWithId(reserved)).toHaveLength(0);
    expect(await claimOf(key)).toMatchObject({ state: 'in-progress', resultId: reserved });
  });
});

describe('the agency warning about a missing national schedule', () => {
  const warnings = () => t.runtime.events.published.filter((e) => e['detail-type'] === 'NationalCalendarMissing');

  it('the fan-out run warns once a day when the coming 60 days reach a year without a schedule', async () => {
    const before = warnings().length;
    const first = await t.runtime.invoke('deadline-reminders', { asOf: '2026-11-15' });
    await t.runtime.settle();
    expect(first).toMatchObject({ asOf: '2026-11-15', missingNationalSchedules: [2027] });
    expect(first).toHaveProperty('requested', expect.arrayContaining(['h1']));
    expect(warnings()).toHaveLength(before + 1);
    expect(warnings().at(-1)).toMatchObject({
      source: 'hall',
      detail: { version: '1', hallId: '*', asOf: '2026-11-15', years: [2027] },
    });

    const second = await t.runtime.invoke('deadline-reminders', { asOf: '2026-11-15' });
    await t.runtime.settle();
    expect(second).toHaveProperty('missingNationalSchedules', [2027]);
    expect(warnings()).toHaveLength(before + 1);
  });

  it('a warning whose publish failed is published by the next run the same day', async () => {
    const before = warnings().length;
    const publish = t.runtime.events.publish.bind(t.runtime.events);
    const publishSpy = vi
      .spyOn(t.runtime.events, 'publish')
      .mockImplementationOnce(() => Promise.reject(new Error('EventBridge unavailable')));
    await expect(t.runtime.invoke('deadline-reminders', { asOf: '2026-11-20' })).rejects.toThrow('EventBridge unavailable');
    expect(warnings()).toHaveLength(before);
    publishSpy.mockImplementation(publish);
    await t.runtime.invoke('deadline-reminders', { asOf: '2026-11-20' });
    await t.runtime.settle();
    expect(warnings()).toHaveLength(before + 1);
    vi.restoreAllMocks();
  });

  it('reports nothing when the coming 60 days are covered', async () => {
    const before = warnings().length;
    const covered = await t.runtime.invoke('deadline-reminders', { asOf: '2025-06-02' });
    await t.runtime.settle();
    expect(covered).toHaveProperty('asOf', '2025-06-02');
    expect(covered).not.toHaveProperty('missingNationalSchedules');
    expect(warnings()).toHaveLength(before);
  });

  it('stops warning once the agency loads the year', async () => {
    const loaded = await t.call('PUT /v1/calendar/national/{year}', {
      params: { year: '2027' },
      token: hall.tokens.agency,
      body: { holidays: ['2027-01-01'], workdays: [] },
    });
    expect(loaded.status).toBe(200);
    const before = warnings().length;
    const next = await t.runtime.invoke('deadline-reminders', { asOf: '2026-11-16' });
    await t.runtime.settle();
    expect(next).not.toHaveProperty('missingNationalSchedules');
    expect(warnings()).toHaveLength(before);
  });
});
