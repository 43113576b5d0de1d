/** Cases in the table: one item per case, every change guarded by its version. */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { conflict } from '#domain/errors';
import { isConcluded, type Case } from '#domain/cases';
import { monthOfInstant } from '#domain/time';
import type { Deps } from './deps';
import { putVersioned, queryAll, queryPage, type Page, type PageQuery } from './dynamo';
import { caseLists, indexKeys, keys, withoutKeys } from './table';

function toItem(c: Case) {
  return {
    ...keys.case(c.caseId),
    ...indexKeys.case({
      hallId: c.hallId,
      caseId: c.caseId,
      windowId: c.windowId,
      status: c.status,
      receivedMonth: monthOfInstant(c.receivedAt),
      ...(c.concludedAt ? { concludedMonth: monthOfInstant(c.concludedAt) } : {}),
      ...(c.dueDate ? { dueDate: c.dueDate } : {}),
      open: !isConcluded(c),
    }),
    entity: 'case',
    ...c,
  };
}

export type CaseListQuery =
  | { by: 'window-month'; windowId: string; month: string }
  | { by: 'status'; status: string }
  | { by: 'received-month'; month: string }
  | { by: 'concluded-month'; month: string };

function listPartition(hallId: string, q: CaseListQuery) {
  switch (q.by) {
    case 'window-month':
      return caseLists.byWindowMonth(hallId, q.windowId, q.month);
    case 'status':
      return caseLists.byStatus(hallId, q.status);
    case 'received-month':
      return caseLists.byReceivedMonth(hallId, q.month);
    case 'concluded-month':
      return caseLists.byConcludedMonth(hallId, q.month);
  }
}

export const caseRecords = {
  async get(d: Deps, caseId: string): Promise<Case | undefined> {
    const out = await d.db.send(new GetCommand({ TableName: d.tableName, Key: keys.case(caseId), ConsistentRead: true }));
    return out.Item ? withoutKeys<Case>(out.Item) : undefined;
  },

  async create(d: Deps, c: Case): Promise<Case> {
    await putVersioned(d, toItem(c), undefined, () => conflict('CASE_EXISTS', `Case ${c.caseId} already exists`));
    return c;
  },

  /** Saves `next` only if nobody changed the case since `previous` was read (optimistic concurrency). */
  async update(d: Deps, previous: Case, next: Case): Promise<Case> {
    const saved = { ...next, version: previous.version + 1 };
    await putVersioned(d, toItem(saved), previous.version, () =>
      conflict('STALE_CASE', `Case ${previous.caseId} was changed by someone else; reload and retry`),
    );
    return saved;
  },

  async list(d: Deps, hallId: string, q: CaseListQuery, page: Pick<PageQuery, 'limit' | 'cursor' | 'where'>): Promise<Page<Case>> {
    const { index, partition } = listPartition(hallId, q);
    const result = await queryPage<Record<string, unknown>>(d.db, d.tableName, { index, partition, newestFirst: true, ...page });
    return { ...result, items: result.items.map((i) => withoutKeys<Case>(i)) };
  },

  /** Every case of one list (for jobs: a hall-month, or a hall's open cases). */
  async all(d: Deps, hallId: string, q: CaseListQuery): Promise<Case[]> {
    const { index, partition } = listPartition(hallId, q);
    return (await queryAll<Record<string, unknown>>(d.db, d.tableName, { index, partition })).map((i) => withoutKeys<Case>(i));
  },
};
