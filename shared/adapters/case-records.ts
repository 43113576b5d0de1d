/** Cases in the table: one item per case, every change guarded by its version. */
import { conflict } from '#domain/errors';
import { awaitsWindow, type Case } from '#domain/cases';
import { monthOfInstant } from '#domain/time';
import type { StoreDeps as Deps } from './deps';
import { caseEventFor } from '#events/changes';
import { record, recordPage, records, type Page, type PageQuery } from './dynamo';
import { putWithEvent } from './outbox';
import { caseLists, dueWorkFrom, ENTITY, indexKeys, keys } from './table';

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
      open: awaitsWindow(c),
    }),
    entity: ENTITY.case,
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
  /** A case of this hall: another hall's case is simply not there (tenancy by construction). */
  async getInHall(d: Deps, hallId: string, caseId: string): Promise<Case | undefined> {
    const found = await record<Case>(d, keys.case(caseId), true);
    return found?.hallId === hallId ? found : undefined;
  },

  /** A case by id alone: only for the public with its receipt code, who do not name a hall. */
  getAnyHall: (d: Deps, caseId: string) => record<Case>(d, keys.case(caseId), true),

  /** Creates the case, with the event of its intake pending publication (shared/adapters/outbox.ts). */
  async create(d: Deps, c: Case): Promise<Case> {
    await putWithEvent(d, toItem(c), undefined, caseEventFor(undefined, c), () =>
      conflict('CASE_EXISTS', `Case ${c.caseId} already exists`),
    );
    return c;
  },

  /** Saves `next` only if nobody changed the case since `previous` was read (optimistic concurrency), with the event of the change. */
  async update(d: Deps, previous: Case, next: Case): Promise<Case> {
    const saved = { ...next, version: previous.version + 1 };
    await putWithEvent(d, toItem(saved), previous.version, caseEventFor(previous, saved), () =>
      conflict('STALE_CASE', `Case ${previous.caseId} was changed by someone else; reload and retry`),
    );
    return saved;
  },

  /** One page of a list, newest first. */
  page: (d: Deps, hallId: string, q: CaseListQuery, page: Pick<PageQuery, 'limit' | 'cursor' | 'where'>): Promise<Page<Case>> =>
    recordPage<Case>(d, { ...listPartition(hallId, q), newestFirst: true, ...page }),

  /** Every case of one list (for jobs: a hall-month, or a hall's open cases). */
  all: (d: Deps, hallId: string, q: CaseListQuery): Promise<Case[]> => records<Case>(d, listPartition(hallId, q)),

  /** The window's open work due on or after `from` (the sparse due index, range-limited): what a calendar change can move. */
  dueFrom: (d: Deps, hallId: string, from: string): Promise<Case[]> =>
    records<Case>(d, { ...dueWorkFrom(hallId, from), where: { entity: ENTITY.case } }),
};
