/**
 * The notification path in the stack, checked against shared/topology/triggers.ts: a rule on the
 * hall bus → the notification queue (with its dead-letter queue) → the sender, and the
 * providers' secret: created with no credential in the template, readable by the sender only.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { eventSchemas, EVENT_SOURCE } from '#events/contracts';
import { NOTIFIED_EVENTS } from '#domain/notifications';
import { functionCatalog, type FunctionName, type FunctionSpec } from '#topology/catalog';
import { notificationQueue } from '#topology/triggers';
import { anything, objectContaining } from '../support/matchers';
import { hallApp, synthHallApp } from './synth';

let synth: ReturnType<typeof synthHallApp>;
let withEmail: ReturnType<typeof synthHallApp>;
const email = {
  'hall:notificationEmailFrom': { 'ap-southeast-1': 'hall@example.gov.cn' },
  'hall:agencyEmail': { 'ap-southeast-1': 'agency@example.gov.cn' },
};
beforeAll(() => {
  synth = synthHallApp();
  withEmail = synthHallApp(email);
});
type Synth = (typeof synth.stacks)[number];
const stack = (region: string, from = synth) => from.stacks.find((s) => s.region === region)!;
const getAtt = (logicalId: string, attribute = 'Arn') => ({ 'Fn::GetAtt': [logicalId, attribute] });

/** The notification queue: the one whose redrive policy names a dead-letter queue. */
function queues(s: Synth) {
  const [queueId, queue] = s.resources('AWS::SQS::Queue').find(([, q]) => q.Properties.RedrivePolicy !== undefined)!;
  const { deadLetterTargetArn } = queue.Properties.RedrivePolicy as { deadLetterTargetArn: { 'Fn::GetAtt': [string, string] } };
  return { queueId, queue, deadLettersId: deadLetterTargetArn['Fn::GetAtt'][0] };
}

const statementsOf = (s: Synth, name: FunctionName) => {
  const role = s.logicalId(s.fn(name).role!);
  return s
    .resources('AWS::IAM::Policy')
    .filter(([, policy]) => policy.Properties.Roles.some((r) => r.Ref === role))
    .flatMap(([, policy]) => policy.Properties.PolicyDocument.Statement)
    .map((statement) => ({ Action: [statement.Action].flat(), Resource: [statement.Resource].flat() }));
};

describe.each(['ap-southeast-1', 'cn-north-1'])('in %s', (region) => {
  it('a rule on the hall bus puts every notified event kind on the queue, with retries and a dead-letter queue', () => {
    const s = stack(region);
    const { queueId, deadLettersId } = queues(s);
    const bus = s.resources('AWS::Events::EventBus')[0]![0];
    const matching = s
      .resources('AWS::Events::Rule')
      .filter(([, r]) => r.Properties.Targets.some((t) => JSON.stringify(t).includes(queueId)));
    expect(matching).toHaveLength(1);
    const [, rule] = matching[0]!;
    expect(rule.Properties.EventBusName).toEqual({ Ref: bus });
    expect(rule.Properties.EventPattern).toEqual({ source: [EVENT_SOURCE], 'detail-type': [...notificationQueue.detailTypes] });
    expect(rule.Properties.Targets).toEqual([
      objectContaining({ Arn: getAtt(queueId), DeadLetterConfig: { Arn: getAtt(deadLettersId) }, RetryPolicy: anything() }),
    ]);
  });

  it('the queue hands a message back after its visibility timeout, and parks it after maxReceiveCount receipts', () => {
    const s = stack(region);
    const { queue, deadLettersId } = queues(s);
    expect(queue.Properties).toMatchObject({
      SqsManagedSseEnabled: true,
      VisibilityTimeout: notificationQueue.visibilityTimeoutSeconds,
      MessageRetentionPeriod: notificationQueue.retentionDays * 86400,
      RedrivePolicy: { deadLetterTargetArn: getAtt(deadLettersId), maxReceiveCount: notificationQueue.maxReceiveCount },
    });
    expect(s.template.Resources[deadLettersId]!.Properties).toMatchObject({
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 14 * 86400,
    });
    // SQS requires a visibility timeout no shorter than the consumer's timeout.
    expect(notificationQueue.visibilityTimeoutSeconds).toBeGreaterThanOrEqual(functionCatalog.notifications.timeoutSeconds);
  });

  it('the sender takes the queue in batches with partial failures, at most maxConcurrency at once', () => {
    const s = stack(region);
    const { queueId } = queues(s);
    const [mapping] = s
      .resources('AWS::Lambda::EventSourceMapping')
      .filter(([, m]) => m.Properties.EventSourceArn['Fn::GetAtt'][0] === queueId);
    expect(mapping?.[1].Properties).toMatchObject({
      FunctionName: { Ref: s.logicalId(s.fn(notificationQueue.function)) },
      BatchSize: notificationQueue.batchSize,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: notificationQueue.maxConcurrency },
    });
  });

  /** The providers' secret (the stack's other one is the hashing secret of shared/adapters/keyed-hash.ts). */
  const providersSecret = (s: Synth) =>
    s.resources('AWS::SecretsManager::Secret').find(([, r]) => String(r.Properties.Description).startsWith('Notification providers'))!;

  it('keeps no credential in the template: the secret starts empty and is filled in by operators', () => {
    const s = stack(region);
    const [secretId, secret] = providersSecret(s);
    expect(JSON.parse(secret.Properties.SecretString as string)).toEqual({ robots: {} });
    const template = JSON.stringify(s.template);
    for (const telltale of ['secretKey', 'secretId', 'webhookUrl', 'qyapi.weixin.qq.com', 'oapi.dingtalk.com', 'SEC']) {
      expect(template).not.toContain(`"${telltale}`);
    }
    const [, sender] = s.resources('AWS::Lambda::Function').find(([id]) => id === s.logicalId(s.fn('notifications')))!;
    expect(sender.Properties.Environment.Variables).toMatchObject({ NOTIFICATION_SECRET_ARN: { Ref: secretId } });
  });

  it('lets the sender alone read the providers secret; the others read at most the hashing secret', () => {
    const s = stack(region);
    const [providersId] = providersSecret(s);
    const [hashingId] = s.resources('AWS::SecretsManager::Secret').find(([id]) => id !== providersId)!;
    for (const name of Object.keys(functionCatalog) as FunctionName[]) {
      const reads = statementsOf(s, name).filter((st) => st.Action.some((a) => a.startsWith('secretsmanager:')));
      const spec: FunctionSpec = functionCatalog[name];
      const refs = reads.flatMap((st) => st.Resource as { Ref: string }[]).map((r) => r.Ref);
      expect(refs.sort()).toEqual([...(spec.keyedHash ? [hashingId] : []), ...(name === 'notifications' ? [providersId] : [])].sort());
    }
  });

  it('lists every event kind a notification rule exists for among the contracts', () => {
    expect(notificationQueue.detailTypes).toEqual(expect.arrayContaining(NOTIFIED_EVENTS));
    for (const type of notificationQueue.detailTypes) expect(Object.keys(eventSchemas)).toContain(type);
  });
});

describe('e-mail (SES v2)', () => {
  const senderOf = (s: Synth) => s.resources('AWS::Lambda::Function').find(([id]) => id === s.logicalId(s.fn('notifications')))![1];

  it('is off unless configured: no address, no permission', () => {
    const s = stack('ap-southeast-1');
    expect(senderOf(s).Properties.Environment.Variables).not.toHaveProperty('NOTIFICATION_EMAIL_FROM');
    expect(statementsOf(s, 'notifications').flatMap((st) => st.Action)).not.toContain('ses:SendEmail');
  });

  it('sends from the configured identity only, and names the agency mailbox', () => {
    const s = stack('ap-southeast-1', withEmail);
    expect(senderOf(s).Properties.Environment.Variables).toMatchObject({
      NOTIFICATION_EMAIL_FROM: 'hall@example.gov.cn',
      AGENCY_EMAIL: 'agency@example.gov.cn',
    });
    const ses = statementsOf(s, 'notifications').filter((st) => st.Action.includes('ses:SendEmail'));
    expect(ses).toHaveLength(1);
    expect(JSON.stringify(ses[0]!.Resource)).toContain('identity/hall@example.gov.cn');
    for (const name of Object.keys(functionCatalog) as FunctionName[]) {
      if (name !== 'notifications') expect(statementsOf(s, name).flatMap((st) => st.Action)).not.toContain('ses:SendEmail');
    }
  });

  it('is refused in the China regions, where SES is not offered', () => {
    expect(() => hallApp({ 'hall:notificationEmailFrom': 'hall@example.gov.cn', 'hall:agencyEmail': 'agency@example.gov.cn' })).toThrow(
      /hall:notificationEmailFrom.*cn-north-1/,
    );
  });
});
