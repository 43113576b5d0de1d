/**
 * The consultation log (首问负责) in the table: one partition per hall and month, sorted by the
 * time each inquiry was recorded, and an index of each window's list per day.
 */
import { inquiryCounts, listWindowOf, type Inquiry, type InquiryCounts } from '#domain/inquiries';
import { monthOf, type IsoDate } from '#domain/time';
import type { StoreDeps as Deps } from './deps';
import { createIfNew, recordPage, records, type Page, type PageQuery } from './dynamo';
import { ENTITY, indexKeys, inquiryLists, keys } from './table';

/** A hall's day, or one window's list of a day (what reached it: answered there, or referred to it). */
export type InquiryListQuery = { by: 'day'; day: IsoDate } | { by: 'window-day'; windowId: string; day: IsoDate };

/** The counts of a day or a month. */
export type InquiryPeriod = { day: IsoDate } | { month: string };

function listPartition(hallId: string, q: InquiryListQuery) {
  return q.by === 'day' ? inquiryLists.ofDay(hallId, q.day) : inquiryLists.ofWindowDay(hallId, q.windowId, q.day);
}

export const inquiryRecords = {
  /** Stores a new inquiry (its id is new: a write that finds it there already did its work). */
  async create(d: Deps, i: Inquiry): Promise<Inquiry> {
    const listWindowId = listWindowOf(i);
    await createIfNew(d, keys.inquiry(i.hallId, monthOf(i.day), i.at, i.inquiryId), {
      ...indexKeys.inquiry({ ...i, ...(listWindowId ? { listWindowId } : {}) }),
      entity: ENTITY.inquiry,
      ...i,
    });
    return i;
  },

  /** One page of a list, in the order recorded. */
  page: (d: Deps, hallId: string, q: InquiryListQuery, page: Pick<PageQuery, 'limit' | 'cursor'>): Promise<Page<Inquiry>> =>
    recordPage<Inquiry>(d, { ...listPartition(hallId, q), ...page }),

  /** Counts per window of a day or a month (one query of the month's partition, or of the day within it). */
  async countsByWindow(d: Deps, hallId: string, period: InquiryPeriod): Promise<InquiryCounts[]> {
    const list = 'day' in period ? inquiryLists.ofDay(hallId, period.day) : inquiryLists.ofMonth(hallId, period.month);
    return inquiryCounts(await records<Inquiry>(d, list));
  },
};
