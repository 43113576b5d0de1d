/**
 * The app as `npm run synth` builds it (cdk.json context: two China regions with OIDC, one
 * commercial region with Cognito), checked against the pure tables it is built from.
 */
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { tableDefinition } from '#adapters/table';
import { routes, type RouteSpec } from '#api/routes';
import { functionCatalog, type FunctionName, type FunctionSpec } from '#topology/catalog';
import { EVENT_SOURCE } from '#events/contracts';
import { eventRules, queues, schedules, streamSources } from '#topology/triggers';
import { HALL_ID_ATTRIBUTE, WINDOW_ID_ATTRIBUTE } from '../../infra/auth';
import { PERSONAL_DATA_CONTEXT_KEY } from '../../infra/hall-function';
import { anyNumber, anyString, anything, objectContaining } from '../support/matchers';
import { cdkContext, synthHallApp } from './synth';

let synth: ReturnType<typeof synthHallApp>;
beforeAll(() => {
  synth = synthHallApp();
});
const stack = (region: string) => synth.stacks.find((s) => s.region === region)!;
const commercial = () => stack('ap-southeast-1');
const china = () => stack('cn-north-1');

const catalog = Object.entries(functionCatalog) as [FunctionName, FunctionSpec][];
const READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'];
const WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem'];
/** What a stream event source grants its consumer; everything else on dynamodb: is data access. */
const STREAM_ACTIONS = ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'];
const DATA_ACTIONS = { none: [], RO: READ_ACTIONS, RW: [...READ_ACTIONS, ...WRITE_ACTIONS] } as const;
/** The table actions a catalog entry grants: DeleteItem only to those that delete. */
const dataActions = (spec: FunctionSpec) => [...DATA_ACTIONS[spec.table], ...(spec.deletes ? ['dynamodb:DeleteItem'] : [])];
const KMS_ACTIONS = { encrypt: 'kms:GenerateDataKey', decrypt: 'kms:Decrypt' } as const;
const streamConsumers = new Set<FunctionName>(Object.values(streamSources).map((source) => source.function));
const unique = (values: string[]) => [...new Set(values)].sort();
const getAtt = (logicalId: string, attribute = 'Arn') => ({ 'Fn::GetAtt': [logicalId, attribute] });

it('synthesizes one stack per region of cdk.json, with nothing left for cdk-nag to report', () => {
  expect(synth.stacks.map((s) => s.region)).toEqual(cdkContext['hall:regions']);
  expect(synth.violations).toEqual([]);
});

describe('the table', () => {
  it('is defined by tableDefinition, on demand, with PITR, TTL and a NEW_AND_OLD_IMAGES stream', () => {
    commercial().assertions.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: tableDefinition.partitionKey, KeyType: 'HASH' },
        { AttributeName: tableDefinition.sortKey, KeyType: 'RANGE' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
      SSESpecification: { SSEEnabled: true },
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      TimeToLiveSpecification: { AttributeName: tableDefinition.ttlAttribute, Enabled: true },
      GlobalSecondaryIndexes: Object.entries(tableDefinition.indexes).map(([IndexName, index]) => ({
        IndexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    });
  });

  it('is retained when the stack is deleted or the table replaced', () => {
    commercial().assertions.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });
});

describe('the functions', () => {
  it('are one per catalog entry: nodejs24.x on arm64, bounded as the catalog says, logging to their own group, with their stage', () => {
    const s = commercial();
    expect(s.resources('AWS::Lambda::Function')).toHaveLength(catalog.length);
    for (const [name, spec] of catalog) {
      const [, lambda] = s.resources('AWS::Lambda::Function').find(([id]) => id === s.logicalId(s.fn(name)))!;
      expect(lambda.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Timeout: spec.timeoutSeconds,
        MemorySize: spec.memoryMb,
        LoggingConfig: { LogGroup: { Ref: anyString() } },
        Environment: { Variables: objectContaining({ TABLE_NAME: anything(), POWERTOOLS_SERVICE_NAME: 'hall', HALL_STAGE: 'dev' }) },
      });
      expect('EVENT_BUS_NAME' in lambda.Properties.Environment.Variables).toBe(spec.publishesEvents);
      expect('PII_KEY_ID' in lambda.Properties.Environment.Variables).toBe((spec.personalData?.length ?? 0) > 0);
      expect('MAC_SECRET_ARN' in lambda.Properties.Environment.Variables).toBe('keyedHash' in spec);
    }
  });

  /** The statements of every policy attached to the function's role, Action and Resource as lists. */
  const statementsOf = (s: ReturnType<typeof stack>, name: FunctionName) => {
    const role = s.logicalId(s.fn(name).role!);
    return s
      .resources('AWS::IAM::Policy')
      .filter(([, policy]) => policy.Properties.Roles.some((ref) => ref.Ref === role))
      .flatMap(([, policy]) => policy.Properties.PolicyDocument.Statement)
      .map((statement) => ({ ...statement, Action: [statement.Action].flat(), Resource: [statement.Resource].flat() }));
  };

  it.each(catalog)('%s has exactly the table, bus and personal-data key grants the catalog lists', (name, spec) => {
    for (const s of [commercial(), china()]) {
      const statements = statementsOf(s, name);
      const actions = statements.flatMap((statement) => statement.Action);
      const dynamodb = actions.filter((action) => action.startsWith('dynamodb:'));
      expect(unique(dynamodb.filter((action) => !STREAM_ACTIONS.includes(action)))).toEqual(unique(dataActions(spec)));
      const writes = statements.filter((statement) => statement.Action.includes('dynamodb:PutItem'));
      expect(writes.map((statement) => statement.Condition)).toEqual(
        spec.table !== 'RW'
          ? []
          : [spec.writesOnly ? { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': spec.writesOnly.map((p) => `${p}*`) } } : undefined],
      );
      expect(unique(dynamodb.filter((action) => STREAM_ACTIONS.includes(action)))).toEqual(
        streamConsumers.has(name) ? unique(STREAM_ACTIONS) : [],
      );
      for (const statement of statements) {
        expect(statement.Action.filter((action) => action === '*' || action.endsWith(':*'))).toEqual([]);
        // ListStreams (stream consumers only) is the one table action that has no resource scope.
        if (statement.Action.some((action) => action.startsWith('dynamodb:') && action !== 'dynamodb:ListStreams')) {
          expect(statement.Resource).not.toContain('*');
        }
      }
      const publish = statements.filter((statement) => statement.Action.includes('events:PutEvents'));
      expect(publish.map((statement) => statement.Resource)).toEqual(
        spec.publishesEvents ? [[getAtt(s.resources('AWS::Events::EventBus')[0]![0])]] : [],
      );
      const secrets = statements.filter((statement) => statement.Action.some((action) => action.startsWith('secretsmanager:')));
      expect(secrets.map((statement) => [statement.Action.sort(), statement.Resource])).toEqual(
        'keyedHash' in spec
          ? [
              [
                ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'],
                // The hashing secret; the notification sender also reads its providers' (test/infra/notifications.test.ts).
                expect.arrayContaining([{ Ref: s.resources('AWS::SecretsManager::Secret')[0]![0] }]),
              ],
            ]
          : [],
      );
      const kms = statements.filter((statement) => statement.Action.some((action) => action.startsWith('kms:')));
      const uses = spec.personalData ?? [];
      expect(kms.map((statement) => [statement.Action.sort(), statement.Resource, statement.Condition])).toEqual(
        uses.length
          ? [
              [
                unique(uses.map((use) => KMS_ACTIONS[use])),
                [getAtt(s.resources('AWS::KMS::Key')[0]![0])],
                { 'ForAnyValue:StringEquals': { 'kms:EncryptionContextKeys': [PERSONAL_DATA_CONTEXT_KEY] } },
              ],
            ]
          : [],
      );
    }
  });

  const actionsOf = (name: FunctionName) => unique(statementsOf(commercial(), name).flatMap((statement) => statement.Action));

  const writeConditions = (name: FunctionName) =>
    statementsOf(commercial(), name)
      .filter((statement) => statement.Action.includes('dynamodb:PutItem'))
      .map((statement) => statement.Condition);

  it('lets the anonymous functions write only their own partitions: never a hall record', () => {
    expect(writeConditions('public-read')).toEqual([{ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['RATE#*'] } }]);
    expect(writeConditions('public-feedback')).toEqual([
      { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['CASE#*', 'COMPLAINT#*', 'RATE#*', 'IDEMPOTENCY#*'] } },
    ]);
    // The kiosk and the public screen share the queue function: its queue, the consultation log, ratings and their
    // claims, and the audit trail of its staff writes (the hall's audit partition, no other hall record).
    expect(writeConditions('queue')).toEqual([
      {
        'ForAllValues:StringLike': {
          'dynamodb:LeadingKeys': ['QUEUE#*', 'INQUIRY#*', 'CASE#*', 'COMPLAINT#*', 'RATE#*', 'IDEMPOTENCY#*', 'HALL#*#AUDIT*'],
        },
      },
    ]);
  });

  it('lets public-feedback only encrypt personal data, complaints only decrypt it, cases both', () => {
    expect(actionsOf('public-feedback').filter((action) => action.startsWith('kms:'))).toEqual(['kms:GenerateDataKey']);
    expect(actionsOf('complaints').filter((action) => action.startsWith('kms:'))).toEqual(['kms:Decrypt']);
    expect(actionsOf('cases').filter((action) => action.startsWith('kms:'))).toEqual(['kms:Decrypt', 'kms:GenerateDataKey']);
  });

  it('gives the outbox the stream permissions of its event source, and writes to the records whose events it marks published only', () => {
    expect(actionsOf('outbox')).toEqual(expect.arrayContaining(unique(STREAM_ACTIONS)));
    for (const marker of ['outbox', 'reconciliation'] as const) {
      expect(writeConditions(marker)).toEqual([
        { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['CASE#*', 'COMPLAINT#*', 'APPOINTMENT#*', 'QUEUE#*', 'HALL#*#ASSESS#*'] } },
      ]);
    }
  });

  it('grants no role batch writes or scans, nor any wildcard dynamodb action', () => {
    for (const s of synth.stacks) {
      const actions = s
        .resources('AWS::IAM::Policy')
        .flatMap(([, policy]) => policy.Properties.PolicyDocument.Statement)
        .flatMap((statement) => [statement.Action].flat());
      expect(actions).not.toContain('dynamodb:BatchWriteItem');
      expect(actions).not.toContain('dynamodb:Scan');
      expect(actions.filter((action) => action.startsWith('dynamodb:') && action.includes('*'))).toEqual([]);
    }
  });
});

describe('the HTTP API', () => {
  it.each(Object.entries(routes))('has %s, behind the JWT authorizer unless public, integrated with its function', (routeKey, spec) => {
    const s = commercial();
    const [, route] = s.resources('AWS::ApiGatewayV2::Route').find(([, r]) => r.Properties.RouteKey === routeKey)!;
    expect(route.Properties.AuthorizationType).toBe(spec.auth === 'jwt' ? 'JWT' : 'NONE');
    const integrationId = route.Properties.Target['Fn::Join'][1][1].Ref;
    expect(s.template.Resources[integrationId]!.Properties.IntegrationUri).toEqual(getAtt(s.logicalId(s.fn(spec.function))));
  });

  it('has no route beyond the route table', () => {
    expect(commercial().resources('AWS::ApiGatewayV2::Route')).toHaveLength(Object.keys(routes).length);
  });

  it('throttles the default stage and logs every request', () => {
    commercial().assertions.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      DefaultRouteSettings: { ThrottlingRateLimit: 200, ThrottlingBurstLimit: 400 },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('requestId') },
    });
  });

  it('throttles every anonymous route more tightly than the stage, and has no CORS unless origins are listed', () => {
    const stage = commercial().resources('AWS::ApiGatewayV2::Stage')[0]![1];
    const publicRoutes = Object.entries(routes)
      .filter(([, route]) => (route as RouteSpec).auth === 'public')
      .map(([key]) => key);
    expect(Object.keys(stage.Properties.RouteSettings as object).sort()).toEqual(publicRoutes.sort());
    expect(Object.values(stage.Properties.RouteSettings as object)).toEqual(
      publicRoutes.map(() => ({ ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 })),
    );
    const api = commercial().resources('AWS::ApiGatewayV2::Api')[0]![1];
    expect(api.Properties.CorsConfiguration).toBeUndefined();
  });

  it('separates the key administrators from the key users, and names a break-glass role', () => {
    const key = commercial().resources('AWS::KMS::Key')[0]![1];
    // The key policy as CloudFormation holds it: a statement's Action is one string or a list.
    const statements = (key.Properties.KeyPolicy as { Statement: { Sid?: string; Action: string | string[] }[] }).Statement;
    const admin = statements.find((s) => s.Sid === 'KeyAdministration');
    expect([admin?.Action].flat().some((a) => /kms:(Encrypt|Decrypt|GenerateDataKey|ReEncrypt)/.test(String(a)))).toBe(false);
    expect(statements.filter((s) => [s.Action].flat().includes('kms:*'))).toEqual([]);
    expect(statements.find((s) => s.Sid === 'BreakGlass')?.Action).toBe('kms:Decrypt');
    // One user per function handling personal data, with its uses (statements alike are merged).
    const users = (statements as { Sid?: string; Action: string | string[]; Principal: { AWS: unknown } }[])
      .filter((s) => !s.Sid)
      .flatMap((s) =>
        [s.Principal.AWS].flat().map((role) => [(role as { 'Fn::GetAtt': string[] })['Fn::GetAtt'][0], [s.Action].flat().sort()]),
      );
    expect(Object.fromEntries(users)).toEqual(
      Object.fromEntries(
        catalog
          .filter(([, spec]) => spec.personalData?.length)
          .map(([name, spec]) => [
            commercial().logicalId(commercial().fn(name).role!),
            spec.personalData!.map((use) => KMS_ACTIONS[use]).sort(),
          ]),
      ),
    );
  });

  it('trusts the Cognito user pool of the stack in a commercial region', () => {
    const s = commercial();
    const poolId = s.resources('AWS::Cognito::UserPool')[0]![0];
    const clientId = s.resources('AWS::Cognito::UserPoolClient')[0]![0];
    s.assertions.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      JwtConfiguration: {
        Audience: [{ Ref: clientId }],
        Issuer: { 'Fn::Join': ['', ['https://cognito-idp.ap-southeast-1.', { Ref: 'AWS::URLSuffix' }, '/', { Ref: poolId }]] },
      },
    });
  });
});

describe('the Cognito user pool', () => {
  it('has immutable hall and window attributes, so nobody can move an account to another hall or a device to another window', () => {
    const [, pool] = commercial().resources('AWS::Cognito::UserPool')[0]!;
    for (const name of [HALL_ID_ATTRIBUTE, WINDOW_ID_ATTRIBUTE]) {
      expect(pool.Properties.Schema.find((a) => a.Name === name)).toMatchObject({ AttributeDataType: 'String', Mutable: false });
    }
  });

  it('lets users write no custom attribute with their own token, and reads the hall and window into ID tokens', () => {
    const clients = commercial().resources('AWS::Cognito::UserPoolClient');
    expect(clients).toHaveLength(1);
    for (const [, client] of clients) {
      // Without WriteAttributes, Cognito lets users update all their mutable attributes.
      expect(client.Properties.WriteAttributes).toEqual(expect.any(Array));
      expect(client.Properties.WriteAttributes.length).toBeGreaterThan(0);
      expect(client.Properties.WriteAttributes.filter((a) => a.startsWith('custom:'))).toEqual([]);
      expect(client.Properties.WriteAttributes).not.toContain(`custom:${HALL_ID_ATTRIBUTE}`);
      expect(client.Properties.ReadAttributes).toContain(`custom:${HALL_ID_ATTRIBUTE}`);
      expect(client.Properties.ReadAttributes).toContain(`custom:${WINDOW_ID_ATTRIBUTE}`);
    }
  });
});

describe('the jobs', () => {
  it.each(Object.entries(schedules))('%s runs in Asia/Shanghai with a retry policy and a dead-letter queue', (name, spec) => {
    const s = commercial();
    const [, schedule] = s.resources('AWS::Scheduler::Schedule').find(([, r]) => r.Properties.ScheduleExpression === spec.cron)!;
    expect(schedule.Properties).toMatchObject({
      ScheduleExpressionTimezone: 'Asia/Shanghai',
      Target: {
        Arn: getAtt(s.logicalId(s.fn(spec.function))),
        RetryPolicy: { MaximumRetryAttempts: anyNumber(), MaximumEventAgeInSeconds: anyNumber() },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [anyString(), 'Arn'] } },
      },
    });
    expect(JSON.parse(schedule.Properties.Target.Input)).toEqual({ schedule: name, scheduledAt: '<aws.scheduler.scheduled-time>' });
  });

  const busRules = (s: ReturnType<typeof stack>) => {
    const bus = s.resources('AWS::Events::EventBus')[0]![0];
    return s.resources('AWS::Events::Rule').filter(([, r]) => r.Properties.EventBusName?.Ref === bus);
  };

  it.each(Object.entries(eventRules))('%s: a hall bus rule invokes its function, with retries and a dead-letter queue', (_, spec) => {
    for (const s of [commercial(), china()]) {
      const matching = busRules(s).filter(([, r]) => r.Properties.EventPattern?.['detail-type']?.includes(spec.detailType));
      expect(matching).toHaveLength(1);
      const [, rule] = matching[0]!;
      expect(rule.Properties.EventPattern).toEqual({ source: [EVENT_SOURCE], 'detail-type': [spec.detailType] });
      expect(rule.Properties.Targets).toEqual([
        objectContaining({
          Arn: getAtt(s.logicalId(s.fn(spec.function))),
          RetryPolicy: { MaximumRetryAttempts: anyNumber(), MaximumEventAgeInSeconds: anyNumber() },
          DeadLetterConfig: { Arn: anything() },
        }),
      ]);
    }
  });

  it('has no rule on the hall bus beyond eventRules and one per queue', () => {
    for (const s of [commercial(), china()]) expect(busRules(s)).toHaveLength(Object.keys(eventRules).length + Object.keys(queues).length);
  });

  it('parks runs that fail inside a job function (asynchronous invocation) in the dead-letter queue', () => {
    const s = commercial();
    const jobs = new Set([...Object.values(schedules), ...Object.values(eventRules)].map((spec) => spec.function));
    for (const name of jobs) {
      s.assertions.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
        FunctionName: { Ref: s.logicalId(s.fn(name)) },
        DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
      });
    }
  });
});

describe('the change stream', () => {
  const streamMappings = (s: ReturnType<typeof stack>) =>
    s.resources('AWS::Lambda::EventSourceMapping').filter(([, m]) => m.Properties.EventSourceArn['Fn::GetAtt'][1] === 'StreamArn');

  it.each(Object.entries(streamSources))('feeds %s with the filters, bounds and failure handling of triggers.ts', (_, source) => {
    const s = commercial();
    const fn = s.logicalId(s.fn(source.function));
    const mapping = streamMappings(s).find(([, m]) => m.Properties.FunctionName.Ref === fn)![1];
    const queueId = mapping.Properties.DestinationConfig!.OnFailure.Destination['Fn::GetAtt'][0];
    expect(mapping.Properties).toMatchObject({
      EventSourceArn: getAtt(s.resources('AWS::DynamoDB::Table')[0]![0], 'StreamArn'),
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: source.batchSize,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      MaximumRetryAttempts: source.retryAttempts,
      MaximumRecordAgeInSeconds: source.maxRecordAgeSeconds,
      BisectBatchOnFunctionError: true,
    });
    expect(mapping.Properties.FilterCriteria!.Filters.map((f): unknown => JSON.parse(f.Pattern))).toEqual(source.filters);
    expect(s.template.Resources[queueId]!.Properties).toMatchObject({ SqsManagedSseEnabled: true });
  });

  it('has exactly one mapping per stream source', () => {
    expect(streamMappings(commercial())).toHaveLength(Object.keys(streamSources).length);
  });

  it('dead-letter queues are encrypted and refuse plain HTTP', () => {
    const s = commercial();
    for (const [queueId, queue] of s.resources('AWS::SQS::Queue')) {
      expect(queue.Properties.SqsManagedSseEnabled).toBe(true);
      s.assertions.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: queueId }],
        PolicyDocument: {
          Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
        },
      });
    }
  });
});

describe('AWS China (cn-north-1)', () => {
  it('uses partition tokens only', () => {
    for (const s of synth.stacks) expect(JSON.stringify(s.template)).not.toMatch(/arn:aws[:-]/);
  });

  it('trusts the external OIDC issuer from the context instead of a Cognito user pool', () => {
    const s = china();
    expect(s.resources('AWS::Cognito::UserPool')).toEqual([]);
    s.assertions.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      JwtConfiguration: {
        Issuer: (cdkContext['hall:jwtIssuer'] as Record<string, string>)['cn-north-1'],
        Audience: [cdkContext['hall:jwtAudience']],
      },
    });
  });
});
