/**
 * Complaint and rectification routing (docs/DOMAIN.md "Complaints (投诉) and routing",
 * "Ratings"): who gets a new complaint or bad rating, and by when. Pure: the stream-fed
 * router reads the hall's windows, items, staff and leaves and asks this module.
 */
import { addWorkingDays, type Calendar } from './calendar';
import type { ServiceLevels } from './hall-rules';
import type { Post } from './hall-setup';
import { compareDates, type IsoDate } from './time';

/** A hall staff member as routing sees them: their window post (AB岗) and roles. */
export interface StaffPost {
  staffId: string;
  windowId?: string;
  post?: Post;
  /** Other windows this staff member is the B post of. */
  bPostOf?: readonly string[];
  roles: readonly string[];
}

/** A leave of absence, both ends inclusive. */
export interface LeaveRange {
  staffId: string;
  from: IsoDate;
  to: IsoDate;
}

export interface WindowRef {
  windowId: string;
  departmentId: string;
}

export interface ItemRef {
  itemId: string;
  departmentId: string;
  windowIds: readonly string[];
}

export const ROUTES = ['a-post', 'b-post', 'department-window', 'supervisor', 'unassigned'] as const;
export type Route = (typeof ROUTES)[number];

export interface Routing {
  /** The window the complaint is about (also when nobody at that window could take it). */
  windowId?: string;
  /** The staff member it is assigned to; absent only when `route` is 'unassigned'. */
  assignee?: string;
  route: Route;
  /** Short reason for the history; never personal data. */
  note: string;
}

export const SUPERVISOR_ROLE = 'supervisor';

const byStaffId = (a: { staffId: string }, b: { staffId: string }) => (a.staffId < b.staffId ? -1 : a.staffId > b.staffId ? 1 : 0);

/** Whether any of `leaves` of this staff member covers `date` (both ends inclusive). */
export function isOnLeave(staffId: string, date: IsoDate, leaves: readonly LeaveRange[]): boolean {
  return leaves.some((leave) => leave.staffId === staffId && compareDates(leave.from, date) <= 0 && compareDates(date, leave.to) <= 0);
}

/** The lowest staffId among `candidates` not on leave on `date`. */
function firstAvailable<T extends { staffId: string }>(
  candidates: readonly T[],
  date: IsoDate,
  leaves: readonly LeaveRange[],
): T | undefined {
  return [...candidates].sort(byStaffId).find((s) => !isOnLeave(s.staffId, date, leaves));
}

/**
 * AB岗: who answers for a window on `date`. The A post (the lowest staffId among several
 * A posts present that day); when no A post is present, the window's own B post, then a B post
 * of another window named for it (`bPostOf`: a one-person window's B post works elsewhere),
 * each the lowest staffId present; undefined when nobody is present.
 */
export function windowRecipient(
  windowId: string,
  date: IsoDate,
  staff: readonly StaffPost[],
  leaves: readonly LeaveRange[],
): { staffId: string; post: Post } | undefined {
  const tiers: [Post, (s: StaffPost) => boolean][] = [
    ['A', (s) => s.windowId === windowId && s.post === 'A'],
    ['B', (s) => s.windowId === windowId && s.post === 'B'],
    ['B', (s) => s.windowId !== windowId && (s.bPostOf ?? []).includes(windowId)],
  ];
  for (const [post, holds] of tiers) {
    const found = firstAvailable(staff.filter(holds), date, leaves);
    if (found) return { staffId: found.staffId, post };
  }
  return undefined;
}

/** The window that answers for an item without a named window: its department's window. */
export function departmentWindow(item: ItemRef, windows: readonly WindowRef[]): string | undefined {
  const ofDepartment = windows
    .filter((w) => w.departmentId === item.departmentId)
    .map((w) => w.windowId)
    .sort();
  return ofDepartment.find((id) => item.windowIds.includes(id)) ?? ofDepartment[0];
}

/** The hall's supervisors present on `date`, lowest staffId first. */
export function availableSupervisor(date: IsoDate, staff: readonly StaffPost[], leaves: readonly LeaveRange[]): string | undefined {
  return firstAvailable(
    staff.filter((s) => s.roles.includes(SUPERVISOR_ROLE)),
    date,
    leaves,
  )?.staffId;
}

/**
 * Routes a new complaint or bad rating on `date` (the day it is routed):
 * 1. a window (the case's window, or the window named) → its A post, or B post when A is on leave;
 * 2. else an item → its department's window → that window's A/B post ('department-window');
 * 3. nothing routable (no window, unknown item, or nobody present at the window) → the
 *    hall's supervisors present that day (lowest staffId);
 * 4. no supervisor either → 'unassigned', a state the daily reminder job reports.
 */
export function routeComplaint(input: {
  windowId?: string;
  itemId?: string;
  date: IsoDate;
  windows: readonly WindowRef[];
  items: readonly ItemRef[];
  staff: readonly StaffPost[];
  leaves: readonly LeaveRange[];
}): Routing {
  const { date, staff, leaves } = input;
  let windowId = input.windowId;
  let reason: string;

  if (windowId !== undefined) {
    const recipient = windowRecipient(windowId, date, staff, leaves);
    if (recipient) {
      return recipient.post === 'A'
        ? { windowId, assignee: recipient.staffId, route: 'a-post', note: 'A岗 of the window' }
        : { windowId, assignee: recipient.staffId, route: 'b-post', note: 'B岗 of the window: no A岗 present' };
    }
    reason = 'no A岗 or B岗 present at the window';
  } else if (input.itemId !== undefined) {
    const item = input.items.find((i) => i.itemId === input.itemId);
    windowId = item && departmentWindow(item, input.windows);
    if (windowId !== undefined) {
      const recipient = windowRecipient(windowId, date, staff, leaves);
      if (recipient) {
        return {
          windowId,
          assignee: recipient.staffId,
          route: 'department-window',
          note: `${recipient.post}岗 of the item's department window`,
        };
      }
      reason = "no A岗 or B岗 present at the item's department window";
    } else {
      reason = item ? "the item's department has no window" : 'unknown item';
    }
  } else {
    reason = 'no window or item named';
  }

  const supervisor = availableSupervisor(date, staff, leaves);
  const base = windowId !== undefined ? { windowId } : {};
  return supervisor !== undefined
    ? { ...base, assignee: supervisor, route: 'supervisor', note: `supervisor: ${reason}` }
    : { ...base, route: 'unassigned', note: `unassigned: ${reason}, and no supervisor present` };
}

/**
 * Resolution (complaint) or rectification (bad rating) deadline: the N-th working day after
 * the day received, by the one working-day rule. `provisional` when it reaches a year
 * without a national schedule.
 */
export function complaintDueDate(
  cal: Calendar,
  receivedDate: IsoDate,
  source: 'complaint' | 'bad-rating',
  levels: Pick<ServiceLevels, 'complaintResolutionDays' | 'rectificationDays'>,
): { dueDate: IsoDate; provisional: boolean } {
  const n = source === 'complaint' ? levels.complaintResolutionDays : levels.rectificationDays;
  const { date, provisional } = addWorkingDays(cal, receivedDate, n);
  return { dueDate: date, provisional };
}

/** First response (首次响应) deadline: the N-th working day after the day received (default 1). */
export function firstResponseDue(
  cal: Calendar,
  receivedDate: IsoDate,
  levels: Pick<ServiceLevels, 'complaintFirstResponseDays'>,
): { dueDate: IsoDate; provisional: boolean } {
  const { date, provisional } = addWorkingDays(cal, receivedDate, levels.complaintFirstResponseDays);
  return { dueDate: date, provisional };
}
