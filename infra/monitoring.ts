/**
 * What the agency's cloud team watches: alarms on everything that can fail quietly, sent to an
 * SNS topic (the one named by `hall:alarmTopicArn`, or one made here), and one dashboard with
 * the same figures and the business metrics the functions record (shared/topology/metrics.ts).
 *
 * Alarm and dashboard names are left to CloudFormation: a staging copy in the same account
 * never collides with production.
 */
import { CfnOutput, Duration, Stack } from 'aws-cdk-lib';
import type { HttpStage } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  MathExpression,
  Metric,
  SingleValueWidget,
  TextWidget,
  TreatMissingData,
  type IMetric,
  type IWidget,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Operation, type ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic, type ITopic } from 'aws-cdk-lib/aws-sns';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { FunctionName } from '#topology/catalog';
import { businessMetrics, METRICS_NAMESPACE, METRICS_SERVICE, type BusinessMetric } from '#topology/metrics';
import { eventRules, schedules, streamSources } from '#topology/triggers';
import type { HallConfig } from './config';
import { deadLetterPurpose } from './dead-letter-queue';
import type { HallFunction } from './hall-function';

const FIVE_MINUTES = Duration.minutes(5);

/** Thresholds, each with its reason. */
export const THRESHOLDS = {
  /** A stream consumer this far behind is stuck on a record (retrying) or failing: records expire after an hour. */
  iteratorAgeMs: 5 * 60_000,
  /** Internal errors per 100 requests over five minutes (a 5xx is always a fault of ours: the handlers map every client error). */
  serverErrorPercent: 1,
  /** p99 of the whole request at the stage, sustained for 15 minutes (the API functions time out at 10 s, assessments at 29 s). */
  latencyP99Ms: 3000,
  /** An asynchronous job run waiting this long in Lambda's queue is being throttled or retried. */
  asyncEventAgeMs: 5 * 60_000,
} as const;

/** Every table operation the functions use (infra/hall-function.ts): throttling on any of them. */
const TABLE_OPERATIONS = [
  Operation.GET_ITEM,
  Operation.BATCH_GET_ITEM,
  Operation.QUERY,
  Operation.PUT_ITEM,
  Operation.UPDATE_ITEM,
  Operation.DELETE_ITEM,
];

export interface MonitoringProps {
  config: HallConfig;
  functions: Record<FunctionName, HallFunction>;
  stage: HttpStage;
  table: ITable;
}

export class Monitoring extends Construct {
  readonly topic: ITopic;
  readonly alarms: Alarm[] = [];
  readonly dashboard: Dashboard;
  private readonly action: SnsAction;

  constructor(scope: Construct, id: string, { config, functions, stage, table }: MonitoringProps) {
    super(scope, id);
    this.topic = config.alarmTopicArn ? Topic.fromTopicArn(this, 'Topic', config.alarmTopicArn) : this.alarmTopic();
    this.action = new SnsAction(this.topic);
    const where = `${Stack.of(this).stackName} (stage ${config.stage}, ${config.region})`;
    const fns = Object.entries(functions) as [FunctionName, HallFunction][];

    // Every function: errors (a handler's uncaught failure, a timeout) and throttles.
    for (const [name, fn] of fns) {
      this.alarm(
        `Errors-${name}`,
        fn.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' }),
        1,
        `${name} failed in ${where}: see its log group.`,
      );
      this.alarm(
        `Throttles-${name}`,
        fn.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum' }),
        1,
        `${name} was throttled in ${where}.`,
      );
    }

    // Every dead-letter queue of the stack, whoever made it: anything in one is work that did not
    // happen. (Work queues are not alarmed on their depth: the notification queue holds SMS
    // through the quiet hours by design; what it cannot deliver ends in its dead-letter queue.)
    const deadLetterQueues = Stack.of(this)
      .node.findAll()
      .flatMap((c) => (c instanceof Queue && deadLetterPurpose(c) ? [{ queue: c, purpose: deadLetterPurpose(c) }] : []));
    for (const { queue, purpose } of deadLetterQueues) {
      this.alarm(
        `DeadLetters-${queue.node.scope?.node.id ?? queue.node.id}`,
        queue.metricApproximateNumberOfMessagesVisible({ period: FIVE_MINUTES, statistic: 'Maximum' }),
        1,
        `Work that did not happen in ${where}: ${purpose}. ` +
          `Read them, fix the cause, then npm run replay -- <the queue URL in the stack outputs> (docs/deploy.md).`,
      );
    }

    // Every stream consumer: how far behind the table's changes it is.
    for (const source of Object.values(streamSources)) {
      const iteratorAge = functions[source.function].metric('IteratorAge', { period: FIVE_MINUTES, statistic: 'Maximum' });
      this.alarm(
        `IteratorAge-${source.function}`,
        iteratorAge,
        THRESHOLDS.iteratorAgeMs,
        `${source.function} is behind the table stream in ${where}.`,
      );
    }

    // The API: internal errors as a share of requests, and latency.
    const errorRate = serverErrorRate(stage);
    this.alarm('ApiServerErrors', errorRate, THRESHOLDS.serverErrorPercent, `1 % or more of API requests failed with a 5xx in ${where}.`);
    const latencyP99 = stage.metricLatency({ period: FIVE_MINUTES, statistic: 'p99' });
    this.alarm('ApiLatencyP99', latencyP99, THRESHOLDS.latencyP99Ms, `API p99 latency of 3 s or more for 15 minutes in ${where}.`, 3);

    // The table: requests DynamoDB throttled (on demand, but partitions and sudden peaks have limits).
    const throttled = table.metricThrottledRequestsForOperations({ operations: TABLE_OPERATIONS, period: FIVE_MINUTES });
    this.alarm('TableThrottled', throttled, 1, `DynamoDB throttled requests to the table of ${where}.`);

    // Notifications that could not be delivered (recorded by the notification service).
    this.alarm(
      'NotificationsFailed',
      businessMetric('NotificationsFailed', config.stage, FIVE_MINUTES),
      1,
      `Notifications failed in ${where}.`,
    );

    // Jobs run asynchronously: where Lambda's asynchronous-invocation metrics exist, a run that
    // waits or is dropped shows there before it reaches the dead-letter queue. Elsewhere (the
    // China regions) the dead-letter queue depth above is the signal.
    const jobFunctions = [...new Set([...Object.values(schedules), ...Object.values(eventRules)].map((s) => s.function))];
    if (config.asyncInvocationMetrics) {
      for (const name of jobFunctions) {
        const fn = functions[name];
        this.alarm(
          `AsyncEventAge-${name}`,
          fn.metric('AsyncEventAge', { period: FIVE_MINUTES, statistic: 'Maximum' }),
          THRESHOLDS.asyncEventAgeMs,
          `${name} runs wait in Lambda's queue in ${where}.`,
        );
        this.alarm(
          `AsyncEventsDropped-${name}`,
          fn.metric('AsyncEventsDropped', { period: FIVE_MINUTES, statistic: 'Sum' }),
          1,
          `${name} runs were dropped in ${where}: see the jobs dead-letter queue.`,
        );
      }
    }

    this.dashboard = new Dashboard(this, 'Dashboard', { defaultInterval: Duration.days(1) });
    const perFunction = (metric: (fn: HallFunction) => Metric) => fns.map(([name, fn]) => metric(fn).with({ label: name }));
    const rows: IWidget[][] = [
      [
        new TextWidget({
          markdown: `# Hall — ${config.stage}, ${config.region}\nAlarms go to the SNS topic in the stack outputs (\`AlarmTopicArn\`). Runbook: docs/deploy.md.`,
          width: 8,
          height: 4,
        }),
        new AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 16, height: 4 }),
      ],
      [
        graph(
          'API requests and errors',
          [stage.metricCount(), stage.metricClientError(), stage.metricServerError()].map((m) =>
            m.with({ period: FIVE_MINUTES, statistic: 'Sum' }),
          ),
        ),
        graph('API 5xx per 100 requests', [errorRate]),
        graph('API latency', [stage.metricLatency({ statistic: 'p50', period: FIVE_MINUTES }), latencyP99]),
      ],
      [
        graph(
          'Function errors',
          perFunction((fn) => fn.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' })),
        ),
        graph(
          'Function throttles',
          perFunction((fn) => fn.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum' })),
        ),
        graph(
          'Function duration p99',
          perFunction((fn) => fn.metricDuration({ period: FIVE_MINUTES, statistic: 'p99' })),
        ),
      ],
      [
        graph(
          'Stream iterator age',
          Object.values(streamSources).map((s) =>
            functions[s.function].metric('IteratorAge', { period: FIVE_MINUTES, statistic: 'Maximum', label: s.function }),
          ),
        ),
        graph(
          'Dead-letter queue depth',
          deadLetterQueues.map(({ queue: q }) =>
            q.metricApproximateNumberOfMessagesVisible({
              period: FIVE_MINUTES,
              statistic: 'Maximum',
              label: q.node.scope?.node.id ?? q.node.id,
            }),
          ),
        ),
        graph('Table throttled requests', [throttled]),
        ...(config.asyncInvocationMetrics
          ? [
              graph(
                'Job runs waiting (AsyncEventAge)',
                jobFunctions.map((name) =>
                  functions[name].metric('AsyncEventAge', { period: FIVE_MINUTES, statistic: 'Maximum', label: name }),
                ),
              ),
            ]
          : []),
      ],
      [
        new SingleValueWidget({
          title: 'Over the dashboard’s period',
          metrics: (
            [
              'CasesAccepted',
              'CasesConcluded',
              'CasesConcludedOverdue',
              'BadRatings',
              'ComplaintsRouted',
              'ComplaintsAwaitingReview',
            ] as const
          ).map((name) => businessMetric(name, config.stage, Duration.days(1))),
          setPeriodToTimeRange: true,
          width: 24,
          height: 4,
        }),
      ],
      [
        graph(
          'Cases',
          (['CasesAccepted', 'CasesConcluded', 'CasesConcludedOverdue'] as const).map((name) => businessMetric(name, config.stage)),
        ),
        graph(
          'Ratings and complaints',
          (['BadRatings', 'ComplaintsRouted', 'ComplaintsAwaitingReview'] as const).map((name) => businessMetric(name, config.stage)),
        ),
        graph(
          'Reminders and notifications',
          (['RemindersSent', 'NotificationsSent', 'NotificationsFailed'] as const).map((name) => businessMetric(name, config.stage)),
        ),
      ],
      [
        graph('Month-end scoring per hall (ms)', [
          businessMetric('MonthEndScoringDuration', config.stage, Duration.days(1), 'Maximum'),
          businessMetric('MonthEndScoringDuration', config.stage, Duration.days(1), 'Average'),
        ]),
        graph('Windows ranked per hall', [
          businessMetric('MonthEndWindowsScored', config.stage, Duration.days(1), 'Maximum'),
          businessMetric('MonthEndWindowsScored', config.stage, Duration.days(1), 'Average'),
        ]),
      ],
    ];
    for (const row of rows) this.dashboard.addWidgets(...row);

    if (!config.alarmTopicArn)
      new CfnOutput(Stack.of(this), 'AlarmTopicArn', {
        value: this.topic.topicArn,
        description: 'Subscribe the on-call address here (docs/deploy.md)',
      });
    new CfnOutput(Stack.of(this), 'DashboardName', { value: this.dashboard.dashboardName });
  }

  /** At or above the threshold for `periods` consecutive periods: to the topic, and back when it clears. */
  private alarm(id: string, metric: IMetric, threshold: number, description: string, periods = 1): Alarm {
    const alarm = new Alarm(this, id, {
      metric,
      threshold,
      evaluationPeriods: periods,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      // No data is no traffic, not a fault (errors, throttles and queue depth report nothing when idle).
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
    alarm.addAlarmAction(this.action);
    alarm.addOkAction(this.action);
    this.alarms.push(alarm);
    return alarm;
  }

  /**
   * The stack's own topic: encrypted with a key CloudWatch may use (alarms cannot publish to a
   * topic encrypted with the AWS managed SNS key), TLS only.
   */
  private alarmTopic(): Topic {
    const account = Stack.of(this).account;
    const key = new Key(this, 'TopicKey', { description: 'Encrypts the alarm topic', enableKeyRotation: true });
    const cloudwatch = new ServicePrincipal('cloudwatch.amazonaws.com');
    key.addToResourcePolicy(
      new PolicyStatement({
        principals: [cloudwatch],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': account } },
      }),
    );
    const topic = new Topic(this, 'Topic', { masterKey: key, enforceSSL: true });
    // A topic policy replaces the default one, so CloudWatch's right to publish is stated.
    topic.addToResourcePolicy(
      new PolicyStatement({
        principals: [cloudwatch],
        actions: ['sns:Publish'],
        resources: [topic.topicArn],
        conditions: { StringEquals: { 'aws:SourceAccount': account } },
      }),
    );
    return topic;
  }
}

/** 5xx replies per 100 requests at the stage (0 without requests). */
function serverErrorRate(stage: HttpStage): MathExpression {
  return new MathExpression({
    expression: 'IF(requests > 0, 100 * errors / requests, 0)',
    usingMetrics: {
      requests: stage.metricCount({ period: FIVE_MINUTES, statistic: 'Sum' }),
      errors: stage.metricServerError({ period: FIVE_MINUTES, statistic: 'Sum' }),
    },
    period: FIVE_MINUTES,
    label: '5xx per 100 requests',
  });
}

/** A business metric of this stage, as the functions record it (the same dimensions). */
function businessMetric(name: BusinessMetric, stage: string, period = Duration.hours(1), statistic = 'Sum'): Metric {
  const unit = businessMetrics[name].unit === 'Milliseconds' ? ' ms' : '';
  return new Metric({
    namespace: METRICS_NAMESPACE,
    metricName: name,
    dimensionsMap: { service: METRICS_SERVICE, stage },
    period,
    statistic,
    label: statistic === 'Sum' ? name : `${name} (${statistic}${unit})`,
  });
}

const graph = (title: string, metrics: IMetric[]) => new GraphWidget({ title, left: metrics, width: 8, height: 6 });
