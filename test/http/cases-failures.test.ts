/**
 * The cases handler against a mocked DynamoDB: failures the local store cannot produce
 * (a lost conditional-write race, throttling, an unexpected SDK error, a reused
 * idempotency key seen only after the claim failed).
 */
import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  ProvisionedThroughputExceededException,
  ThrottlingException,
} from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../functions/api/cases';
import { EnvelopeFieldCipher } from '#adapters/field-cipher';
import { LOCAL_KMS_KEY_ID, localKmsClient } from '#local/kms';
import { fingerprint } from '../../shared/adapters/idempotency';
import { HmacKeyedHash } from '../../shared/adapters/keyed-hash';
import { logger } from '../../shared/adapters/logger';
import { keys } from '../../shared/adapters/table';
import { errorBody } from '../../shared/api/common';
import type { Case } from '../../shared/domain/cases';
import { apiGatewayEvent, lambdaContext } from '../support/api-gateway';
import { anyString, objectContaining } from '../support/matchers';

const ddb = mockClient(DynamoDBDocumentClient);
const $metadata = { httpStatusCode: 400, requestId: 'req-1', attempts: 1, totalRetryDelay: 0 };

const context = lambdaContext;

const admin = { sub: 'admin-1', hallId: 'h1', roles: '[hall-admin]' };

const event = (
  routeKey: string,
  pathParameters: Record<string, string>,
  body?: unknown,
  headers: Record<string, string> = {},
  claims = admin,
) => apiGatewayEvent(routeKey, { pathParameters, body, headers, claims });

const keyedHash = new HmacKeyedHash(() => Promise.resolve(Buffer.alloc(32, 2)));

// The cases function with a mocked document client (mockClient intercepts every instance).
const cases = handler.withDeps({
  db: DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'local' })),
  tableName: 'hall-test',
  clock: { now: () => new Date('2025-09-26T09:00:00+08:00') },
  cipher: new EnvelopeFieldCipher(localKmsClient(Buffer.alloc(32, 1)), LOCAL_KMS_KEY_ID),
  keyedHash,
});

/** Every call here fails: its body is checked against the contract's error shape. */
async function call(e: APIGatewayProxyEventV2WithJWTAuthorizer) {
  const reply = await cases(e, context);
  return {
    status: reply.statusCode,
    headers: reply.headers ?? {},
    text: String(reply.body ?? ''),
    body: errorBody.parse(JSON.parse(String(reply.body ?? ''))),
  };
}

const storedCase: Case = {
  caseId: 'c1',
  hallId: 'h1',
  itemId: 'certificate',
  itemName: '证明开具',
  itemKind: 'service',
  promisedLimitDays: 3,
  windowId: 'w1',
  status: 'accepted',
  receivedAt: '2025-09-25T10:00:00.000+08:00',
  acceptedAt: '2025-09-25T10:00:00.000+08:00',
  dueDate: '2025-09-30',
  provisional: false,
  submittedMaterials: ['application'],
  missingMaterials: [],
  secondNotices: 0,
  publicCode: 'ABCDEFGHJK',
  applicant: { name: '张小三' },
  history: [
    { at: '2025-09-25T10:00:00.000+08:00', by: 'staff-a', action: 'intake', materials: ['application'] },
    { at: '2025-09-25T10:00:00.000+08:00', by: 'staff-a', action: 'accepted', dueDate: '2025-09-30' },
  ],
  version: 3,
};
const caseItem = { ...keys.case('c1'), entity: 'case', gsi2pk: 'HALL#h1#CASES#accepted', gsi2sk: 'c1', ...storedCase };

const DECISION = 'POST /v1/halls/{hallId}/cases/{caseId}/decision';
const decision = (body: unknown = { outcome: 'approved' }) => event(DECISION, { hallId: 'h1', caseId: 'c1' }, body);

const intakeBody = {
  itemId: 'certificate',
  windowId: 'w1',
  applicant: { name: '张小三', idNumber: '320826199001011234' },
  submittedMaterials: ['application'],
};
const intake = (headers: Record<string, string> = {}) => event('POST /v1/halls/{hallId}/cases', { hallId: 'h1' }, intakeBody, headers);

const certificate = {
  hallId: 'h1',
  itemId: 'certificate',
  name: '证明开具',
  kind: 'service',
  windowIds: ['w1'],
  promisedLimitDays: 3,
  materials: [{ id: 'application', name: '申请表', required: true }],
};
const hallItem = { ...keys.hall('h1'), entity: 'hall', hallId: 'h1', name: '涟水县政务服务中心' };

beforeEach(() => {
  ddb.reset();
  // Every request first reads its hall, the caller's staff record (none for this admin) and
  // the set-up revision (none yet) in one call; then what it needs of the set-up.
  // A set-up revision of its own for each test: the container's set-up cache starts afresh.
  const revision = { ...keys.setupRevision('h1'), entity: 'setup-revision', revision: randomUUID() };
  ddb.on(BatchGetCommand).resolves({ Responses: { 'hall-test': [hallItem, revision] } });
  ddb.on(GetCommand).resolves({});
  ddb.on(GetCommand, { Key: keys.item('h1', 'certificate') }).resolves({ Item: { ...keys.item('h1', 'certificate'), ...certificate } });
  ddb.on(QueryCommand).resolves({ Items: [] });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('a lost optimistic-concurrency race', () => {
  it('answers 409 STALE_CASE when the versioned Put fails its condition', async () => {
    ddb.on(GetCommand, { Key: keys.case('c1') }).resolves({ Item: caseItem });
    ddb.on(PutCommand).rejects(new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata }));

    const reply = await call(decision());

    expect(reply.status).toBe(409);
    expect(reply.body.error.code).toBe('STALE_CASE');
    expect(ddb).toHaveReceivedCommandWith(GetCommand, { TableName: 'hall-test', Key: keys.case('c1'), ConsistentRead: true });
    expect(ddb).toHaveReceivedCommandOnce(PutCommand);
    expect(ddb).toHaveReceivedCommandWith(PutCommand, {
      TableName: 'hall-test',
      ConditionExpression: 'version = :read',
      ExpressionAttributeValues: { ':read': 3 },
      Item: objectContaining({
        ...keys.case('c1'),
        caseId: 'c1',
        status: 'approved',
        version: 4,
        concludedAt: '2025-09-26T09:00:00.000+08:00',
      }),
    });
  });
});

describe('throttling', () => {
  it.each([
    [
      'ProvisionedThroughputExceededException',
      () => new ProvisionedThroughputExceededException({ message: 'Throughput exceeds the provisioned capacity', $metadata }),
    ],
    ['ThrottlingException', () => new ThrottlingException({ message: 'Rate of requests exceeds the allowed throughput', $metadata })],
  ])('%s on the read → 503 with Retry-After, never 500', async (_name, error) => {
    const logged = vi.spyOn(logger, 'error');
    ddb.on(GetCommand).rejects(error());

    const reply = await call(decision());

    expect(reply.status).toBe(503);
    expect(reply.headers['retry-after']).toMatch(/^\d+$/);
    expect(reply.headers['content-type']).toMatch(/^application\/json/);
    expect(reply.body).toEqual({ error: { code: 'SERVICE_UNAVAILABLE', message: anyString(), details: [] } });
    expect(ddb).not.toHaveReceivedCommand(PutCommand);
    expect(logged).not.toHaveBeenCalled(); // not our fault: no error log
  });

  it('on the conditional write as well', async () => {
    ddb.on(GetCommand, { Key: keys.case('c1') }).resolves({ Item: caseItem });
    ddb
      .on(PutCommand)
      .rejects(new ProvisionedThroughputExceededException({ message: 'Throughput exceeds the provisioned capacity', $metadata }));
    const reply = await call(decision());
    expect(reply.status).toBe(503);
    expect(reply.headers['retry-after']).toBeDefined();
    expect(reply.body.error.code).toBe('SERVICE_UNAVAILABLE');
  });
});

describe('an unexpected error', () => {
  it('→ 500 INTERNAL without leaking the message, and is logged', async () => {
    const logged = vi.spyOn(logger, 'error').mockImplementation(() => {});
    const secret = 'socket hang up at 10.0.3.17 table hall-test';
    ddb.on(GetCommand).rejects(new Error(secret));

    const reply = await call(decision());

    expect(reply.status).toBe(500);
    expect(reply.body).toEqual({ error: { code: 'INTERNAL', message: anyString(), details: [] } });
    expect(reply.text).not.toContain('socket hang up');
    expect(reply.text).not.toContain('10.0.3.17');
    expect(reply.headers['retry-after']).toBeUndefined();
    expect(logged).toHaveBeenCalledOnce();
  });
});

describe('Idempotency-Key reused with a different body', () => {
  it('→ 409 IDEMPOTENCY_KEY_REUSED when the claim is taken by another fingerprint; no case is written', async () => {
    const claimKey = keys.idempotency('h1:cases:admin-1', 'key-1');
    ddb.on(PutCommand).rejects(new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata }));
    ddb.on(GetCommand, { Key: claimKey }).resolves({
      Item: {
        ...claimKey,
        entity: 'idempotency',
        fingerprint: await fingerprint({ keyedHash }, { ...intakeBody, submittedMaterials: [] }),
        state: 'completed',
        resultId: 'c0',
        claimedAt: 0,
      },
    });

    const reply = await call(intake({ 'Idempotency-Key': 'key-1' }));

    expect(reply.status).toBe(409);
    expect(reply.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    // The only Put is the claim; neither the earlier case nor a new one was read or written:
    // the reads are the hall with the caller's staff record (every request), the item, then the claim.
    expect(ddb).toHaveReceivedCommandOnce(PutCommand);
    expect(ddb).toHaveReceivedCommandWith(PutCommand, { Item: objectContaining({ ...claimKey, entity: 'idempotency' }) });
    const [standing] = ddb.commandCalls(BatchGetCommand).map((c) => c.args[0].input.RequestItems?.['hall-test']?.Keys);
    expect(standing).toEqual(expect.arrayContaining([keys.hall('h1'), keys.staff('h1', 'admin-1')]));
    const read = ddb.commandCalls(GetCommand).map((c) => c.args[0].input.Key);
    expect(read).toEqual([keys.item('h1', 'certificate'), claimKey]);
    expect(ddb).toHaveReceivedCommandWith(GetCommand, { Key: claimKey, ConsistentRead: true });
    const casePuts = ddb.commandCalls(PutCommand).filter((c) => String(c.args[0].input.Item?.pk).startsWith('CASE#'));
    expect(casePuts).toHaveLength(0);
  });
});

describe('a case write that fails beside its audit record', () => {
  it('answers 503 and marks the audit record written with it as not completed', async () => {
    ddb.on(PutCommand).callsFake((input: { Item: { sk: string } }) => {
      if (input.Item.sk === 'CASE')
        throw new ThrottlingException({ message: 'Rate of requests exceeds the allowed throughput', $metadata });
      return {};
    });
    ddb.on(UpdateCommand).resolves({});

    const reply = await call(intake());

    expect(reply.status).toBe(503);
    const audit = ddb
      .commandCalls(PutCommand)
      .map((c) => c.args[0].input.Item as { pk: string; sk: string })
      .find((item) => item.pk.endsWith('#AUDIT'));
    expect(audit).toMatchObject({ entity: 'audit', actor: 'admin-1', action: 'createCase' });
    expect(ddb).toHaveReceivedCommandWith(UpdateCommand, {
      Key: { pk: audit?.pk, sk: audit?.sk },
      UpdateExpression: 'SET outcome = :notCompleted',
    });
  });
});

describe('an intake that failed with an Idempotency-Key', () => {
  it('is retried under the same case id: the retry completes what the failed attempt wrote', async () => {
    const claimKey = keys.idempotency('h1:cases:admin-1', 'key-2');
    // The claim as the table keeps it between the two attempts.
    let claim: Record<string, unknown> | undefined;
    let throttleCase = true;
    ddb.on(PutCommand).callsFake((input: { Item: Record<string, unknown> }) => {
      if (input.Item.pk === claimKey.pk) {
        if (claim) return Promise.reject(new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata }));
        claim = input.Item;
      }
      if (input.Item.sk === 'CASE' && throttleCase) {
        throttleCase = false;
        return Promise.reject(new ThrottlingException({ message: 'Rate of requests exceeds the allowed throughput', $metadata }));
      }
      return Promise.resolve({});
    });
    ddb.on(GetCommand, { Key: claimKey }).callsFake(() => Promise.resolve({ Item: claim }));
    ddb.on(UpdateCommand).callsFake((input: { Key: { pk: string }; ExpressionAttributeValues: Record<string, unknown> }) => {
      if (input.Key.pk === claimKey.pk && claim) {
        const values = input.ExpressionAttributeValues;
        claim = { ...claim, claimedAt: values[':released'] ?? values[':now'] ?? claim.claimedAt };
      }
      return Promise.resolve({});
    });
    const caseIds = () =>
      ddb
        .commandCalls(PutCommand)
        .map((c) => c.args[0].input.Item as { sk: string; caseId: string })
        .filter((item) => item.sk === 'CASE')
        .map((item) => item.caseId);

    expect((await call(intake({ 'Idempotency-Key': 'key-2' }))).status).toBe(503);
    expect(claim).toMatchObject({ state: 'in-progress', claimedAt: 0 });

    const retried = await cases(intake({ 'Idempotency-Key': 'key-2' }), context);
    expect(retried.statusCode).toBe(201);
    const [first, second] = caseIds();
    expect(second).toBe(first);
    expect((JSON.parse(String(retried.body)) as { caseId: string }).caseId).toBe(first);
  });
});
