/**
 * What a month's statistics read (`npm run bench`): a hall with 20,000 cases received in October
 * 2025 over 10 windows, with the earlier cases, ratings and complaints of support/month-fixture.ts.
 * The statistics of October are computed on demand (the current month) against the embedded
 * store, its client counting the items DynamoDB would bill reads for; the items needed are
 * counted from the fixture: every record the month's figures count, and the hall's set-up.
 */
import { performance } from 'node:perf_hooks';
import { itemsRead, readRequests, ServiceCalls } from '#local/service-calls';
import { startLocalStore } from '#local/store';
import { readStatistics } from '#services/statistics';
import { HALL_ID, MONTH, MONTH_END, seedMonth, storeAt } from './support/month-fixture';

export async function statisticsReads() {
  const store = await startLocalStore({ dataDir: ':memory:', tableName: 'hall-bench' });
  try {
    const seeded = await seedMonth(store, { windows: 10, monthCases: 20_000 });
    const d = storeAt(store.endpoint, store.tableName, MONTH_END);
    const serviceCalls = new ServiceCalls();
    serviceCalls.countDynamoDb(d.db);
    const start = performance.now();
    const { result: statistics, calls } = await serviceCalls.measure('statistics', () => readStatistics(d, HALL_ID, MONTH, MONTH_END));
    const ms = performance.now() - start;
    return {
      read: itemsRead(calls),
      needed: seeded.needed.statistics,
      requests: readRequests(calls),
      ms,
      received: statistics.total.received,
    };
  } finally {
    await store.close();
  }
}
