/** Cases in the table: one item per case, every change guarded by its version. */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { conflict } from '#domain/errors';
import { isConcluded, type Case } from '#domain/cases';
import { businessDate, monthOf } from '#domain/time';
import type { Deps } from './deps';
import { isConditionalCheckFailure, queryPage, type Page, type PageQuery } from './dynamo';
import { caseLists, indexKeys, keys, withoutKeys } from './table';

const monthOfInstant = (iso: string) => monthOf(businessDate(new Date(iso)));

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

async function write(d: Deps, c: Case, condition: { expression: string; values?: Record<string, unknown> }, onConflict: () => Error): Promise<Case> {
  try {
    await d.db.send(
      new PutCommand({
        TableName: d.tableName,
        Item: toItem(c),
        ConditionExpression: condition.expression,
        ...(condition.values ? { ExpressionAttributeValues: condition.values } : {}),
      }),
    );
    return c;
  } catch (err) {
    throw isConditionalCheckFailure(err) ? onConflict() : err;
  }
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

  create: (d: Deps, c: Case) =>
    write(d, c, { expression: 'attribute_not_exists(pk)' }, () => conflict('CASE_EXISTS', `Case ${c.caseId} already exists`)),

  /** Saves `next` only if nobody changed the case since `previous` was read (optimistic concurrency). */
  update: (d: Deps, previous: Case, next: Case) =>
    write(d, { ...next, version: previous.version + 1 }, { expression: 'version = :read', values: { ':read': previous.version } }, () =>
      conflict('STALE_CASE', `Case ${previous.caseId} was changed by someone else; reload and retry`),
    ),

  async list(d: Deps, hallId: string, q: CaseListQuery, page: Pick<PageQuery, 'limit' | 'cursor' | 'where'>): Promise<Page<Case>> {
    const { index, partition } = listPartition(hallId, q);
    const result = await queryPage<Record<string, unknown>>(d.db, d.tableName, { index, partition, newestFirst: true, ...page });
    return { ...result, items: result.items.map((i) => withoutKeys<Case>(i)) };
  },
};
