/** Ratings and complaints in the table. */
import { conflict } from '#domain/errors';
import type { Complaint, Rating } from '#domain/complaints';
import { monthOfInstant } from '#domain/time';
import type { StoreDeps as Deps } from './deps';
import { complaintEventFor } from '#events/changes';
import { createIfNew, record, recordPage, recordPageAcross, records, recordsByKey, type Page, type PageQuery } from './dynamo';
import { putWithEvent } from './outbox';
import { complaintLists, ENTITY, indexKeys, keys } from './table';

export function complaintItem(c: Complaint) {
  return {
    ...keys.complaint(c.complaintId),
    ...indexKeys.complaint({
      hallId: c.hallId,
      complaintId: c.complaintId,
      status: c.status,
      ...(c.assignee ? { assignee: c.assignee } : {}),
      receivedMonth: monthOfInstant(c.receivedAt),
      ...(c.resolvedAt ? { resolvedMonth: monthOfInstant(c.resolvedAt) } : {}),
      ...(c.dueDate ? { dueDate: c.dueDate } : {}),
    }),
    entity: ENTITY.complaint,
    ...c,
  };
}

/** A rating as stored: its key (beside its case), index keys and entity with the record. */
export function ratingItem(r: Rating) {
  return {
    ...keys.rating(r.caseId),
    ...indexKeys.rating({ hallId: r.hallId, caseId: r.caseId, month: monthOfInstant(r.ratedAt) }),
    entity: ENTITY.rating,
    ...r,
  };
}

export type ComplaintListQuery =
  | { by: 'assignee'; staffId: string }
  | { by: 'status'; status: string }
  | { by: 'received-month'; month: string }
  /** Resolved in the month, received before it (with those received in it: every complaint resolved in it, each read once). */
  | { by: 'resolved-in-received-before'; month: string };

function listPartition(hallId: string, q: ComplaintListQuery) {
  switch (q.by) {
    case 'assignee':
      return complaintLists.byAssignee(hallId, q.staffId);
    case 'status':
      return complaintLists.byStatus(hallId, q.status);
    case 'received-month':
      return complaintLists.byReceivedMonth(hallId, q.month);
    case 'resolved-in-received-before':
      return complaintLists.resolvedInReceivedBefore(hallId, q.month);
  }
}

/**
 * Every complaint of one list (e.g. the few still `received`, or those resolved in a month).
 * Exported on its own too, like `getComplaints` and `ratingsGivenIn`: the readers that only read
 * (the month's records, the daily reminders) import them rather than the repositories, so the
 * bundles of month-end-scoring and deadline-reminders carry neither the complaint writes nor
 * the events of changes they bring.
 */
export const allComplaints = (d: Deps, hallId: string, q: ComplaintListQuery): Promise<Complaint[]> =>
  records<Complaint>(d, listPartition(hallId, q));

/** Several complaints by id (e.g. the rectifications of a month's bad ratings). */
export const getComplaints = (d: Deps, ids: string[]) =>
  recordsByKey<Complaint>(
    d,
    ids.map((id) => keys.complaint(id)),
  );

export const complaintRecords = {
  /** A complaint of this hall: another hall's complaint is simply not there. */
  async getInHall(d: Deps, hallId: string, complaintId: string): Promise<Complaint | undefined> {
    const found = await record<Complaint>(d, keys.complaint(complaintId), true);
    return found?.hallId === hallId ? found : undefined;
  },

  /** A complaint by id alone: for the stream consumers, which read the hall from the record. */
  getAnyHall: (d: Deps, complaintId: string) => record<Complaint>(d, keys.complaint(complaintId), true),

  /** Creates the complaint unless one with its id exists; true when this call created it. */
  async createOnce(d: Deps, c: Complaint): Promise<boolean> {
    const exists = conflict('CONFLICT', `Complaint ${c.complaintId} already exists`);
    try {
      await putWithEvent(d, complaintItem(c), undefined, complaintEventFor(undefined, c), () => exists);
      return true;
    } catch (err) {
      if (err === exists) return false;
      throw err;
    }
  },

  /** Saves `next` unless the complaint changed since `previous` was read, with the event of the change. */
  async update(d: Deps, previous: Complaint, next: Complaint): Promise<Complaint> {
    const saved = { ...next, version: previous.version + 1 };
    await putWithEvent(d, complaintItem(saved), previous.version, complaintEventFor(previous, saved), () =>
      conflict('STALE_COMPLAINT', `Complaint ${previous.complaintId} was changed by someone else; reload and retry`),
    );
    return saved;
  },

  /** One page of a list, newest first. */
  page: (d: Deps, hallId: string, q: ComplaintListQuery, page: Pick<PageQuery, 'limit' | 'cursor' | 'where'>): Promise<Page<Complaint>> =>
    recordPage<Complaint>(d, { ...listPartition(hallId, q), newestFirst: true, ...page }),

  /**
   * A staff member's work list, most recent first: the complaints and rectifications assigned to
   * them and still open, then (for those who review findings) those waiting for a review.
   */
  workList: (
    d: Deps,
    hallId: string,
    staffId: string,
    reviews: boolean,
    page: Pick<PageQuery, 'limit' | 'cursor'>,
  ): Promise<Page<Complaint>> =>
    recordPageAcross<Complaint>(
      d,
      [
        { ...complaintLists.byStatus(hallId, 'assigned'), newestFirst: true, where: { assignee: staffId } },
        ...(reviews ? [{ ...complaintLists.byStatus(hallId, 'under-review'), newestFirst: true }] : []),
      ],
      page,
    ),

  all: allComplaints,
  getMany: getComplaints,
};

/** The ratings given in a month at the hall (exported on its own for the same reason as `allComplaints`). */
export const ratingsGivenIn = (d: Deps, hallId: string, month: string): Promise<Rating[]> =>
  records<Rating>(d, complaintLists.ratingsByMonth(hallId, month));

export const ratingRecords = {
  get: (d: Deps, caseId: string): Promise<Rating | undefined> => record<Rating>(d, keys.rating(caseId), true),

  /** One rating per case: a conditional put; false when the case was already rated. */
  createOnce: (d: Deps, r: Rating) => createIfNew(d, keys.rating(r.caseId), ratingItem(r)),

  /** The case ids among `caseIds` that have a rating. */
  async ratedAmong(d: Deps, caseIds: string[]): Promise<Set<string>> {
    const found = await recordsByKey<Rating>(
      d,
      caseIds.map((id) => keys.rating(id)),
    );
    return new Set(found.map((r) => r.caseId));
  },

  givenIn: ratingsGivenIn,
};
