/** Ratings and complaints in the table. */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { conflict } from '#domain/errors';
import type { Complaint, Rating } from '#domain/complaints';
import { monthOfInstant } from '#domain/time';
import type { Deps } from './deps';
import { batchGet, createIfNew, putVersioned, queryAll, queryPage, type Page, type PageQuery } from './dynamo';
import { complaintLists, indexKeys, keys, withoutKeys } from './table';

export function complaintItem(c: Complaint) {
  return {
    ...keys.complaint(c.complaintId),
    ...indexKeys.complaint({
      hallId: c.hallId,
      complaintId: c.complaintId,
      status: c.status,
      ...(c.assignee ? { assignee: c.assignee } : {}),
      ...(c.resolvedAt ? { resolvedMonth: monthOfInstant(c.resolvedAt) } : {}),
      ...(c.dueDate ? { dueDate: c.dueDate } : {}),
    }),
    entity: 'complaint',
    ...c,
  };
}

export type ComplaintListQuery = { by: 'assignee'; staffId: string } | { by: 'status'; status: string };

export const complaintRecords = {
  async get(d: Deps, complaintId: string): Promise<Complaint | undefined> {
    const out = await d.db.send(new GetCommand({ TableName: d.tableName, Key: keys.complaint(complaintId), ConsistentRead: true }));
    return out.Item ? withoutKeys<Complaint>(out.Item) : undefined;
  },

  /** Creates the complaint unless one with its id exists; true when this call created it. */
  createOnce(d: Deps, c: Complaint): Promise<boolean> {
    const { pk, sk, ...item } = complaintItem(c);
    return createIfNew(d, { pk, sk }, item);
  },

  async update(d: Deps, previous: Complaint, next: Complaint): Promise<Complaint> {
    const saved = { ...next, version: previous.version + 1 };
    await putVersioned(d, complaintItem(saved), previous.version, () =>
      conflict('STALE_COMPLAINT', `Complaint ${previous.complaintId} was changed by someone else; reload and retry`),
    );
    return saved;
  },

  async list(
    d: Deps,
    hallId: string,
    q: ComplaintListQuery,
    page: Pick<PageQuery, 'limit' | 'cursor' | 'where'>,
  ): Promise<Page<Complaint>> {
    const { index, partition } =
      q.by === 'assignee' ? complaintLists.byAssignee(hallId, q.staffId) : complaintLists.byStatus(hallId, q.status);
    const result = await queryPage<Record<string, unknown>>(d.db, d.tableName, { index, partition, newestFirst: true, ...page });
    return { ...result, items: result.items.map((i) => withoutKeys<Complaint>(i)) };
  },

  /** Every complaint of a hall with one status (e.g. the few still `received`, unroutable ones among them). */
  async allWithStatus(d: Deps, hallId: string, status: Complaint['status']): Promise<Complaint[]> {
    const { index, partition } = complaintLists.byStatus(hallId, status);
    return (await queryAll<Record<string, unknown>>(d.db, d.tableName, { index, partition })).map((i) => withoutKeys<Complaint>(i));
  },

  async resolvedIn(d: Deps, hallId: string, month: string): Promise<Complaint[]> {
    const { index, partition } = complaintLists.byResolvedMonth(hallId, month);
    return (await queryAll<Record<string, unknown>>(d.db, d.tableName, { index, partition })).map((i) => withoutKeys<Complaint>(i));
  },

  /** Several complaints by id (e.g. the rectifications of a month's bad ratings). */
  async getMany(d: Deps, ids: string[]): Promise<Complaint[]> {
    return (
      await batchGet(
        d,
        ids.map((id) => ({ ...keys.complaint(id) })),
      )
    ).map((i) => withoutKeys<Complaint>(i));
  },
};

export const ratingRecords = {
  async get(d: Deps, caseId: string): Promise<Rating | undefined> {
    const out = await d.db.send(new GetCommand({ TableName: d.tableName, Key: keys.rating(caseId), ConsistentRead: true }));
    return out.Item ? withoutKeys<Rating>(out.Item) : undefined;
  },

  /** One rating per case: a conditional put; false when the case was already rated. */
  createOnce: (d: Deps, r: Rating) =>
    createIfNew(d, keys.rating(r.caseId), {
      ...indexKeys.rating({ hallId: r.hallId, caseId: r.caseId, month: monthOfInstant(r.ratedAt) }),
      entity: 'rating',
      ...r,
    }),

  /** The case ids among `caseIds` that have a rating. */
  async ratedAmong(d: Deps, caseIds: string[]): Promise<Set<string>> {
    const found = await batchGet(
      d,
      caseIds.map((id) => ({ ...keys.rating(id) })),
    );
    return new Set(found.map((i) => String(i.caseId)));
  },

  async givenIn(d: Deps, hallId: string, month: string): Promise<Rating[]> {
    const { index, partition } = complaintLists.ratingsByMonth(hallId, month);
    return (await queryAll<Record<string, unknown>>(d.db, d.tableName, { index, partition })).map((i) => withoutKeys<Rating>(i));
  },
};
