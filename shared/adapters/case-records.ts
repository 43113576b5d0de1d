/** Cases in the table: one item per case, every change guarded by its version. */
import { conflict } from '#domain/errors';
import { isConcluded, type Case } from '#domain/cases';
import { monthOfInstant } from '#domain/time';
import type { Deps } from './deps';
import { putVersioned, record, recordPage, records, type Page, type PageQuery } from './dynamo';
import { caseLists, indexKeys, keys } from './table';

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
    return record<Case>(d, keys.case(caseId), true);
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
    return recordPage<Case>(d, { index, partition, newestFirst: true, ...page });
  },

  /** Every case of one list (for jobs: a hall-month, or a hall's open cases). */
  async all(d: Deps, hallId: string, q: CaseListQuery): Promise<Case[]> {
    const { index, partition } = listPartition(hallId, q);
    return records<Case>(d, { index, partition });
  },
};
