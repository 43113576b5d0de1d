/**
 * The app as `npm run synth` builds it (cdk.json context: two China regions with OIDC, one
 * commercial region with Cognito), checked against the pure tables it is built from.
 */
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { tableDefinition } from '#adapters/table';
import { routes } from '#api/routes';
import { functionCatalog, type FunctionName, type FunctionSpec } from '#functions/catalog';
import { eventRules, schedules, streamSources } from '#functions/triggers';
import { cdkContext, synthHallApp, type Resource } from './synth';

let synth: ReturnType<typeof synthHallApp>;
beforeAll(() => {
  synth = synthHallApp();
});
const stack = (region: string) => synth.stacks.find((s) => s.region === region)!;
const commercial = () => stack('ap-southeast-1');
const china = () => stack('cn-north-1');

const catalog = Object.entries(functionCatalog) as [FunctionName, FunctionSpec][];
const WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];
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
  it('are one per catalog entry: nodejs22.x on arm64, bounded as the catalog says, logging to their own group', () => {
    const s = commercial();
    expect(s.resources('AWS::Lambda::Function')).toHaveLength(catalog.length);
    for (const [name, spec] of catalog) {
      const [, lambda] = s.resources('AWS::Lambda::Function').find(([id]) => id === s.logicalId(s.fn(name)))!;
      expect(lambda.Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Timeout: spec.timeoutSeconds,
        MemorySize: spec.memoryMb,
        LoggingConfig: { LogGroup: { Ref: expect.any(String) } },
        Environment: { Variables: expect.objectContaining({ TABLE_NAME: expect.anything(), POWERTOOLS_SERVICE_NAME: 'hall' }) },
      });
      expect('EVENT_BUS_NAME' in lambda.Properties.Environment.Variables).toBe(spec.publishesEvents);
      expect('PII_KEY_ID' in lambda.Properties.Environment.Variables).toBe(spec.personalData === true);
    }
  });

  /** The statements of every policy attached to the function's role, Action and Resource as lists. */
  const statementsOf = (s: ReturnType<typeof stack>, name: FunctionName) => {
    const role = s.logicalId(s.fn(name).role!);
    return s
      .resources('AWS::IAM::Policy')
      .filter(([, policy]) => policy.Properties.Roles.some((ref: { Ref: string }) => ref.Ref === role))
      .flatMap(([, policy]) => policy.Properties.PolicyDocument.Statement as Resource['Properties'][])
      .map((statement) => ({ ...statement, Action: [statement.Action].flat() as string[], Resource: [statement.Resource].flat() }));
  };

  it.each(catalog)('%s has exactly the table, bus and personal-data key grants the catalog lists', (name, spec) => {
    for (const s of [commercial(), china()]) {
      const statements = statementsOf(s, name);
      const actions = statements.flatMap((statement) => statement.Action);
      expect(actions.filter((action) => WRITE_ACTIONS.includes(action)).sort()).toEqual(spec.table === 'RW' ? [...WRITE_ACTIONS].sort() : []);
      expect(actions).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query']));
      expect(actions).not.toContain('dynamodb:Scan');
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
      const kms = statements.filter((statement) => statement.Action.some((action) => action.startsWith('kms:')));
      expect(kms.map((statement) => [statement.Action.sort(), statement.Resource])).toEqual(
        spec.personalData ? [[['kms:Decrypt', 'kms:Encrypt'], [getAtt(s.resources('AWS::KMS::Key')[0]![0])]]] : [],
      );
    }
  });
});

describe('the HTTP API', () => {
  it.each(Object.entries(routes))('has %s, behind the JWT authorizer unless public, integrated with its function', (routeKey, spec) => {
    const s = commercial();
    const [, route] = s.resources('AWS::ApiGatewayV2::Route').find(([, r]) => r.Properties.RouteKey === routeKey)!;
    expect(route.Properties.AuthorizationType).toBe(spec.auth === 'jwt' ? 'JWT' : 'NONE');
    const integrationId = route.Properties.Target['Fn::Join'][1][1].Ref as string;
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

describe('the jobs', () => {
  it.each(Object.entries(schedules))('%s runs in Asia/Shanghai with a retry policy and a dead-letter queue', (name, spec) => {
    const s = commercial();
    const [, schedule] = s.resources('AWS::Scheduler::Schedule').find(([, r]) => r.Properties.ScheduleExpression === spec.cron)!;
    expect(schedule.Properties).toMatchObject({
      ScheduleExpressionTimezone: 'Asia/Shanghai',
      Target: {
        Arn: getAtt(s.logicalId(s.fn(spec.function))),
        RetryPolicy: { MaximumRetryAttempts: expect.any(Number), MaximumEventAgeInSeconds: expect.any(Number) },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [expect.any(String), 'Arn'] } },
      },
    });
    expect(JSON.parse(schedule.Properties.Target.Input)).toEqual({ schedule: name, scheduledAt: '<aws.scheduler.scheduled-time>' });
  });

  it('fans month-end scoring out per hall: a rule on the hall bus, with a dead-letter queue', () => {
    const s = commercial();
    s.assertions.hasResourceProperties('AWS::Events::EventBus', { Name: 'hall-events' });
    const fanOut = eventRules['hall-scoring-requested'];
    s.assertions.hasResourceProperties('AWS::Events::Rule', {
      EventBusName: { Ref: s.resources('AWS::Events::EventBus')[0]![0] },
      EventPattern: { source: ['hall'], 'detail-type': ['HallScoringRequested'] },
      Targets: [Match.objectLike({ Arn: getAtt(s.logicalId(s.fn(fanOut.function))), DeadLetterConfig: Match.anyValue() })],
    });
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
  it.each(Object.entries(streamSources))('feeds %s with the filters, bounds and failure handling of triggers.ts', (_, source) => {
    const s = commercial();
    const fn = s.logicalId(s.fn(source.function));
    const mapping = s.resources('AWS::Lambda::EventSourceMapping').find(([, m]) => m.Properties.FunctionName.Ref === fn)![1];
    const queueId = mapping.Properties.DestinationConfig.OnFailure.Destination['Fn::GetAtt'][0] as string;
    expect(mapping.Properties).toMatchObject({
      EventSourceArn: getAtt(s.resources('AWS::DynamoDB::Table')[0]![0], 'StreamArn'),
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: source.batchSize,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      MaximumRetryAttempts: source.retryAttempts,
      MaximumRecordAgeInSeconds: source.maxRecordAgeSeconds,
      BisectBatchOnFunctionError: true,
    });
    expect(mapping.Properties.FilterCriteria.Filters.map((f: { Pattern: string }) => JSON.parse(f.Pattern))).toEqual(source.filters);
    expect(s.template.Resources[queueId]!.Properties).toMatchObject({ SqsManagedSseEnabled: true });
  });

  it('has exactly one mapping per stream source', () => {
    expect(commercial().resources('AWS::Lambda::EventSourceMapping')).toHaveLength(Object.keys(streamSources).length);
  });

  it('dead-letter queues are encrypted and refuse plain HTTP', () => {
    const s = commercial();
    for (const [queueId, queue] of s.resources('AWS::SQS::Queue')) {
      expect(queue.Properties.SqsManagedSseEnabled).toBe(true);
      s.assertions.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: queueId }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
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
