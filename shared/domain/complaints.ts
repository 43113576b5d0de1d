/**
 * Ratings (好差评) and complaints (投诉). A bad rating (level 1–2) becomes a rectification
 * ticket: a complaint with `source: 'bad-rating'` and an id derived from the case, so that
 * creating it twice is impossible. Complaints are routed by the stream-fed router, worked by
 * their assignee and resolved once.
 */
import type { RatingLevel } from './assessment';
import type { Calendar } from './calendar';
import { conflict } from './errors';
import type { ServiceLevels } from './hall-rules';
import { complaintDueDate, firstResponseDue, type Routing } from './routing';
import { businessDate, toOffsetIso, type IsoDate } from './time';

export const RATING_LABELS: Record<RatingLevel, string> = { 5: '非常满意', 4: '满意', 3: '基本满意', 2: '不满意', 1: '非常不满意' };
export type { RatingLevel };
export const isBadRating = (level: number) => level <= 2;

export interface Rating {
  caseId: string;
  hallId: string;
  windowId: string;
  level: RatingLevel;
  comment?: string;
  ratedAt: string;
  /** Recorded automatically (e.g. 基本满意 after N natural days unrated), not by the applicant. */
  automatic?: boolean;
  rectificationId?: string;
}

export const COMPLAINT_SOURCES = ['complaint', 'bad-rating'] as const;
export type ComplaintSource = (typeof COMPLAINT_SOURCES)[number];
export const COMPLAINT_STATUSES = ['received', 'assigned', 'resolved'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export interface ComplaintHistoryEntry {
  at: string;
  by: string;
  action: 'received' | 'routed' | 'resolved';
  note?: string;
  assignee?: string;
}

export interface Complaint {
  complaintId: string;
  hallId: string;
  source: ComplaintSource;
  category: string;
  description?: string;
  caseId?: string;
  windowId?: string;
  itemId?: string;
  /** Encrypted contact (phone or e-mail) of the complainant. */
  contactCipher?: string;
  status: ComplaintStatus;
  receivedAt: string;
  assignee?: string;
  route?: Routing['route'];
  firstResponseDue?: IsoDate;
  dueDate?: IsoDate;
  provisional?: boolean;
  substantiated?: boolean;
  resolution?: string;
  resolvedBy?: string;
  resolvedAt?: string;
  history: ComplaintHistoryEntry[];
  version: number;
}

/** The rectification of a bad rating has a fixed id: one per case, whatever the retries. */
export const rectificationIdFor = (caseId: string) => `R-${caseId}`;

export function rate(
  c: { caseId: string; hallId: string; windowId: string },
  level: RatingLevel,
  comment: string | undefined,
  at: Date,
): Rating {
  return {
    caseId: c.caseId,
    hallId: c.hallId,
    windowId: c.windowId,
    level,
    ...(comment ? { comment } : {}),
    ratedAt: toOffsetIso(at),
    ...(isBadRating(level) ? { rectificationId: rectificationIdFor(c.caseId) } : {}),
  };
}

export function rectificationFor(rating: Rating & { itemId?: string }): Complaint {
  return {
    complaintId: rectificationIdFor(rating.caseId),
    hallId: rating.hallId,
    source: 'bad-rating',
    category: `差评整改 (${RATING_LABELS[rating.level]})`,
    ...(rating.comment ? { description: rating.comment } : {}),
    caseId: rating.caseId,
    windowId: rating.windowId,
    ...(rating.itemId ? { itemId: rating.itemId } : {}),
    status: 'received',
    receivedAt: rating.ratedAt,
    history: [{ at: rating.ratedAt, by: 'applicant', action: 'received', note: `rating ${rating.level}` }],
    version: 1,
  };
}

export interface FilingInput {
  complaintId: string;
  hallId: string;
  category: string;
  description: string;
  caseId?: string;
  windowId?: string;
  itemId?: string;
  contactCipher?: string;
}

export function fileComplaint(input: FilingInput, at: Date): Complaint {
  const receivedAt = toOffsetIso(at);
  return {
    ...input,
    source: 'complaint',
    status: 'received',
    receivedAt,
    history: [{ at: receivedAt, by: 'public', action: 'received' }],
    version: 1,
  };
}

/**
 * The router's decision applied: the assignee (or none: a clear unassigned state the
 * reminder job reports), the first-response and resolution due dates by the one working-day rule.
 */
export function assign(c: Complaint, routing: Routing, cal: Calendar, levels: ServiceLevels, at: Date): Complaint {
  const received = businessDate(new Date(c.receivedAt));
  const due = complaintDueDate(cal, received, c.source, levels);
  const firstResponse = firstResponseDue(cal, received, levels);
  return {
    ...c,
    status: routing.assignee ? 'assigned' : 'received',
    ...(routing.windowId ? { windowId: routing.windowId } : {}),
    ...(routing.assignee ? { assignee: routing.assignee } : {}),
    route: routing.route,
    firstResponseDue: firstResponse.dueDate,
    dueDate: due.dueDate,
    provisional: due.provisional || firstResponse.provisional,
    history: [
      ...c.history,
      {
        at: toOffsetIso(at),
        by: 'complaint-router',
        action: 'routed',
        note: routing.note,
        ...(routing.assignee ? { assignee: routing.assignee } : {}),
      },
    ],
  };
}

/** Resolution (by those who may work on it: shared/domain/access.ts); once only. */
export function resolve(c: Complaint, by: string, r: { substantiated: boolean; resolution: string }, at: Date): Complaint {
  if (c.status === 'resolved') throw conflict('COMPLAINT_RESOLVED', `Complaint ${c.complaintId} is already resolved`);
  const when = toOffsetIso(at);
  return {
    ...c,
    status: 'resolved',
    substantiated: r.substantiated,
    resolution: r.resolution,
    resolvedBy: by,
    resolvedAt: when,
    history: [...c.history, { at: when, by, action: 'resolved', note: r.substantiated ? 'substantiated' : 'not substantiated' }],
  };
}

/** A bad rating whose rectification was resolved as not substantiated (申诉成立) does not count. */
export const isUnfoundedRectification = (c: Pick<Complaint, 'source' | 'status' | 'substantiated'>) =>
  c.source === 'bad-rating' && c.status === 'resolved' && c.substantiated === false;
