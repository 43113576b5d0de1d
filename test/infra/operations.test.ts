/**
 * What the agency's cloud team runs the stacks with (issue 13): every alarm and where it goes,
 * the dashboard, the business metrics' namespace, the backup plan, the custom domain, the
 * stage in every id and no fixed physical name, the outputs the replay script needs, and
 * the context checks (placeholders refused outside dev, `-c` values read as JSON).
 */
import { App } from 'aws-cdk-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { functionCatalog, type FunctionName } from '#topology/catalog';
import { businessMetrics, METRICS_NAMESPACE, METRICS_SERVICE } from '#topology/metrics';
import { eventRules, schedules, streamSources } from '#topology/triggers';
import { BACKUP_RULES } from '../../infra/backup';
import { hallConfig, targetRegions } from '../../infra/config';
import { THRESHOLDS } from '../../infra/monitoring';
import { objectContaining } from '../support/matchers';
import { synthHallApp, type Resource } from './synth';

type Synth = ReturnType<typeof synthHallApp>;
type SynthStack = Synth['stacks'][number];

let synth: Synth;
beforeAll(() => {
  synth = synthHallApp(); // cdk.json: stage dev, two China regions and ap-southeast-1
});
const stack = (region: string) => synth.stacks.find((s) => s.region === region)!;
const commercial = () => stack('ap-southeast-1');
const china = () => stack('cn-north-1');

const catalog = Object.keys(functionCatalog) as FunctionName[];
const jobFunctions = [...new Set([...Object.values(schedules), ...Object.values(eventRules)].map((s) => s.function))];
const ref = (logicalId: string) => ({ Ref: logicalId });

const alarmsOf = (s: SynthStack) => s.resources('AWS::CloudWatch::Alarm').map(([, alarm]) => alarm.Properties);
/** The alarms on one metric, optionally of one dimension value (a function, a queue). */
const alarmsOn = (s: SynthStack, metricName: string, dimension?: unknown) =>
  alarmsOf(s).filter(
    (a) => a.MetricName === metricName && (dimension === undefined || JSON.stringify(a.Dimensions).includes(JSON.stringify(dimension))),
  );
/** The dead-letter queues: every queue but the notification work queue (the one that redrives to another). */
const deadLetterQueuesOf = (s: SynthStack) => s.resources('AWS::SQS::Queue').filter(([, q]) => q.Properties.RedrivePolicy === undefined);

const topicOf = (s: SynthStack) => ref(s.resources('AWS::SNS::Topic')[0]![0]);

describe('the alarms', () => {
  it.each(catalog)('watch %s for errors and throttles', (name) => {
    for (const s of [commercial(), china()]) {
      const fn = ref(s.logicalId(s.fn(name)));
      for (const metric of ['Errors', 'Throttles']) {
        const [alarm, ...more] = alarmsOn(s, metric, { Name: 'FunctionName', Value: fn });
        expect(more).toEqual([]);
        expect(alarm).toMatchObject({
          Namespace: 'AWS/Lambda',
          Statistic: 'Sum',
          Threshold: 1,
          ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        });
      }
    }
  });

  it('watch the depth of every dead-letter queue of the stack, which are retained', () => {
    for (const s of [commercial(), china()]) {
      const queues = deadLetterQueuesOf(s);
      expect(queues.map(([id]) => id).sort()).toEqual([
        expect.stringMatching(/^JobsDeadLetters/),
        expect.stringMatching(/^NotificationsDeadLetters/),
        expect.stringMatching(/^StreamsDeadLetters/),
      ]);
      for (const [queueId, queue] of queues) {
        expect(queue).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
        const [alarm] = alarmsOn(s, 'ApproximateNumberOfMessagesVisible', {
          Name: 'QueueName',
          Value: { 'Fn::GetAtt': [queueId, 'QueueName'] },
        });
        expect(alarm).toMatchObject({ Namespace: 'AWS/SQS', Statistic: 'Maximum', Threshold: 1 });
      }
    }
  });

  it.each(Object.values(streamSources).map((source) => source.function))('watch how far %s is behind the table stream', (name) => {
    const s = commercial();
    const [alarm] = alarmsOn(s, 'IteratorAge', { Name: 'FunctionName', Value: ref(s.logicalId(s.fn(name))) });
    expect(alarm).toMatchObject({ Namespace: 'AWS/Lambda', Statistic: 'Maximum', Threshold: THRESHOLDS.iteratorAgeMs });
  });

  it('watch the API’s 5xx rate and p99 latency at its stage', () => {
    const s = commercial();
    const api = { Name: 'ApiId', Value: ref(s.resources('AWS::ApiGatewayV2::Api')[0]![0]) };
    const stage = { Name: 'Stage', Value: '$default' };
    const rate = alarmsOf(s).find((a) => a.Metrics?.some((m) => m.Expression?.includes('100 * errors / requests')))!;
    expect(rate.Threshold).toBe(THRESHOLDS.serverErrorPercent);
    expect(
      rate.Metrics!.flatMap((m) => (m.MetricStat ? [[m.Id, m.MetricStat.Metric.MetricName, m.MetricStat.Metric.Dimensions]] : [])),
    ).toEqual([
      ['requests', 'Count', [api, stage]],
      ['errors', '5xx', [api, stage]],
    ]);
    const [latency] = alarmsOn(s, 'Latency');
    expect(latency).toMatchObject({
      ExtendedStatistic: 'p99',
      Threshold: THRESHOLDS.latencyP99Ms,
      EvaluationPeriods: 3,
      Dimensions: [api, stage],
    });
  });

  it('watch the table for throttled requests of every operation the functions use', () => {
    const s = commercial();
    const table = ref(s.resources('AWS::DynamoDB::Table')[0]![0]);
    const throttled = alarmsOf(s).find((a) => a.Metrics?.some((m) => m.MetricStat?.Metric.MetricName === 'ThrottledRequests'))!;
    const operations = throttled.Metrics!.flatMap((m) => m.MetricStat?.Metric.Dimensions ?? []);
    expect(operations.filter((d) => d.Name === 'Operation').map((d) => d.Value)).toEqual([
      'GetItem',
      'BatchGetItem',
      'Query',
      'PutItem',
      'UpdateItem',
      'DeleteItem',
    ]);
    expect(operations.filter((d) => d.Name === 'TableName').every((d) => JSON.stringify(d.Value) === JSON.stringify(table))).toBe(true);
    expect(throttled.Threshold).toBe(1);
  });

  it('watch NotificationsFailed in the business metrics’ namespace, with the dimensions the functions record', () => {
    const [alarm] = alarmsOf(commercial()).filter((a) => a.Metrics?.some((m) => m.MetricStat?.Metric.MetricName === 'NotificationsFailed'));
    expect(alarm?.Metrics?.[0]?.MetricStat?.Metric).toEqual({
      MetricName: 'NotificationsFailed',
      Namespace: METRICS_NAMESPACE,
      Dimensions: [
        { Name: 'service', Value: METRICS_SERVICE },
        { Name: 'stage', Value: 'dev' },
      ],
    });
  });

  it('watch asynchronous job runs waiting or dropped where Lambda reports it; in China the dead-letter queue depth stands in', () => {
    for (const name of jobFunctions) {
      const s = commercial();
      const fn = { Name: 'FunctionName', Value: ref(s.logicalId(s.fn(name))) };
      expect(alarmsOn(s, 'AsyncEventAge', fn)).toEqual([expect.objectContaining({ Threshold: THRESHOLDS.asyncEventAgeMs })]);
      expect(alarmsOn(s, 'AsyncEventsDropped', fn)).toEqual([expect.objectContaining({ Threshold: 1 })]);
    }
    expect([...alarmsOn(china(), 'AsyncEventAge'), ...alarmsOn(china(), 'AsyncEventsDropped')]).toEqual([]);
    expect(alarmsOn(china(), 'ApproximateNumberOfMessagesVisible')).toHaveLength(deadLetterQueuesOf(china()).length);
  });

  it('are all of these and nothing else, unnamed, each to the stack’s topic when raised and when cleared', () => {
    // errors + throttles per function, 3 dead-letter queues, the stream consumers, 5xx, p99, table, notifications (+ async in aws)
    const common = 2 * catalog.length + 3 + Object.keys(streamSources).length + 4;
    for (const [s, expected] of [
      [commercial(), common + 2 * jobFunctions.length],
      [china(), common],
    ] as const) {
      const alarms = alarmsOf(s);
      expect(alarms).toHaveLength(expected);
      for (const alarm of alarms) {
        expect(alarm).toMatchObject({ AlarmActions: [topicOf(s)], OKActions: [topicOf(s)], TreatMissingData: 'notBreaching' });
        expect(alarm.AlarmName).toBeUndefined();
      }
    }
  });
});

describe('the alarm topic', () => {
  it('is the stack’s own by default: encrypted with a key CloudWatch may use, TLS only, CloudWatch may publish', () => {
    const s = commercial();
    const [topicId, topic] = s.resources('AWS::SNS::Topic')[0]!;
    expect(topic.Properties.KmsMasterKeyId).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^MonitoringTopicKey/), 'Arn'] });
    const policy = JSON.stringify(s.resources('AWS::SNS::TopicPolicy').find(([, p]) => JSON.stringify(p).includes(topicId))![1]);
    expect(policy).toContain('"aws:SecureTransport":"false"');
    expect(policy).toContain('"Service":"cloudwatch.amazonaws.com"');
    expect(s.template.Outputs?.AlarmTopicArn?.Value).toEqual(ref(topicId));
  });

  it('is the one named by hall:alarmTopicArn when given (and none is made)', () => {
    const arn = 'arn:aws-cn:sns:cn-north-1:123456789012:agency-oncall';
    const [s] = synthHallApp({ 'hall:regions': ['cn-north-1'], 'hall:alarmTopicArn': arn }).stacks;
    expect(s!.resources('AWS::SNS::Topic')).toEqual([]);
    for (const alarm of alarmsOf(s!)) expect(alarm.AlarmActions).toEqual([arn]);
  });
});

/** The dashboard body with its tokens written as REF(id) / ATT(id.attribute), parsed. */
function dashboardOf(s: SynthStack) {
  const dashboards = s.resources('AWS::CloudWatch::Dashboard');
  expect(dashboards).toHaveLength(1);
  const [, parts] = (dashboards[0]![1].Properties as { DashboardBody: { 'Fn::Join': [string, unknown[]] } }).DashboardBody['Fn::Join'];
  const text = parts
    .map((part) => {
      if (typeof part === 'string') return part;
      const token = part as { Ref?: string; 'Fn::GetAtt'?: [string, string] };
      return token.Ref ? `REF(${token.Ref})` : token['Fn::GetAtt'] ? `ATT(${token['Fn::GetAtt'].join('.')})` : 'TOKEN';
    })
    .join('');
  return JSON.parse(text) as { widgets: { type: string; properties: { title?: string; metrics?: unknown[][]; alarms?: string[] } }[] };
}

describe('the dashboard', () => {
  it('is one per stack, with a graph for each figure the alarms watch, and every alarm’s state', () => {
    const s = commercial();
    const { widgets } = dashboardOf(s);
    const titles = widgets.map((w) => w.properties.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Alarms',
        'API requests and errors',
        'API 5xx per 100 requests',
        'API latency',
        'Function errors',
        'Function throttles',
        'Stream iterator age',
        'Dead-letter queue depth',
        'Table throttled requests',
        'Job runs waiting (AsyncEventAge)',
      ]),
    );
    expect(widgets.find((w) => w.type === 'alarm')?.properties.alarms).toHaveLength(alarmsOf(s).length);
    const byTitle = (title: string) => JSON.stringify(widgets.find((w) => w.properties.title === title)?.properties.metrics);
    for (const name of catalog) expect(byTitle('Function errors')).toContain(`REF(${s.logicalId(s.fn(name))})`);
    for (const [queueId] of deadLetterQueuesOf(s)) expect(byTitle('Dead-letter queue depth')).toContain(`ATT(${queueId}.QueueName)`);
  });

  it('draws every business metric from the namespace and dimensions the functions record them with', () => {
    const body = JSON.stringify(dashboardOf(commercial()));
    for (const name of Object.keys(businessMetrics)) {
      expect(body).toContain(JSON.stringify([METRICS_NAMESPACE, name, 'service', METRICS_SERVICE, 'stage', 'dev']).slice(0, -1));
    }
  });
});

describe('the backup plan', () => {
  it('backs the table up daily and monthly, in Asia/Shanghai, into a vault retained with its backups', () => {
    for (const s of [commercial(), china()]) {
      const [vaultId, vault] = s.resources('AWS::Backup::BackupVault')[0]!;
      expect(vault).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
      const [planId, plan] = s.resources('AWS::Backup::BackupPlan')[0]!;
      const rules = (plan.Properties as { BackupPlan: { BackupPlanName: string; BackupPlanRule: unknown[] } }).BackupPlan;
      expect(rules.BackupPlanName).toBe(`${s.stackName}-table`);
      expect(rules.BackupPlanRule).toEqual(
        Object.entries(BACKUP_RULES).map(([RuleName, rule]) =>
          objectContaining({
            RuleName,
            ScheduleExpressionTimezone: 'Asia/Shanghai',
            Lifecycle: { DeleteAfterDays: rule.keepDays },
            TargetBackupVault: { 'Fn::GetAtt': [vaultId, 'BackupVaultName'] },
          }),
        ),
      );
      s.assertions.hasResourceProperties('AWS::Backup::BackupSelection', {
        BackupPlanId: { 'Fn::GetAtt': [planId, 'BackupPlanId'] },
        BackupSelection: { Resources: [{ 'Fn::GetAtt': [s.resources('AWS::DynamoDB::Table')[0]![0], 'Arn'] }] },
      });
    }
  });
});

describe('the custom domain (China)', () => {
  const certificateArn = 'arn:aws-cn:acm:cn-north-1:123456789012:certificate/0f1e2d3c-aaaa-bbbb-cccc-1234567890ab';
  let s: SynthStack;
  beforeAll(() => {
    [s] = synthHallApp({
      'hall:regions': ['cn-north-1'],
      'hall:domainName': 'api.zwfw.example.gov.cn',
      'hall:certificateArn': certificateArn,
      'hall:disableDefaultEndpoint': 'true', // as -c passes it
    }).stacks as [SynthStack];
  });

  it('serves the API under the domain with the imported certificate, TLS 1.2, a regional endpoint', () => {
    const [domainId] = s.resources('AWS::ApiGatewayV2::DomainName')[0]!;
    s.assertions.hasResourceProperties('AWS::ApiGatewayV2::DomainName', {
      DomainName: 'api.zwfw.example.gov.cn',
      DomainNameConfigurations: [{ CertificateArn: certificateArn, EndpointType: 'REGIONAL', SecurityPolicy: 'TLS_1_2' }],
    });
    s.assertions.hasResourceProperties('AWS::ApiGatewayV2::ApiMapping', {
      ApiId: ref(s.resources('AWS::ApiGatewayV2::Api')[0]![0]),
      DomainName: ref(domainId),
      Stage: '$default',
    });
    expect(s.resources('AWS::CertificateManager::Certificate')).toEqual([]);
    const outputs = Object.entries(s.template.Outputs ?? {});
    expect(outputs.find(([id]) => id.includes('DomainTarget'))?.[1].Value).toEqual({ 'Fn::GetAtt': [domainId, 'RegionalDomainName'] });
  });

  it('turns the default execute-api endpoint off after the cut-over', () => {
    s.assertions.hasResourceProperties('AWS::ApiGatewayV2::Api', { DisableExecuteApiEndpoint: true });
    commercial().assertions.hasResourceProperties('AWS::ApiGatewayV2::Api', { DisableExecuteApiEndpoint: false });
  });

  it('requests an ACM certificate with DNS validation where none is given (commercial regions)', () => {
    const [own] = synthHallApp({ 'hall:regions': ['ap-southeast-1'], 'hall:domainName': 'api.hall.example.org' }).stacks;
    own!.assertions.hasResourceProperties('AWS::CertificateManager::Certificate', {
      DomainName: 'api.hall.example.org',
      ValidationMethod: 'DNS',
    });
  });
});

describe('stages', () => {
  let staging: SynthStack;
  beforeAll(() => {
    [staging] = synthHallApp({ 'hall:stage': 'staging', 'hall:regions': ['ap-southeast-1'] }).stacks as [SynthStack];
  });

  it('name every stack Hall-<stage>-<region>, tag everything with the stage, protect non-dev stacks from deletion', () => {
    expect(synth.stacks.map((s) => s.stackName)).toEqual(['Hall-dev-cn-north-1', 'Hall-dev-cn-northwest-1', 'Hall-dev-ap-southeast-1']);
    expect(staging.stackName).toBe('Hall-staging-ap-southeast-1');
    expect([commercial().terminationProtection, staging.terminationProtection]).toEqual([false, true]);
    staging.assertions.hasResourceProperties('AWS::DynamoDB::Table', { Tags: [{ Key: 'hall:stage', Value: 'staging' }] });
    for (const [, fn] of staging.resources('AWS::Lambda::Function')) expect(fn.Properties.Environment.Variables.HALL_STAGE).toBe('staging');
  });

  /** Every physical name a template fixes (string `…Name` properties that are unique in an account and region). */
  const fixedNames = (s: SynthStack) =>
    Object.values(s.template.Resources).flatMap((r: Resource) =>
      Object.entries({ ...r.Properties, ...((r.Properties.BackupPlan as Record<string, unknown> | undefined) ?? {}) }).flatMap(
        ([key, value]) =>
          // Scoped to their parent, not to the account: metric, inline policy, user pool group,
          // index names; an HTTP API's stages and authorizers.
          /Name$/.test(key) &&
          typeof value === 'string' &&
          !['MetricName', 'PolicyName', 'GroupName', 'IndexName', 'AttributeName'].includes(key) &&
          !['AWS::ApiGatewayV2::Stage', 'AWS::ApiGatewayV2::Authorizer'].includes(r.Type)
            ? [`${r.Type} ${key} ${value}`]
            : [],
      ),
    );

  it('fix no physical name two stages of one account and region would share (the bus is no longer "hall-events")', () => {
    const dev = new Set(fixedNames(commercial()).map((n) => n.split(' ').pop()));
    const shared = fixedNames(staging).filter((n) => dev.has(n.split(' ').pop()));
    expect(shared).toEqual([]);
    expect(fixedNames(staging)).toEqual(expect.arrayContaining([expect.stringMatching(/^AWS::Events::EventBus Name Hallstaging/)]));
  });

  it('synthesize a prod stage in both partitions from -c values as docs/deploy.md gives them, cdk-nag clean', () => {
    const prod = synthHallApp({
      'hall:stage': 'prod',
      'hall:regions': 'cn-north-1,ap-southeast-1',
      'hall:jwtIssuer': 'https://sso.hall-agency.cn/realms/hall',
      'hall:jwtAudience': 'hall-backend',
    });
    expect(prod.violations).toEqual([]);
    expect(prod.stacks.map((s) => s.stackName)).toEqual(['Hall-prod-cn-north-1', 'Hall-prod-ap-southeast-1']);
    prod.stacks[0]!.assertions.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      JwtConfiguration: { Issuer: 'https://sso.hall-agency.cn/realms/hall', Audience: ['hall-backend'] },
    });
    expect(() => synthHallApp({ 'hall:stage': 'prod', 'hall:regions': 'cn-north-1' })).toThrow(/not a placeholder/);
  });

  it('output the names and URLs operators and the replay script need', () => {
    const outputs = commercial().template.Outputs ?? {};
    for (const name of catalog) {
      const id = `Function${name.replace(/(^|-)(\w)/g, (_, _dash: string, c: string) => c.toUpperCase())}`;
      expect(outputs[id]?.Value).toEqual(ref(commercial().logicalId(commercial().fn(name))));
    }
    for (const id of [
      'JobsDeadLetterQueueUrl',
      'StreamsDeadLetterQueueUrl',
      'AlarmTopicArn',
      'DashboardName',
      'TableName',
      'EventBusName',
    ]) {
      expect(outputs[id], id).toBeDefined();
    }
  });
});

describe('context', () => {
  const config = (region: string, context: Record<string, unknown>) => hallConfig(new App({ context }), region);
  const placeholders = { 'hall:jwtIssuer': 'https://oidc.example.com/realms/hall', 'hall:jwtAudience': 'hall-api' };
  const real = { 'hall:jwtIssuer': 'https://sso.zwfw.jiangsu.gov.cn/realms/hall', 'hall:jwtAudience': 'hall-backend-prod' };

  it('lets only the dev stage keep cdk.json’s placeholder issuer and audience', () => {
    expect(config('cn-north-1', placeholders).auth).toMatchObject({ kind: 'oidc' });
    expect(() => config('cn-north-1', { ...placeholders, 'hall:stage': 'prod' })).toThrow(
      /"hall:jwtIssuer" for cn-north-1 must be the real issuer for stage "prod"/,
    );
    expect(() => config('cn-north-1', { ...real, 'hall:jwtAudience': 'hall-api', 'hall:stage': 'prod' })).toThrow(
      /"hall:jwtAudience".*placeholder hall-api/,
    );
    expect(config('cn-north-1', { ...real, 'hall:stage': 'prod' })).toMatchObject({
      stage: 'prod',
      auth: { issuer: real['hall:jwtIssuer'], audience: ['hall-backend-prod'] },
    });
    // Cognito regions carry no placeholder.
    expect(config('ap-southeast-1', { ...placeholders, 'hall:stage': 'prod' }).auth).toEqual({ kind: 'cognito' });
  });

  it('reads values passed with -c: JSON objects keyed by region, comma-separated regions, an account per partition', () => {
    const app = new App({
      context: {
        'hall:regions': 'cn-north-1, ap-southeast-1',
        'hall:account': '{"cn-north-1": "111111111111", "ap-southeast-1": "222222222222"}',
        'hall:jwtIssuer': '{"cn-north-1": "https://sso.zwfw.jiangsu.gov.cn/realms/hall"}',
        'hall:jwtAudience': 'hall-backend-prod',
        'hall:stage': 'prod',
      },
    });
    expect(targetRegions(app)).toEqual(['cn-north-1', 'ap-southeast-1']);
    expect(hallConfig(app, 'cn-north-1')).toMatchObject({
      account: '111111111111',
      auth: { issuer: 'https://sso.zwfw.jiangsu.gov.cn/realms/hall' },
    });
    expect(hallConfig(app, 'ap-southeast-1').account).toBe('222222222222');
  });

  it.each([
    [{ 'hall:stage': 'Prod' }, /"hall:stage" must be lower-case/],
    [{ 'hall:account': '1234' }, /"hall:account" for ap-southeast-1 must be a 12-digit account id/],
    [
      { 'hall:alarmTopicArn': 'arn:aws-cn:sns:cn-north-1:123456789012:x' },
      /"hall:alarmTopicArn" for ap-southeast-1 must be an SNS topic ARN in ap-southeast-1/,
    ],
    [{ 'hall:disableDefaultEndpoint': 'true' }, /"hall:disableDefaultEndpoint".*unless hall:domainName is set/],
    [{ 'hall:domainName': 'API.Example.org' }, /"hall:domainName"/],
  ])('refuses %j', (context, message) => {
    expect(() => config('ap-southeast-1', context)).toThrow(message);
  });

  it('needs an imported certificate for a custom domain in China', () => {
    expect(() => config('cn-north-1', { ...placeholders, 'hall:domainName': 'api.zwfw.example.gov.cn' })).toThrow(
      /"hall:certificateArn" for cn-north-1/,
    );
  });
});
