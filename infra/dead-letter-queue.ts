import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

const purposes = new WeakMap<Queue, string>();

/** What a dead-letter queue of the stack holds (its alarm says it). */
export const deadLetterPurpose = (queue: Queue): string | undefined => purposes.get(queue);

/**
 * A queue that keeps what could not be delivered or processed, for an operator to inspect and
 * replay (`npm run replay`): encrypted, TLS only, kept for the SQS maximum of 14 days, and
 * retained when the stack is deleted (its messages may be the only trace of a failed run).
 * infra/monitoring.ts alarms on the depth of every dead-letter queue of the stack.
 */
export function deadLetterQueue(scope: Construct, id: string, holds: string): Queue {
  const queue = new Queue(scope, id, {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
    removalPolicy: RemovalPolicy.RETAIN,
  });
  Validations.of(queue).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason: `This queue is itself a dead-letter queue (${holds}); nothing consumes it automatically.`,
  });
  purposes.set(queue, holds);
  return queue;
}
