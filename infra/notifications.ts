/**
 * Notifications: the notification queue of shared/topology/triggers.ts between the hall bus and
 * the sender (a bus rule puts the events it subscribes to on it; the sender takes them in
 * batches with partial failures, at most `maxConcurrency` at once, so a burst waits in the queue
 * instead of running into the providers' rate limits), its dead-letter queue, and the providers'
 * credentials: one Secrets Manager secret, created without any credential in the template
 * (operators put them in; see infra/README.md), readable by the sender only. E-mail (SES v2) where
 * configured; there is none in the China regions.
 */
import { Duration, SecretValue, Stack, Validations } from 'aws-cdk-lib';
import { Rule, type IEventBus } from 'aws-cdk-lib/aws-events';
import { SqsQueue } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { EVENT_SOURCE } from '#events/contracts';
import type { FunctionName } from '#topology/catalog';
import { notificationQueue } from '#topology/triggers';
import type { HallConfig } from './config';
import { deadLetterQueue } from './dead-letter-queue';
import type { HallFunction } from './hall-function';

export interface NotificationsProps {
  functions: Record<FunctionName, HallFunction>;
  bus: IEventBus;
  email: HallConfig['notificationEmail'];
}

export class Notifications extends Construct {
  readonly queue: Queue;
  readonly deadLetters: Queue;
  readonly secret: Secret;

  constructor(scope: Construct, id: string, { functions, bus, email }: NotificationsProps) {
    super(scope, id);
    const spec = notificationQueue;
    const sender = functions[spec.function];

    this.deadLetters = deadLetterQueue(this, 'DeadLetters', 'notification events the sender kept failing on');
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(spec.visibilityTimeoutSeconds),
      retentionPeriod: Duration.days(spec.retentionDays),
      deadLetterQueue: { queue: this.deadLetters, maxReceiveCount: spec.maxReceiveCount },
    });

    new Rule(this, 'ToQueue', {
      description: spec.description,
      eventBus: bus,
      eventPattern: { source: [EVENT_SOURCE], detailType: [...spec.detailTypes] },
      // Delivery to the queue itself is retried by EventBridge, then parked with the rest.
      targets: [new SqsQueue(this.queue, { deadLetterQueue: this.deadLetters, retryAttempts: 5, maxEventAge: Duration.hours(1) })],
    });

    sender.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: spec.batchSize,
        reportBatchItemFailures: true,
        maxConcurrency: spec.maxConcurrency,
      }),
    );
    sender.addEnvironment('NOTIFICATION_QUEUE_URL', this.queue.queueUrl);

    // Created empty (no robots, no SMS): the providers' credentials never pass through the template.
    this.secret = new Secret(this, 'ProviderCredentials', {
      description: 'Notification providers: SMS (Tencent Cloud), work-group robots per hall',
      secretStringValue: SecretValue.unsafePlainText(JSON.stringify({ robots: {} })),
    });
    this.secret.grantRead(sender);
    sender.addEnvironment('NOTIFICATION_SECRET_ARN', this.secret.secretArn);
    Validations.of(this.secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The SMS keys and robot webhooks are issued by their providers and rotated there; the operators update this secret (read every five minutes).',
    });

    if (email) {
      sender.addEnvironment('NOTIFICATION_EMAIL_FROM', email.from);
      sender.addEnvironment('AGENCY_EMAIL', email.agency);
      const identity = (name: string) => Stack.of(this).formatArn({ service: 'ses', resource: 'identity', resourceName: name });
      sender.addToRolePolicy(
        new PolicyStatement({
          actions: ['ses:SendEmail'],
          resources: [identity(email.from), identity(email.from.split('@')[1] ?? email.from)],
        }),
      );
    }
  }
}
