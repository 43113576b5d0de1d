/** Cases in the table: one item per case, every change guarded by its version; its blind index items beside it. */
import { conflict } from '#domain/errors';
import { awaitsWindow, type Case } from '#domain/cases';
import { SEARCH_KEYS, type SearchKey } from '#domain/search';
import { monthOfInstant } from '#domain/time';
import type { StoreDeps as Deps } from './deps';
import { caseEventFor } from '#events/changes';
import { createIfNew, record, recordPage, records, recordsByKey, type Page, type PageQuery } from './dynamo';
import { putWithEvent } from './outbox';
import { caseLists, caseMonthRanges, dueWorkFrom, ENTITY, indexKeys, keys } from './table';

/** A case as stored: its key, index keys and entity with the record. */
export function caseItem(c: Case) {
  return {
    ...keys.case(c.caseId),
    ...indexKeys.case({
      hallId: c.hallId,
      caseId: c.caseId,
      windowId: c.windowId,
      status: c.status,
      receivedMonth: monthOfInstant(c.receivedAt),
      ...(c.acceptedAt ? { acceptedMonth: monthOfInstant(c.acceptedAt) } : {}),
      ...(c.concludedAt ? { concludedMonth: monthOfInstant(c.concludedAt) } : {}),
      ...(c.dueDate ? { dueDate: c.dueDate } : {}),
      open: awaitsWindow(c),
    }),
    entity: ENTITY.case,
    ...c,
  };
}

/**
 * `range` narrows a status or concluded-month list to the cases of earlier months a month's
 * figures need (table.ts `caseMonthRanges`).
 */
export type MonthRange = { acceptedIn: string } | { acceptedBy: string };

export type CaseListQuery =
  | { by: 'window-month'; windowId: string; month: string }
  | { by: 'status'; status: string; range?: MonthRange }
  | { by: 'received-month'; month: string }
  | { by: 'concluded-month'; month: string; range?: MonthRange };

const skBetween = (range: MonthRange | undefined) =>
  range === undefined
    ? {}
    : {
        skBetween:
          'acceptedIn' in range
            ? caseMonthRanges.acceptedInReceivedBefore(range.acceptedIn)
            : caseMonthRanges.acceptedByReceivedBefore(range.acceptedBy),
      };

function listPartition(hallId: string, q: CaseListQuery) {
  switch (q.by) {
    case 'window-month':
      return caseLists.byWindowMonth(hallId, q.windowId, q.month);
    case 'status':
      return { ...caseLists.byStatus(hallId, q.status), ...skBetween(q.range) };
    case 'received-month':
      return caseLists.byReceivedMonth(hallId, q.month);
    case 'concluded-month':
      return { ...caseLists.byConcludedMonth(hallId, q.month), ...skBetween(q.range) };
  }
}

/** The blind index items of a case: one per search key it has. */
const searchItems = (c: Case) =>
  SEARCH_KEYS.flatMap((key) => {
    const digest = c.searchKeys?.[key];
    if (!digest) return [];
    const item = {
      ...indexKeys.caseSearchKey({ hallId: c.hallId, key, digest, caseId: c.caseId }),
      entity: ENTITY.caseSearchKey,
      hallId: c.hallId,
      caseId: c.caseId,
      key,
    };
    return [{ key: keys.caseSearchKey(c.caseId, key), item }];
  });

/**
 * Every case of one list (for jobs: a hall-month, or a hall's open cases). Exported on its own
 * too: a loader that only reads (shared/adapters/month-records.ts) imports it rather than the
 * repository, so the bundles that only read cases carry neither the writes nor the outbox and
 * the events of changes they bring.
 */
export const allCases = (d: Deps, hallId: string, q: CaseListQuery): Promise<Case[]> => records<Case>(d, listPartition(hallId, q));

export const caseRecords = {
  /** A case of this hall: another hall's case is simply not there (tenancy by construction). */
  async getInHall(d: Deps, hallId: string, caseId: string): Promise<Case | undefined> {
    const found = await record<Case>(d, keys.case(caseId), true);
    return found?.hallId === hallId ? found : undefined;
  },

  /** A case by id alone: only for the public with its receipt code, who do not name a hall. */
  getAnyHall: (d: Deps, caseId: string) => record<Case>(d, keys.case(caseId), true),

  /**
   * Creates the case and its blind index items in one round trip, the event of its intake
   * written with the case, pending publication (shared/adapters/outbox.ts). Index items of a
   * case that was never written find nothing (the search reads the cases they name); if an
   * index item fails, the intake answers 5xx, and its retry with the same Idempotency-Key
   * writes the same case again, index items included (shared/adapters/idempotency.ts).
   */
  async create(d: Deps, c: Case): Promise<Case> {
    await Promise.all([
      ...searchItems(c).map(({ key, item }) => createIfNew(d, key, item)),
      putWithEvent(d, caseItem(c), undefined, caseEventFor(undefined, c), () => conflict('CASE_EXISTS', `Case ${c.caseId} already exists`)),
    ]);
    return c;
  },

  /** Saves `next` only if nobody changed the case since `previous` was read (optimistic concurrency), with the event of the change. */
  async update(d: Deps, previous: Case, next: Case): Promise<Case> {
    const saved = { ...next, version: previous.version + 1 };
    await putWithEvent(d, caseItem(saved), previous.version, caseEventFor(previous, saved), () =>
      conflict('STALE_CASE', `Case ${previous.caseId} was changed by someone else; reload and retry`),
    );
    return saved;
  },

  /** One page of a list, newest first. */
  page: (d: Deps, hallId: string, q: CaseListQuery, page: Pick<PageQuery, 'limit' | 'cursor' | 'where'>): Promise<Page<Case>> =>
    recordPage<Case>(d, { ...listPartition(hallId, q), newestFirst: true, ...page }),

  all: allCases,

  /** The window's open work due on or after `from` (the sparse due index, range-limited): what a calendar change can move. */
  dueFrom: (d: Deps, hallId: string, from: string): Promise<Case[]> =>
    records<Case>(d, { ...dueWorkFrom(hallId, from), where: { entity: ENTITY.case } }),

  /** One page of the open work with a due date at these windows, the most urgent first (a work list). */
  openAtWindows: async (
    d: Deps,
    hallId: string,
    windowIds: readonly string[],
    page: Pick<PageQuery, 'limit' | 'cursor'>,
  ): Promise<Page<Case>> =>
    windowIds.length === 0
      ? { items: [] }
      : recordPage<Case>(d, { ...caseLists.openByDue(hallId), where: { entity: ENTITY.case, windowId: windowIds }, ...page }),

  /**
   * One page of the hall's cases with this search key (exact: the keyed hash of the normalized
   * value), newest first. Only a case that still holds that key is found: index items of a value
   * since corrected find nothing.
   */
  async search(d: Deps, hallId: string, key: SearchKey, digest: string, page: Pick<PageQuery, 'limit' | 'cursor'>): Promise<Page<Case>> {
    const found = await recordPage<{ caseId: string }>(d, { ...caseLists.bySearchKey(hallId, key, digest), newestFirst: true, ...page });
    const cases = new Map(
      (
        await recordsByKey<Case>(
          d,
          found.items.map((i) => keys.case(i.caseId)),
        )
      ).map((c) => [c.caseId, c]),
    );
    const items = found.items.flatMap((i) => {
      const c = cases.get(i.caseId);
      return c?.hallId === hallId && c.searchKeys?.[key] === digest ? [c] : [];
    });
    return { items, ...(found.nextCursor ? { nextCursor: found.nextCursor } : {}) };
  },
};
