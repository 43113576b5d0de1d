/**
 * Cases (办件): 一门受理、一次告知、规范审批、高效办结. The lifecycle as a state machine of pure
 * functions: each takes a case and returns the next one with its history entry, or throws
 * the domain error that refuses the transition (行政许可法 Art. 32, 42, 45).
 *
 *   intake ──complete──▶ accepted ──decide──▶ approved | rejected
 *      └─missing──▶ awaiting-materials ──materials complete──▶ accepted
 *   awaiting-materials ──refuse──▶ not-accepted            (不予受理, reason and remedy)
 *   awaiting-materials ──supplement limit passed──▶ closed-incomplete   (the daily job)
 *   accepted ──second notice──▶ awaiting-materials        (the clock pauses; the days left carry over)
 *   accepted ──suspend──▶ suspended ──resume──▶ accepted   (Art. 45: the same)
 *   accepted ──extend (once, ≤ 10 working days)──▶ accepted with a later due date (Art. 42)
 *   accepted ──refer──▶ referred ──decide──▶ approved | rejected   (上报: approval items only)
 *   any open status ──withdraw──▶ withdrawn                (撤回)
 *   awaiting-materials | accepted | suspended ──transfer──▶ the same status at another window (转办)
 *
 * The five ways a case ends (approved, rejected, not-accepted, withdrawn, closed-incomplete)
 * are final. The due date is never stored on its own authority: it is the replay of the
 * history's clock events with a calendar (`clockOf`), so a later calendar change is applied by
 * replaying the same history (`recomputeDueDate`).
 */
import { addWorkingDays, workingDaysBetween, type Calendar } from './calendar';
import { conflict, invalid, refused, type ErrorCode } from './errors';
import type { ItemKind } from './hall-setup';
import { requireRoom } from './record-size';
import { maskName } from './personal-data';
import type { SearchKeys } from './search';
import { businessDate, compareDates, toOffsetIso, type IsoDate } from './time';

export const CASE_STATUSES = [
  'awaiting-materials',
  'accepted',
  'suspended',
  'referred',
  'approved',
  'rejected',
  'not-accepted',
  'withdrawn',
  'closed-incomplete',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** The statuses of a case still being handled. */
export const OPEN_STATUSES = ['awaiting-materials', 'accepted', 'suspended', 'referred'] as const satisfies readonly CaseStatus[];

/** The outcomes of a decision (办结). */
export const OUTCOMES = ['approved', 'rejected'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** How a case ends: a decision, or closed without one. */
export const CONCLUSIONS = ['approved', 'rejected', 'not-accepted', 'withdrawn', 'closed-incomplete'] as const;
export type Conclusion = (typeof CONCLUSIONS)[number];

/** Art. 42: one extension of at most ten working days. */
export const MAX_EXTENSION_DAYS = 10;

/** The written notices a hall hands to the applicant (受理通知书, 一次性告知书, 不予受理通知书, 决定书). */
export const NOTICE_KINDS = ['acceptance', 'one-time-notice', 'not-accepted', 'decision'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

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
  'not-accepted',
  'withdrawn',
  'closed-incomplete',
  'extended',
  'suspended',
  'resumed',
  'referred',
  'transferred',
  'due-date-recomputed',
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
  /** An extension's working days. */
  workingDays?: number;
  /** The due date before an extension or a recomputation. */
  previousDueDate?: IsoDate;
  /** A transfer's windows. */
  fromWindowId?: string;
  toWindowId?: string;
  /** A referral's preliminary opinion (初审意见) and the authority that decides. */
  opinion?: string;
  authority?: string;
  /** The notice whose printing showed the receipt code (the acceptance notice). */
  notice?: NoticeKind;
}

export interface Referral {
  at: string;
  by: string;
  /** The chief representative's preliminary opinion (初审意见). */
  opinion: string;
  /** Who decides, e.g. 市市场监管局. */
  authority: string;
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
  /** Working days left while the clock is paused (a second notice, a suspension). */
  pausedWorkingDaysLeft?: number;
  /** Working days the due date was extended by (Art. 42). */
  extendedBy?: number;
  referral?: Referral;
  concludedAt?: string;
  /** Who recorded the conclusion (the decision's staff member; for statistics and rating attribution). */
  concludedBy?: string;
  reason?: string;
  remedy?: string;
  submittedMaterials: string[];
  missingMaterials: string[];
  secondNotices: number;
  publicCode: string;
  applicant: Applicant;
  /** The blind index: keyed hashes of the normalized search values (shared/domain/search.ts), never the values. */
  searchKeys?: SearchKeys;
  history: HistoryEntry[];
  version: number;
}

type StatusOf = Pick<Case, 'status'>;

export const isConcluded = (c: StatusOf) => (CONCLUSIONS as readonly CaseStatus[]).includes(c.status);

/** Concluded by a decision (办结): what counts as concluded, on time or overdue. */
export const isDecided = (c: StatusOf) => c.status === 'approved' || c.status === 'rejected';

/** Not accepted, withdrawn or closed incomplete: ended without a decision, never overdue. */
export const isClosedWithoutDecision = (c: StatusOf) => isConcluded(c) && !isDecided(c);

/**
 * Work the window must finish by its due date: an accepted case, or one awaiting materials
 * asked for after it was already overdue. A suspended case's clock stands still and a referred
 * one waits for the higher authority: neither is the window's open work (no reminders).
 */
export const awaitsWindow = (c: StatusOf) => c.status === 'accepted' || c.status === 'awaiting-materials';

/**
 * 超期: decided after the end of the due date, referred after it (a referral ends the window's
 * time limit), or still open after it (Asia/Shanghai days). A case withdrawn, not accepted or
 * closed incomplete is never overdue.
 */
export function isOverdue(c: Pick<Case, 'status' | 'dueDate' | 'concludedAt' | 'referral'>, now: Date): boolean {
  if (!c.dueDate || isClosedWithoutDecision(c)) return false;
  const stopped = c.referral?.at ?? c.concludedAt;
  const asOf = businessDate(stopped ? new Date(stopped) : now);
  return compareDates(asOf, c.dueDate) > 0;
}

/** The staff member who concluded the case; cases concluded before it was recorded name them in their history. */
export function concludedByOf(c: Pick<Case, 'status' | 'concludedBy' | 'history'>): string | undefined {
  if (!isConcluded(c)) return undefined;
  return c.concludedBy ?? c.history.findLast((h) => (CONCLUSIONS as readonly string[]).includes(h.action))?.by;
}

/** Who took the case in, and who accepted it (the first acceptance): the staff its counts are attributed to. */
export const receivedByOf = (c: Pick<Case, 'history'>) => c.history[0]?.by;
export const acceptedByOf = (c: Pick<Case, 'history'>) => c.history.find((h) => h.action === 'accepted')?.by;

// ---------------------------------------------------------------------------------------------
// The clock
// ---------------------------------------------------------------------------------------------

/** What the clock decides about a case. */
export type Clock = Pick<Case, 'dueDate' | 'provisional' | 'pausedWorkingDaysLeft'>;

const dayOf = (at: string) => businessDate(new Date(at));

/**
 * The clock replayed from the history with `cal`:
 * - `accepted` starts it: due = the promised limit's N-th working day after the acceptance date;
 * - `second-notice` (on a running clock) and `suspended` pause it: the working days left to the
 *   due date are kept and the due date goes (a case due that day or overdue keeps it, with none
 *   left: pausing gives no time back);
 * - `accepted` after a pause and `resumed` restart it: due = the days left after that date;
 * - `extended` moves the due date by its working days;
 * - `referred` stops it for good: the window's part ends with the referral.
 * The same history and calendar always give the same clock; `provisional` is that of the count
 * that set the due date (an extension adds its own).
 */
export function clockOf(c: Pick<Case, 'history' | 'promisedLimitDays'>, cal: Calendar): Clock {
  let due: { date: IsoDate; provisional: boolean } | undefined;
  let left: number | undefined;
  let running = false;
  const after = (from: IsoDate, days: number) => {
    const r = addWorkingDays(cal, from, days);
    return { date: r.date, provisional: r.provisional };
  };
  for (const h of c.history) {
    switch (h.action) {
      case 'accepted':
      case 'resumed': {
        if (running) break;
        const from = dayOf(h.at);
        // No days left: paused when already due or overdue, the due date stands.
        if (left === undefined) due = after(from, c.promisedLimitDays);
        else if (left > 0) due = after(from, left);
        left = undefined;
        running = true;
        break;
      }
      case 'second-notice':
      case 'suspended':
        if (!running || !due) break;
        // None left when paused on or after the due date: it stands, and stays past.
        left = Math.max(0, workingDaysBetween(cal, dayOf(h.at), due.date).days);
        if (left > 0) due = undefined;
        running = false;
        break;
      case 'extended':
        if (due && h.workingDays) {
          const moved = after(due.date, h.workingDays);
          due = { date: moved.date, provisional: due.provisional || moved.provisional };
        }
        break;
      case 'referred':
        running = false;
        break;
      default:
        break;
    }
  }
  return {
    ...(due ? { dueDate: due.date, provisional: due.provisional } : {}),
    ...(left !== undefined ? { pausedWorkingDaysLeft: left } : {}),
  };
}

/**
 * The same due date as far as anyone can see (applicant, reminders, scoring). For the window's
 * open work the days left of a pause follow from it: none while a past due date stands, and a
 * due date that goes away when days are left again.
 */
const sameDueDate = (a: Clock, b: Clock) => a.dueDate === b.dueDate && (a.provisional ?? false) === (b.provisional ?? false);

/** The case with its clock replayed (after a history entry that moves it). */
function withClock(c: Case, cal: Calendar): Case {
  const { dueDate: _due, provisional: _provisional, pausedWorkingDaysLeft: _left, ...rest } = c;
  return { ...rest, ...clockOf(c, cal) };
}

/** `entry` appended and the clock replayed; the entry records the due date it leads to when `recordDue`. */
function advance(c: Case, change: Partial<Case>, entry: HistoryEntry, cal: Calendar, recordDue: boolean): Case {
  const next = withClock({ ...c, ...change, history: [...c.history, entry] }, cal);
  if (!recordDue || !next.dueDate) return next;
  return { ...next, history: [...c.history, { ...entry, dueDate: next.dueDate }] };
}

// ---------------------------------------------------------------------------------------------
// Transitions
// ---------------------------------------------------------------------------------------------

/**
 * Refuses a transition from the wrong status (409), naming the case's status: a concluded case
 * with CASE_CONCLUDED, an open one with `code`.
 */
function requireStatus(c: Case, allowed: readonly CaseStatus[], code: ErrorCode, what: string): void {
  if (allowed.includes(c.status)) return;
  if (isConcluded(c)) throw conflict('CASE_CONCLUDED', `Case ${c.caseId} is ${c.status} (concluded) and can no longer change`);
  throw conflict(code, `Case ${c.caseId} is ${c.status}: ${what} needs a case that is ${allowed.join(' or ')}`);
}

/** Reason and remedy (救济途径) of a refusal or rejection: both must be stated. */
function requireReasons(what: string, d: { reason?: string; remedy?: string }): void {
  const missing = (['reason', 'remedy'] as const).filter((f) => !d[f]);
  if (missing.length)
    throw invalid(
      `${what} must state the reason and the remedy`,
      missing.map((f) => ({ field: f, message: `required for ${what.toLowerCase()}` })),
    );
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
  const change = { status: 'accepted' as const, acceptedAt: c.acceptedAt ?? toOffsetIso(at) };
  return advance(c, change, { at: toOffsetIso(at), by, action: 'accepted' }, cal, true);
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
  searchKeys?: SearchKeys;
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
    ...(input.searchKeys ? { searchKeys: input.searchKeys } : {}),
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

/** The applicant brings materials; once nothing is missing the case is accepted and the clock starts (or resumes). */
export function receiveMaterials(c: Case, item: ItemTerms, materials: string[], by: string, at: Date, cal: Calendar): Case {
  requireStatus(c, ['awaiting-materials'], 'NOT_AWAITING_MATERIALS', 'receiving materials');
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
  requireStatus(c, ['awaiting-materials', 'accepted'], 'CASE_NOT_ACCEPTED', 'a second notice');
  requireRoom(c, `Case ${c.caseId}`);
  unknownMaterials(item, materials);
  const entry: HistoryEntry = { at: toOffsetIso(at), by, action: 'second-notice', materials, reason };
  const change = {
    status: 'awaiting-materials' as const,
    missingMaterials: [...new Set([...c.missingMaterials, ...materials])],
    secondNotices: c.secondNotices + 1,
  };
  if (c.status === 'awaiting-materials') return { ...c, ...change, history: [...c.history, entry] };
  return advance(c, change, entry, cal, false);
}

/** The end of a case: its conclusion with the entry that records it. */
function conclude(c: Case, status: Conclusion, entry: HistoryEntry): Case {
  const { pausedWorkingDaysLeft: _left, ...rest } = c;
  return {
    ...rest,
    status,
    concludedAt: entry.at,
    concludedBy: entry.by,
    ...(entry.reason ? { reason: entry.reason } : {}),
    ...(entry.remedy ? { remedy: entry.remedy } : {}),
    history: [...c.history, entry],
  };
}

export interface Decision {
  outcome: Outcome;
  reason?: string;
  remedy?: string;
}

/**
 * 办结: approved or rejected; a rejection states the reason and the remedy (救济途径). A referred
 * case's decision is the higher authority's, recorded by the window.
 */
export function decide(c: Case, d: Decision, by: string, at: Date): Case {
  requireStatus(c, ['accepted', 'referred'], 'CASE_NOT_ACCEPTED', 'a decision');
  if (d.outcome === 'rejected') requireReasons('A rejection', d);
  return conclude(c, d.outcome, {
    at: toOffsetIso(at),
    by,
    action: d.outcome,
    ...(d.reason ? { reason: d.reason } : {}),
    ...(d.remedy ? { remedy: d.remedy } : {}),
  });
}

/** 不予受理 (Art. 32): an application that cannot be accepted is refused in writing, with reason and remedy. */
export function refuse(c: Case, d: { reason: string; remedy: string }, by: string, at: Date): Case {
  requireStatus(c, ['awaiting-materials'], 'NOT_AWAITING_MATERIALS', 'a refusal (不予受理)');
  requireReasons('A refusal', d);
  return conclude(c, 'not-accepted', { at: toOffsetIso(at), by, action: 'not-accepted', reason: d.reason, remedy: d.remedy });
}

/** 撤回: the applicant withdraws, at any open stage. */
export function withdraw(c: Case, reason: string, by: string, at: Date): Case {
  requireStatus(c, OPEN_STATUSES, 'CASE_CONCLUDED', 'a withdrawal');
  return conclude(c, 'withdrawn', { at: toOffsetIso(at), by, action: 'withdrawn', reason });
}

/**
 * The day the supplement limit ends: `limitDays` working days after the last notice asking for
 * materials (the one-time notice at intake, or a later second notice). Only for a case awaiting
 * materials.
 */
export function supplementDeadline(
  c: Case,
  cal: Calendar,
  limitDays: number,
): { noticeDate: IsoDate; date: IsoDate; provisional: boolean } | undefined {
  if (c.status !== 'awaiting-materials') return undefined;
  const notice = c.history.findLast((h) => h.action === 'second-notice' || h.action === 'intake');
  if (!notice) return undefined;
  const noticeDate = dayOf(notice.at);
  const { date, provisional } = addWorkingDays(cal, noticeDate, limitDays);
  return { noticeDate, date, provisional };
}

/**
 * 逾期未补正: a case still awaiting materials after the end of its supplement limit is closed,
 * with why. Undefined when the limit has not passed on `asOf`.
 */
export function closeIfPastSupplementLimit(
  c: Case,
  cal: Calendar,
  limitDays: number,
  asOf: IsoDate,
  by: string,
  at: Date,
): Case | undefined {
  requireStatus(c, ['awaiting-materials'], 'NOT_AWAITING_MATERIALS', 'closing for materials not supplemented');
  const deadline = supplementDeadline(c, cal, limitDays);
  if (!deadline || compareDates(asOf, deadline.date) <= 0) return undefined;
  const reason =
    `materials not supplemented within ${limitDays} working days of the notice of ${deadline.noticeDate} ` +
    `(limit ${deadline.date}): ${c.missingMaterials.join(', ')}`;
  return conclude(c, 'closed-incomplete', { at: toOffsetIso(at), by, action: 'closed-incomplete', reason });
}

/** 延期 (Art. 42): once, at most ten working days, decided within the time limit; the due date moves. */
export function extend(c: Case, d: { workingDays: number; reason: string }, by: string, at: Date, cal: Calendar): Case {
  requireStatus(c, ['accepted'], 'CASE_NOT_ACCEPTED', 'an extension');
  if (!Number.isInteger(d.workingDays) || d.workingDays < 1) {
    throw invalid('An extension is a whole number of working days', [{ field: 'workingDays', message: 'must be an integer >= 1' }]);
  }
  if (c.extendedBy !== undefined) {
    throw refused(
      'EXTENSION_ALREADY_GRANTED',
      `Case ${c.caseId} was already extended by ${c.extendedBy} working days; a case is extended once`,
    );
  }
  if (d.workingDays > MAX_EXTENSION_DAYS) {
    throw refused('EXTENSION_TOO_LONG', `An extension is at most ${MAX_EXTENSION_DAYS} working days (Art. 42), not ${d.workingDays}`, [
      { field: 'workingDays', message: `at most ${MAX_EXTENSION_DAYS}` },
    ]);
  }
  if (c.dueDate && compareDates(businessDate(at), c.dueDate) > 0) {
    throw refused('DEADLINE_PASSED', `Case ${c.caseId} was due on ${c.dueDate}: an extension is decided within the time limit`);
  }
  const entry: HistoryEntry = {
    at: toOffsetIso(at),
    by,
    action: 'extended',
    workingDays: d.workingDays,
    reason: d.reason,
    ...(c.dueDate ? { previousDueDate: c.dueDate } : {}),
  };
  return advance(c, { extendedBy: d.workingDays }, entry, cal, true);
}

/** 特别程序 (Art. 45): hearings, inspection, testing, expert review stop the clock; the days left carry over. */
export function suspend(c: Case, reason: string, by: string, at: Date, cal: Calendar): Case {
  requireStatus(c, ['accepted'], 'CASE_NOT_ACCEPTED', 'a suspension');
  requireRoom(c, `Case ${c.caseId}`);
  return advance(c, { status: 'suspended' }, { at: toOffsetIso(at), by, action: 'suspended', reason }, cal, false);
}

/** The special procedure is over: the clock runs again with the working days that were left. */
export function resume(c: Case, by: string, at: Date, cal: Calendar): Case {
  requireStatus(c, ['suspended'], 'NOT_SUSPENDED', 'a resumption');
  return advance(c, { status: 'accepted' }, { at: toOffsetIso(at), by, action: 'resumed' }, cal, true);
}

/**
 * 上报: an approval item decided above the county. The chief representative's preliminary
 * opinion ends the window's part — its clock stops here, so a referral after the due date is
 * late — and the case waits for the authority's decision, which the window records (`decide`).
 */
export function refer(c: Case, d: { opinion: string; authority: string }, by: string, at: Date): Case {
  requireStatus(c, ['accepted'], 'CASE_NOT_ACCEPTED', 'a referral');
  if (c.itemKind !== 'approval') {
    throw refused(
      'NOT_AN_APPROVAL_ITEM',
      `Case ${c.caseId} is a service item (服务): only approval items (审批) are referred to a higher authority`,
    );
  }
  const when = toOffsetIso(at);
  return {
    ...c,
    status: 'referred',
    referral: { at: when, by, opinion: d.opinion, authority: d.authority },
    history: [...c.history, { at: when, by, action: 'referred', opinion: d.opinion, authority: d.authority }],
  };
}

/** 转办: to another window that takes the item, with the reason; the clock goes on as it was. */
export function transfer(c: Case, item: ItemTerms, d: { windowId: string; reason: string }, by: string, at: Date): Case {
  requireStatus(c, ['awaiting-materials', 'accepted', 'suspended'], 'CASE_REFERRED', 'a transfer');
  requireRoom(c, `Case ${c.caseId}`);
  if (d.windowId === c.windowId) {
    throw refused('ALREADY_AT_WINDOW', `Case ${c.caseId} is already at window ${c.windowId}`, [
      { field: 'windowId', message: 'the case is already at this window' },
    ]);
  }
  if (!item.windowIds.includes(d.windowId)) {
    throw refused('ITEM_NOT_AT_WINDOW', `Item ${item.itemId} is not taken at window ${d.windowId}`, [
      { field: 'windowId', message: 'the item is not taken at this window' },
    ]);
  }
  return {
    ...c,
    windowId: d.windowId,
    history: [
      ...c.history,
      { at: toOffsetIso(at), by, action: 'transferred', fromWindowId: c.windowId, toWindowId: d.windowId, reason: d.reason },
    ],
  };
}

/**
 * The clock replayed with a changed calendar (a hall closure, a national schedule loaded or
 * corrected): the window's open work only (`awaitsWindow`); a suspended case replays at its
 * resumption, and a referred or concluded case keeps the time limit it was held to. Undefined
 * when nothing changes (so a redelivered calendar change writes nothing); otherwise the history
 * records the old and the new due date and why.
 */
export function recomputeDueDate(c: Case, cal: Calendar, reason: string, by: string, at: Date): Case | undefined {
  if (!awaitsWindow(c)) return undefined;
  const clock = clockOf(c, cal);
  if (sameDueDate(clock, c)) return undefined;
  const entry: HistoryEntry = {
    at: toOffsetIso(at),
    by,
    action: 'due-date-recomputed',
    ...(c.dueDate ? { previousDueDate: c.dueDate } : {}),
    ...(clock.dueDate ? { dueDate: clock.dueDate } : {}),
    reason,
  };
  return withClock({ ...c, history: [...c.history, entry] }, cal);
}

/** Periods the clock was suspended (Art. 45), as instants; `to` is absent while it still is. */
export function suspensionsOf(c: Pick<Case, 'history'>): { from: string; to?: string }[] {
  const periods: { from: string; to?: string }[] = [];
  for (const h of c.history) {
    if (h.action === 'suspended') periods.push({ from: h.at });
    const open = periods.at(-1);
    if (h.action === 'resumed' && open && open.to === undefined) open.to = h.at;
  }
  return periods;
}

// ---------------------------------------------------------------------------------------------
// Views and notices
// ---------------------------------------------------------------------------------------------

/**
 * What anyone with the receipt's code may see: no ID number, no phone, the name masked; the
 * missing materials by name; the reason and the remedy (救济途径) of a refusal or rejection.
 */
export function publicView(c: Case, materialName: (id: string) => string = (id) => id) {
  const explained = c.status === 'rejected' || c.status === 'not-accepted';
  return {
    caseId: c.caseId,
    itemName: c.itemName,
    status: c.status,
    receivedAt: c.receivedAt,
    dueDate: c.dueDate ?? null,
    concludedAt: c.concludedAt ?? null,
    applicantName: maskName(c.applicant.name),
    missingMaterials: c.missingMaterials.map(materialName),
    ...(explained && c.reason ? { reason: c.reason } : {}),
    ...(explained && c.remedy ? { remedy: c.remedy } : {}),
  };
}

/**
 * The receipt code belongs to the applicant: handed over once at intake and never shown to
 * staff again, except by an explicit reprint — or a printed acceptance notice, which carries
 * it — which the case's history records.
 */
export function reprintReceipt(c: Case, by: string, at: Date, notice?: NoticeKind): Case {
  requireRoom(c, `Case ${c.caseId}`);
  return { ...c, history: [...c.history, { at: toOffsetIso(at), by, action: 'receipt-reprinted', ...(notice ? { notice } : {}) }] };
}

/**
 * Which notice a case has: the acceptance notice once accepted, the one-time notice while
 * materials are awaited, the refusal once not accepted, the decision once decided. Asking for
 * another is a conflict with the case's status (409), named.
 */
export function requireNotice(c: Case, kind: NoticeKind): void {
  const has: Record<NoticeKind, boolean> = {
    acceptance: c.acceptedAt !== undefined,
    'one-time-notice': c.status === 'awaiting-materials' && c.missingMaterials.length > 0,
    'not-accepted': c.status === 'not-accepted',
    decision: isDecided(c),
  };
  if (!has[kind]) throw conflict('NOTICE_NOT_AVAILABLE', `Case ${c.caseId} is ${c.status}: it has no ${kind} notice`);
}
