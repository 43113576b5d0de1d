/**
 * The switches for regions where a service is missing (hall:auth, hall:schedules), the context
 * checks, and proof that cdk-nag findings do fail the synth.
 */
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { App } from 'aws-cdk-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { schedules } from '#topology/triggers';
import { hallConfig } from '../../infra/config';
import { shanghaiCronToUtc } from '../../infra/jobs';
import { anyNumber, anything } from '../support/matchers';
import { hallApp, synthHallApp } from './synth';

describe('shanghaiCronToUtc', () => {
  it.each([
    ['cron(0 8 * * ? *)', 'cron(0 0 * * ? *)'],
    ['cron(30 0 * * ? *)', 'cron(30 16 * * ? *)'], // the previous UTC day, which a daily cron does not notice
    ['cron(0/15 23 * * ? *)', 'cron(0/15 15 * * ? *)'],
    ['cron(0/5 * * * ? *)', 'cron(0/5 * * * ? *)'], // every hour of every day: nothing moves
  ])('%s in Asia/Shanghai is %s in UTC', (shanghai, utc) => {
    expect(shanghaiCronToUtc(shanghai)).toBe(utc);
  });

  it.each(['cron(0 8 1 * ? *)', 'cron(0 8 ? * MON-FRI *)', 'cron(0 8-17 * * ? *)', 'cron(0 24 * * ? *)', 'rate(1 day)'])(
    'refuses %s, which it cannot convert exactly',
    (cron) => {
      expect(() => shanghaiCronToUtc(cron)).toThrow(/Cannot convert/);
    },
  );
});

describe('context checks', () => {
  const config = (region: string, context: Record<string, unknown>) => hallConfig(new App({ context }), region);

  it('defaults to OIDC in the China partition and Cognito elsewhere', () => {
    const oidc = { 'hall:jwtIssuer': 'https://idp.example.com', 'hall:jwtAudience': 'hall-api' };
    expect(config('cn-northwest-1', oidc).auth).toEqual({ kind: 'oidc', issuer: 'https://idp.example.com', audience: ['hall-api'] });
    expect(config('eu-west-1', oidc).auth).toEqual({ kind: 'cognito' });
  });

  it('fails the synth with a clear message when an OIDC region has no issuer or audience', () => {
    expect(() => config('cn-north-1', { 'hall:jwtAudience': 'hall-api' })).toThrow(/"hall:jwtIssuer" for cn-north-1 must be the https URL/);
    expect(() => config('cn-north-1', { 'hall:jwtIssuer': 'http://idp.example.com', 'hall:jwtAudience': 'a' })).toThrow(/jwtIssuer/);
    expect(() => config('cn-north-1', { 'hall:jwtIssuer': 'https://idp.example.com' })).toThrow(/"hall:jwtAudience"/);
  });

  it('rejects unknown switch values and retention periods CloudWatch does not offer', () => {
    expect(() => config('ap-southeast-1', { 'hall:auth': 'ldap' })).toThrow(/cognito \| oidc/);
    expect(() => config('ap-southeast-1', { 'hall:schedules': 'cron' })).toThrow(/scheduler \| rules/);
    expect(() => config('ap-southeast-1', { 'hall:logRetentionDays': 42 })).toThrow(/retention/);
  });
});

describe('a China region with scheduled rules instead of EventBridge Scheduler', () => {
  let stack: ReturnType<typeof synthHallApp>['stacks'][number];
  beforeAll(() => {
    const synth = synthHallApp({
      'hall:regions': ['cn-northwest-1'],
      'hall:schedules': { 'cn-northwest-1': 'rules' },
      'hall:apiRateLimit': '50',
    });
    stack = synth.stacks[0]!;
  });

  it.each(Object.entries(schedules))('runs %s from a UTC rule with retries and a dead-letter queue', (name, spec) => {
    expect(stack.resources('AWS::Scheduler::Schedule')).toEqual([]);
    const [, rule] = stack
      .resources('AWS::Events::Rule')
      .find(([, r]) => r.Properties.ScheduleExpression === shanghaiCronToUtc(spec.cron))!;
    const [target] = rule.Properties.Targets;
    expect(target).toMatchObject({
      Arn: { 'Fn::GetAtt': [stack.logicalId(stack.fn(spec.function)), 'Arn'] },
      RetryPolicy: { MaximumRetryAttempts: anyNumber(), MaximumEventAgeInSeconds: anyNumber() },
      DeadLetterConfig: { Arn: anything() },
    });
    expect(target?.InputTransformer?.InputTemplate).toBe(`{"schedule":"${name}","scheduledAt":<time>}`);
  });

  it('takes its stage limits from the context', () => {
    stack.assertions.hasResourceProperties('AWS::ApiGatewayV2::Stage', { DefaultRouteSettings: { ThrottlingRateLimit: 50 } });
  });
});

it('fails the synth on a cdk-nag finding nobody acknowledged', () => {
  const { app, stacks } = hallApp({ 'hall:regions': ['ap-southeast-1'] });
  new Queue(stacks[0]!, 'Unacknowledged');
  expect(() => app.synth()).toThrow(/AwsSolutions-SQS3[\s\S]*Unacknowledged/);
});
