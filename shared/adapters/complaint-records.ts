/** Ratings and complaints in the table. */
import { conflict } from '#domain/errors';
import type { Complaint, Rating } from '#domain/complaints';
import { monthOfInstant } from '#domain/time';
import type { Deps } from './deps';
import { createIfNew, putVersioned, record, recordPage, records, recordsByKey, type Page, type PageQuery } from './dynamo';
import { complaintLists, indexKeys, keys } from './table';

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
    return record<Complaint>(d, keys.complaint(complaintId), true);
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
    return recordPage<Complaint>(d, { index, partition, newestFirst: true, ...page });
  },

  /** Every complaint of a hall with one status (e.g. the few still `received`, unroutable ones among them). */
  async allWithStatus(d: Deps, hallId: string, status: Complaint['status']): Promise<Complaint[]> {
    const { index, partition } = complaintLists.byStatus(hallId, status);
    return records<Complaint>(d, { index, partition });
  },

  async resolvedIn(d: Deps, hallId: string, month: string): Promise<Complaint[]> {
    const { index, partition } = complaintLists.byResolvedMonth(hallId, month);
    return records<Complaint>(d, { index, partition });
  },

  /** Several complaints by id (e.g. the rectifications of a month's bad ratings). */
  getMany: (d: Deps, ids: string[]) =>
    recordsByKey<Complaint>(
      d,
      ids.map((id) => keys.complaint(id)),
    ),
};

export const ratingRecords = {
  async get(d: Deps, caseId: string): Promise<Rating | undefined> {
    return record<Rating>(d, keys.rating(caseId), true);
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
    const found = await recordsByKey<Rating>(
      d,
      caseIds.map((id) => keys.rating(id)),
    );
    return new Set(found.map((r) => r.caseId));
  },

  async givenIn(d: Deps, hallId: string, month: string): Promise<Rating[]> {
    const { index, partition } = complaintLists.ratingsByMonth(hallId, month);
    return records<Rating>(d, { index, partition });
  },
};
