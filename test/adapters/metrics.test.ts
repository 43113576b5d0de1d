/**
 * Business metrics: what an invocation records becomes one CloudWatch EMF document in the
 * namespace and with the dimensions the stack's alarms and dashboard read, flushed by the
 * function wrapper after every invocation (failed ones too), never printed locally.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Context } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from '#adapters/clock';
import { metrics, publishMetrics, recordMetric } from '#adapters/metrics';
import { lambdaEntry } from '#lambda/entry';
import { businessMetrics, METRICS_NAMESPACE } from '#topology/metrics';

const context = { functionName: 'outbox', awsRequestId: 'r1' } as Context;

afterEach(() => {
  vi.restoreAllMocks();
  metrics().clearMetrics();
  metrics().clearMetadata();
});

describe('the metrics adapter', () => {
  it('writes an invocation’s figures as one EMF document: the namespace, service and stage dimensions, units of the catalog', () => {
    recordMetric('CasesAccepted');
    recordMetric('CasesAccepted');
    recordMetric('MonthEndScoringDuration', 120, { hallId: 'h1', month: '2025-09' });

    expect(metrics().serializeMetrics()).toMatchObject({
      _aws: {
        CloudWatchMetrics: [
          {
            Namespace: METRICS_NAMESPACE,
            Dimensions: [['service', 'stage']],
            Metrics: [
              { Name: 'CasesAccepted', Unit: businessMetrics.CasesAccepted.unit },
              { Name: 'MonthEndScoringDuration', Unit: 'Milliseconds' },
            ],
          },
        ],
      },
      service: 'hall',
      stage: 'local',
      CasesAccepted: [1, 1],
      MonthEndScoringDuration: 120,
      // Metadata: in the log line, searchable, never a dimension (no custom metric per hall).
      hallId: 'h1',
      month: '2025-09',
    });
  });

  it('prints nothing in the local runtime and the tests (POWERTOOLS_METRICS_DISABLED)', () => {
    const write = vi.spyOn(process.stdout, 'write');
    recordMetric('BadRatings');
    publishMetrics();
    expect(write).not.toHaveBeenCalled();
    expect(metrics().hasStoredMetrics()).toBe(false);
  });
});

describe('the function wrapper', () => {
  // The wrapper never touches the ports: the table client is a stand-in.
  const deps = { clock: systemClock, db: {} as DynamoDBDocumentClient, tableName: 'unused', events: { publish: () => Promise.resolve() } };
  const entry = (run: () => Promise<string>) =>
    lambdaEntry(
      'outbox',
      () => deps,
      () => run,
    );

  it.each([
    ['returns', () => Promise.resolve('done')],
    ['fails', () => Promise.reject(new Error('bus unavailable'))],
  ])('flushes what an invocation recorded when it %s', async (_, outcome) => {
    const publish = vi.spyOn(metrics(), 'publishStoredMetrics');
    const handler = entry(() => {
      recordMetric('CasesConcluded');
      return outcome();
    }).withDeps(deps);

    await handler({}, context).catch(() => undefined);

    expect(publish).toHaveBeenCalledTimes(1);
    expect(metrics().hasStoredMetrics()).toBe(false);
  });

  it('flushes nothing when an invocation recorded nothing (Powertools would warn on every empty flush)', async () => {
    const publish = vi.spyOn(metrics(), 'publishStoredMetrics');
    await entry(() => Promise.resolve('nothing to count')).withDeps(deps)({}, context);
    expect(publish).not.toHaveBeenCalled();
  });
});
