/**
 * The table's change stream feeding both the complaint router and the outbox (case and
 * complaint events), configured from shared/topology/triggers.ts (the local runtime applies the same
 * filters and limits to its own change stream).
 */
import { Duration, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { FilterCriteria, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { FunctionName } from '#topology/catalog';
import { streamSources } from '#topology/triggers';
import { deadLetterQueue } from './dead-letter-queue';
import type { HallFunction } from './hall-function';

export interface StreamsProps {
  table: ITable;
  functions: Record<FunctionName, HallFunction>;
}

export class Streams extends Construct {
  /** Pointers to the stream batches given up on: replayable while the stream keeps them (24 hours). */
  readonly deadLetters: Queue;

  constructor(scope: Construct, id: string, { table, functions }: StreamsProps) {
    super(scope, id);
    const deadLetters = deadLetterQueue(
      this,
      'DeadLetters',
      'pointers to stream records the stream consumers gave up on: replay within the stream’s 24 hours, or reconcile',
    );
    this.deadLetters = deadLetters;
    for (const source of Object.values(streamSources)) {
      const consumer = functions[source.function];
      consumer.addEventSource(
        new DynamoEventSource(table, {
          // TRIM_HORIZON, not LATEST: if the mapping is ever re-created, changes made in
          // between (up to the stream's 24 hours) are still processed. The consumers are
          // idempotent anyway, since partial batch responses redeliver records.
          startingPosition: StartingPosition.TRIM_HORIZON,
          filters: source.filters.map((pattern) => FilterCriteria.filter(pattern)),
          batchSize: source.batchSize,
          reportBatchItemFailures: true,
          // The default is to retry forever, blocking the shard: bound it and park the failures.
          retryAttempts: source.retryAttempts,
          maxRecordAge: Duration.seconds(source.maxRecordAgeSeconds),
          bisectBatchOnError: true,
          onFailure: new SqsDlq(deadLetters),
        }),
      );
      Validations.of(consumer.role!).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'dynamodb:ListStreams, added by the event source, supports no resource-level permissions. ' +
          'The table and stream actions are scoped to this table (checked by test/infra).',
      });
    }
  }
}
