/**
 * Ratings (好差评) and complaints (投诉). A bad rating (level 1–2) becomes a rectification
 * ticket: a complaint with `source: 'bad-rating'` and an id derived from the case, so that
 * creating it twice is impossible. Complaints are routed by the stream-fed router, worked by
 * their assignee and resolved once.
 */
import type { RatingLevel } from './assessment';
import type { Calendar } from './calendar';
import { concludedByOf, type Case } from './cases';
import { conflict } from './errors';
import { requireRoom } from './record-size';
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
  /** The rated case's item (absent on ratings recorded before ratings were attributed). */
  itemId?: string;
  /** The staff member who concluded the rated case: whose service was rated (第十六条). */
  staffId?: string;
  level: RatingLevel;
  comment?: string;
  ratedAt: string;
  /** Recorded automatically (e.g. 基本满意 after N natural days unrated), not by the applicant. */
  automatic?: boolean;
  /** Given on the rating device (评价器) of the window that served the case: the device's id. */
  deviceId?: string;
  rectificationId?: string;
}

export const COMPLAINT_SOURCES = ['complaint', 'bad-rating'] as const;
export type ComplaintSource = (typeof COMPLAINT_SOURCES)[number];
/** `under-review`: the assessed window's own staff found it unfounded; a supervisor or hall admin decides. */
export const COMPLAINT_STATUSES = ['received', 'assigned', 'under-review', 'resolved'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const COMPLAINT_ACTIONS = ['received', 'routed', 'responded', 'resolved', 'proposed-unfounded', 'reviewed'] as const;

export interface ComplaintHistoryEntry {
  at: string;
  by: string;
  action: (typeof COMPLAINT_ACTIONS)[number];
  note?: string;
  assignee?: string;
}

/** A finding of "not substantiated" by the assessed window's own staff, waiting for review (申诉复核). */
export interface ProposedFinding {
  resolution: string;
  by: string;
  at: string;
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
  /** The staff member who concluded the case complained about (statistics by staff member). */
  staffId?: string;
  /** Encrypted contact (phone or e-mail) of the complainant. */
  contactCipher?: string;
  status: ComplaintStatus;
  receivedAt: string;
  assignee?: string;
  route?: Routing['route'];
  firstResponseDue?: IsoDate;
  dueDate?: IsoDate;
  provisional?: boolean;
  /** When the first response (首次响应) reached the complainant. */
  firstResponseAt?: string;
  /** Set while under review; kept afterwards (who proposed what, when). */
  proposedFinding?: ProposedFinding;
  /** The review of a proposed finding: who decided, when, and why. */
  review?: { by: string; at: string; unfounded: boolean; note: string };
  substantiated?: boolean;
  resolution?: string;
  resolvedBy?: string;
  resolvedAt?: string;
  history: ComplaintHistoryEntry[];
  version: number;
}

/** The rectification of a bad rating has a fixed id: one per case, whatever the retries. */
export const rectificationIdFor = (caseId: string) => `R-${caseId}`;

/** A rating of a case, attributed to its window, item and the staff member who concluded it. */
export function rate(
  c: Pick<Case, 'caseId' | 'hallId' | 'windowId' | 'itemId' | 'status' | 'concludedBy' | 'history'>,
  level: RatingLevel,
  comment: string | undefined,
  at: Date,
): Rating {
  const staffId = concludedByOf(c);
  return {
    caseId: c.caseId,
    hallId: c.hallId,
    windowId: c.windowId,
    itemId: c.itemId,
    ...(staffId ? { staffId } : {}),
    level,
    ...(comment ? { comment } : {}),
    ratedAt: toOffsetIso(at),
    ...(isBadRating(level) ? { rectificationId: rectificationIdFor(c.caseId) } : {}),
  };
}

export function rectificationFor(rating: Rating): Complaint {
  return {
    complaintId: rectificationIdFor(rating.caseId),
    hallId: rating.hallId,
    source: 'bad-rating',
    category: `差评整改 (${RATING_LABELS[rating.level]})`,
    ...(rating.comment ? { description: rating.comment } : {}),
    caseId: rating.caseId,
    windowId: rating.windowId,
    ...(rating.itemId ? { itemId: rating.itemId } : {}),
    ...(rating.staffId ? { staffId: rating.staffId } : {}),
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
  staffId?: string;
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
function requireOpen(c: Complaint): void {
  if (c.status === 'resolved') throw conflict('COMPLAINT_RESOLVED', `Complaint ${c.complaintId} is already resolved`);
  if (c.status === 'under-review') {
    throw conflict('COMPLAINT_NOT_OPEN', `Complaint ${c.complaintId} is under review: a supervisor or hall administrator decides it`);
  }
}

function resolved(c: Complaint, by: string, substantiated: boolean, resolution: string, when: string): Complaint {
  return { ...c, status: 'resolved', substantiated, resolution, resolvedBy: by, resolvedAt: when };
}

/**
 * Resolution (by those who may work on it: shared/domain/access.ts), once. The assessed never
 * judge themselves: "not substantiated" from someone who may not confirm it (the window's own
 * staff) only proposes the finding — the complaint waits `under-review` and still counts as
 * substantiated until a supervisor or hall admin reviews it (`review`).
 */
export function resolve(
  c: Complaint,
  by: string,
  r: { substantiated: boolean; resolution: string },
  at: Date,
  mayConfirmUnfounded: boolean,
): Complaint {
  requireOpen(c);
  const when = toOffsetIso(at);
  if (!r.substantiated && !mayConfirmUnfounded) {
    return {
      ...c,
      status: 'under-review',
      proposedFinding: { resolution: r.resolution, by, at: when },
      history: [...c.history, { at: when, by, action: 'proposed-unfounded', note: 'not substantiated, waiting for review' }],
    };
  }
  return {
    ...resolved(c, by, r.substantiated, r.resolution, when),
    history: [...c.history, { at: when, by, action: 'resolved', note: r.substantiated ? 'substantiated' : 'not substantiated' }],
  };
}

/** 申诉复核: the supervisor's or hall admin's decision on a proposed "not substantiated". */
export function review(c: Complaint, by: string, r: { unfounded: boolean; note: string }, at: Date): Complaint {
  if (c.status !== 'under-review' || !c.proposedFinding) {
    throw conflict('NOT_UNDER_REVIEW', `Complaint ${c.complaintId} is ${c.status}, not under review`);
  }
  const when = toOffsetIso(at);
  // The finding was made when it was proposed: the review confirms or overturns it, in that month.
  return {
    ...resolved(c, c.proposedFinding.by, !r.unfounded, c.proposedFinding.resolution, c.proposedFinding.at),
    review: { by, at: when, ...r },
    history: [...c.history, { at: when, by, action: 'reviewed', note: `${r.unfounded ? 'unfounded' : 'substantiated'}: ${r.note}` }],
  };
}

/** The first response (首次响应) and any later one: recorded; the complaint keeps its status. */
export function respond(c: Complaint, by: string, message: string, at: Date): Complaint {
  if (c.status === 'resolved') throw conflict('COMPLAINT_RESOLVED', `Complaint ${c.complaintId} is already resolved`);
  requireRoom(c, `Complaint ${c.complaintId}`);
  const when = toOffsetIso(at);
  return {
    ...c,
    firstResponseAt: c.firstResponseAt ?? when,
    history: [...c.history, { at: when, by, action: 'responded', note: message }],
  };
}

/** A bad rating whose rectification was resolved as not substantiated (申诉成立) does not count. */
export const isUnfoundedRectification = (c: Pick<Complaint, 'source' | 'status' | 'substantiated'>) =>
  c.source === 'bad-rating' && c.status === 'resolved' && c.substantiated === false;
