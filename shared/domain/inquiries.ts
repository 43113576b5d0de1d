/**
 * The consultation log (首问负责, 文字咨询): whoever is asked first answers, or refers the visitor
 * to the window or department that can, and records it. Pure: no I/O and no clock.
 *
 * An inquiry is recorded at a window with its topic (and the item, when it is about one) and
 * either the answer given or a referral (转介) to another window or a department. It is on one
 * window's list: the window it was referred to, or, answered on the spot, the window that
 * answered it; a referral to a department reaches the hall's list of the day only.
 *
 * Counts per window and day (or month), for the statistics: `recorded` (first asked there),
 * `answered` (answered there on the spot), `referred` (passed on from there) and
 * `referralsReceived` (referred there from another window).
 */
import { invalid, type ErrorDetail } from './errors';
import { businessDate, toOffsetIso, type IsoDate } from './time';

/** Where a visitor was sent: another window of the hall, or a department. */
export type Referral = { windowId: string } | { departmentId: string };

export interface Inquiry {
  inquiryId: string;
  hallId: string;
  /** The Asia/Shanghai date it was recorded. */
  day: IsoDate;
  at: string;
  /** The window first asked (首问). */
  windowId: string;
  /** The staff member who recorded it. */
  by: string;
  topic: string;
  itemId?: string;
  answer?: string;
  referral?: Referral;
}

/** What staff record; the day and the time are the recording's. */
export type InquiryInput = Omit<Inquiry, 'day' | 'at'>;

/** Records an inquiry: answered, or referred elsewhere than the window itself (400 otherwise). */
export function recordInquiry(input: InquiryInput, at: Date): Inquiry {
  const problems: ErrorDetail[] = [];
  if ((input.answer === undefined) === (input.referral === undefined)) {
    problems.push({ field: 'answer', message: 'give either the answer or the referral' });
  }
  if (input.referral && 'windowId' in input.referral && input.referral.windowId === input.windowId) {
    problems.push({ field: 'referral.windowId', message: 'a referral goes to another window' });
  }
  if (problems.length) throw invalid('An inquiry is answered, or referred to another window or a department', problems);
  return {
    inquiryId: input.inquiryId,
    hallId: input.hallId,
    day: businessDate(at),
    at: toOffsetIso(at),
    windowId: input.windowId,
    by: input.by,
    topic: input.topic,
    ...(input.itemId !== undefined ? { itemId: input.itemId } : {}),
    ...(input.answer !== undefined ? { answer: input.answer } : {}),
    ...(input.referral !== undefined ? { referral: input.referral } : {}),
  };
}

/** The window whose list the inquiry is on (none for a referral to a department). */
export function listWindowOf(i: Pick<Inquiry, 'windowId' | 'referral'>): string | undefined {
  if (!i.referral) return i.windowId;
  return 'windowId' in i.referral ? i.referral.windowId : undefined;
}

export interface InquiryCounts {
  windowId: string;
  recorded: number;
  answered: number;
  referred: number;
  referralsReceived: number;
}

/** Counts per window (every window that recorded or received one), in window order. */
export function inquiryCounts(inquiries: readonly Inquiry[]): InquiryCounts[] {
  const rows = new Map<string, InquiryCounts>();
  const row = (windowId: string) => {
    let r = rows.get(windowId);
    if (!r) rows.set(windowId, (r = { windowId, recorded: 0, answered: 0, referred: 0, referralsReceived: 0 }));
    return r;
  };
  for (const i of inquiries) {
    const first = row(i.windowId);
    first.recorded += 1;
    if (i.referral) {
      first.referred += 1;
      if ('windowId' in i.referral) row(i.referral.windowId).referralsReceived += 1;
    } else first.answered += 1;
  }
  return [...rows.values()].sort((a, b) => (a.windowId < b.windowId ? -1 : a.windowId > b.windowId ? 1 : 0));
}
