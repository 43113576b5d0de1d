/**
 * Cases (办件): 一门受理、一次告知、规范审批、高效办结. The lifecycle as a state machine of pure
 * functions: each takes a case and returns the next one with its history entry, or throws
 * the domain error that refuses the transition.
 *
 *   intake ──complete──▶ accepted ──decide──▶ approved | rejected   (concluded: immutable)
 *      └─missing──▶ awaiting-materials ──materials complete──▶ accepted
 *   accepted ──second notice──▶ awaiting-materials (the clock pauses; the days left carry over)
 */
import { addWorkingDays, workingDaysBetween, type Calendar } from './calendar';
import { conflict, invalid, refused } from './errors';
import type { ItemKind } from './hall-setup';
import { requireRoom } from './record-size';
import { maskName } from './personal-data';
import { businessDate, compareDates, toOffsetIso, type IsoDate } from './time';

export const CASE_STATUSES = ['awaiting-materials', 'accepted', 'approved', 'rejected'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const OUTCOMES = ['approved', 'rejected'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface ItemTerms {
  itemId: string;
  name: string;
  kind: ItemKind;
  windowIds: string[];
  promisedLimitDays: number;
  materials: { id: string; name: string }[];
}

/** ID number and phone are held only as ciphertext (field-level encryption in the adapters). */
export interface Applicant {
  name: string;
  idNumberCipher?: string;
  phoneCipher?: string;
}

export const CASE_ACTIONS = [
  'intake',
  'materials-received',
  'accepted',
  'second-notice',
  'approved',
  'rejected',
  'receipt-reprinted',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export interface HistoryEntry {
  at: string;
  by: string;
  action: CaseAction;
  materials?: string[];
  reason?: string;
  remedy?: string;
  dueDate?: IsoDate;
  /** When a backfilled entry was actually recorded (its `at` is the real receipt on paper). */
  recordedAt?: string;
}

export interface Case {
  caseId: string;
  hallId: string;
  itemId: string;
  itemName: string;
  itemKind: ItemKind;
  promisedLimitDays: number;
  windowId: string;
  status: CaseStatus;
  receivedAt: string;
  acceptedAt?: string;
  dueDate?: IsoDate;
  /** The due date touched a year without a national holiday schedule. */
  provisional?: boolean;
  /** Working days left when a second notice paused the clock. */
  pausedWorkingDaysLeft?: number;
  concludedAt?: string;
  reason?: string;
  remedy?: string;
  submittedMaterials: string[];
  missingMaterials: string[];
  secondNotices: number;
  publicCode: string;
  applicant: Applicant;
  history: HistoryEntry[];
  version: number;
}

export const isConcluded = (c: Pick<Case, 'status'>) => c.status === 'approved' || c.status === 'rejected';

/** 超期: concluded after the end of the due date, or still open after it (Asia/Shanghai days). */
export function isOverdue(c: Pick<Case, 'status' | 'dueDate' | 'concludedAt'>, now: Date): boolean {
  if (!c.dueDate) return false;
  const asOf = c.concludedAt ? businessDate(new Date(c.concludedAt)) : businessDate(now);
  return compareDates(asOf, c.dueDate) > 0;
}

/** Materials must be the item's; those a notice already asked for stay valid if the item changes. */
function unknownMaterials(item: ItemTerms, materials: string[], alsoKnown: readonly string[] = []) {
  const known = new Set([...item.materials.map((m) => m.id), ...alsoKnown]);
  const unknown = materials.flatMap((id, i) =>
    known.has(id) ? [] : [{ field: `materials.${i}`, message: `${id} is not a material of item ${item.itemId}` }],
  );
  if (unknown.length) throw refused('UNKNOWN_MATERIAL', 'Some materials are not required by this item', unknown);
}

function accept(c: Case, at: Date, by: string, cal: Calendar): Case {
  const acceptedOn = businessDate(at);
  const resuming = c.pausedWorkingDaysLeft !== undefined;
  // A second notice paused the clock: the days that were left carry over; a case already
  // overdue when it was paused keeps its old due date (the clock gives no time back).
  const days = resuming ? (c.pausedWorkingDaysLeft ?? 0) : c.promisedLimitDays;
  const due = days > 0 ? addWorkingDays(cal, acceptedOn, days) : { date: c.dueDate ?? acceptedOn, provisional: c.provisional ?? false };
  const { pausedWorkingDaysLeft: _paused, ...rest } = c;
  return {
    ...rest,
    status: 'accepted',
    acceptedAt: c.acceptedAt ?? toOffsetIso(at),
    dueDate: due.date,
    provisional: due.provisional,
    history: [...c.history, { at: toOffsetIso(at), by, action: 'accepted', dueDate: due.date }],
  };
}

export interface IntakeInput {
  caseId: string;
  publicCode: string;
  hallId: string;
  windowId: string;
  item: ItemTerms;
  applicant: Applicant;
  submittedMaterials: string[];
  receivedAt: Date;
  by: string;
}

/** Intake (受理): all missing materials are listed at once — that list is the one-time notice. */
export function intake(input: IntakeInput, now: Date, cal: Calendar): Case {
  const { item } = input;
  if (!item.windowIds.includes(input.windowId)) {
    throw refused('ITEM_NOT_AT_WINDOW', `Item ${item.itemId} is not taken at window ${input.windowId}`, [
      { field: 'windowId', message: 'the item is not taken at this window' },
    ]);
  }
  if (input.receivedAt.getTime() > now.getTime()) {
    throw invalid('receivedAt must not be in the future', [{ field: 'receivedAt', message: 'must not be in the future' }]);
  }
  unknownMaterials(item, input.submittedMaterials);
  const submitted = [...new Set(input.submittedMaterials)];
  const missing = item.materials.map((m) => m.id).filter((id) => !submitted.includes(id));
  const at = toOffsetIso(input.receivedAt);
  const received: Case = {
    caseId: input.caseId,
    hallId: input.hallId,
    itemId: item.itemId,
    itemName: item.name,
    itemKind: item.kind,
    promisedLimitDays: item.promisedLimitDays,
    windowId: input.windowId,
    status: 'awaiting-materials',
    receivedAt: at,
    submittedMaterials: submitted,
    missingMaterials: missing,
    secondNotices: 0,
    publicCode: input.publicCode,
    applicant: input.applicant,
    history: [
      {
        at,
        by: input.by,
        action: 'intake',
        materials: submitted,
        ...(input.receivedAt.getTime() !== now.getTime() ? { recordedAt: toOffsetIso(now) } : {}),
      },
    ],
    version: 1,
  };
  return missing.length === 0 ? accept(received, input.receivedAt, input.by, cal) : received;
}

function requireOpen(c: Case): void {
  if (isConcluded(c)) throw conflict('CASE_CONCLUDED', `Case ${c.caseId} is concluded and can no longer change`);
}

/** The applicant brings materials; once nothing is missing the case is accepted and the clock starts. */
export function receiveMaterials(c: Case, item: ItemTerms, materials: string[], by: string, at: Date, cal: Calendar): Case {
  requireOpen(c);
  if (c.status !== 'awaiting-materials') throw conflict('NOT_AWAITING_MATERIALS', `Case ${c.caseId} is not awaiting materials`);
  unknownMaterials(item, materials, c.missingMaterials);
  // Bringing the last missing material moves the case on (to acceptance): always possible.
  if (c.missingMaterials.some((m) => !materials.includes(m))) requireRoom(c, `Case ${c.caseId}`);
  const next: Case = {
    ...c,
    submittedMaterials: [...new Set([...c.submittedMaterials, ...materials])],
    missingMaterials: c.missingMaterials.filter((m) => !materials.includes(m)),
    history: [...c.history, { at: toOffsetIso(at), by, action: 'materials-received', materials }],
  };
  return next.missingMaterials.length === 0 ? accept(next, at, by, cal) : next;
}

/**
 * A further request for materials after the one-time notice: allowed, but a second notice
 * (counted against the window). On an accepted case it pauses the clock.
 */
export function requestSupplement(
  c: Case,
  item: ItemTerms,
  materials: string[],
  reason: string,
  by: string,
  at: Date,
  cal: Calendar,
): Case {
  requireOpen(c);
  requireRoom(c, `Case ${c.caseId}`);
  unknownMaterials(item, materials);
  const entry: HistoryEntry = { at: toOffsetIso(at), by, action: 'second-notice', materials, reason };
  const missing = [...new Set([...c.missingMaterials, ...materials])];
  if (c.status === 'awaiting-materials') {
    return { ...c, missingMaterials: missing, secondNotices: c.secondNotices + 1, history: [...c.history, entry] };
  }
  const left = c.dueDate ? workingDaysBetween(cal, businessDate(at), c.dueDate).days : c.promisedLimitDays;
  // While paused the clock does not run: no due date (nor overdue) until the case resumes,
  // unless it was already overdue, which pausing does not undo.
  const { dueDate, provisional, ...rest } = c;
  return {
    ...rest,
    ...(left <= 0 && dueDate ? { dueDate, provisional } : {}),
    status: 'awaiting-materials',
    missingMaterials: missing,
    secondNotices: c.secondNotices + 1,
    pausedWorkingDaysLeft: left,
    history: [...c.history, entry],
  };
}

export interface Decision {
  outcome: Outcome;
  reason?: string;
  remedy?: string;
}

/** 办结: approved or rejected; a rejection states the reason and the remedy (救济途径). */
export function decide(c: Case, d: Decision, by: string, at: Date): Case {
  requireOpen(c);
  if (c.status !== 'accepted') throw conflict('CASE_NOT_ACCEPTED', `Case ${c.caseId} has not been accepted`);
  if (d.outcome === 'rejected') {
    const missing = (['reason', 'remedy'] as const).filter((f) => !d[f]);
    if (missing.length)
      throw invalid(
        'A rejection must state the reason and the remedy',
        missing.map((f) => ({ field: f, message: 'required for a rejection' })),
      );
  }
  return {
    ...c,
    status: d.outcome,
    concludedAt: toOffsetIso(at),
    ...(d.reason ? { reason: d.reason } : {}),
    ...(d.remedy ? { remedy: d.remedy } : {}),
    history: [
      ...c.history,
      { at: toOffsetIso(at), by, action: d.outcome, ...(d.reason ? { reason: d.reason } : {}), ...(d.remedy ? { remedy: d.remedy } : {}) },
    ],
  };
}

/** What anyone with the receipt's code may see: no ID number, no phone, the name masked. */
export function publicView(c: Case) {
  return {
    caseId: c.caseId,
    itemName: c.itemName,
    status: c.status,
    receivedAt: c.receivedAt,
    dueDate: c.dueDate ?? null,
    concludedAt: c.concludedAt ?? null,
    applicantName: maskName(c.applicant.name),
  };
}

/**
 * The receipt code belongs to the applicant: handed over once at intake and never shown to
 * staff again, except by an explicit reprint, which the case's history records.
 */
export function reprintReceipt(c: Case, by: string, at: Date): Case {
  requireRoom(c, `Case ${c.caseId}`);
  return { ...c, history: [...c.history, { at: toOffsetIso(at), by, action: 'receipt-reprinted' }] };
}
