/**
 * Who may do what (不得越权): every authorization decision of the product, and only here.
 * A principal acts within its roles and its hall; agency admins act in every hall. A decision
 * depends on the caller's roles, the caller's relation to the subject (same hall, own window,
 * assignee) and, for window staff, their staff record (window, chief representative).
 * test/domain/access.test.ts checks the whole role × relation × action table.
 */
import { forbidden } from './errors';
import type { ItemKind } from './hall-setup';

/**
 * `rating-device`: the rating device (评价器) at one window, not a person: its token names the
 * window (`windowId` claim), and it may rate the service just given there and nothing else.
 */
export const ROLES = ['agency-admin', 'hall-admin', 'window-staff', 'scoring-dept', 'supervisor', 'rating-device'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  /** Staff id or admin id (the token's `sub`); a device's own id. */
  id: string;
  /** Absent for agency admins. */
  hallId?: string;
  roles: ReadonlySet<Role>;
  /** The window a rating device is bound to (its token's `windowId` claim). */
  windowId?: string;
}

/** The parts of a staff record that decide what a window's staff may do. */
export interface StaffStanding {
  staffId: string;
  windowId?: string;
  chiefRepresentative?: boolean;
  /** false: deactivated by a hall admin; refused everything. */
  active?: boolean;
  /** Other windows this staff member is the B post of (AB岗 across windows). */
  bPostOf?: readonly string[];
}

/** What a request does, as far as authorization is concerned. */
export const ACTIONS = [
  /** Create or rename a hall; load a national holiday schedule. */
  'administer-agency',
  /** Departments, windows, staff, leave, items, closures, rules, computing a month. */
  'administer-hall',
  /** Any staff read of the hall: cases, complaints, assessments, reminders, windows, items. */
  'read-hall',
  /** The staff records of a hall (names, posts, roles): its administrators and supervisors. */
  'read-staff',
  /**
   * A case's work at its window: intake, materials, second notices, refusal (不予受理), withdrawal,
   * suspension and resumption, transfer, printed notices; the window's monthly report.
   */
  'work-at-window',
  /** Conclude a case: the chief representative for approval items, any staff of the window for service items. */
  'decide-case',
  /** Extend a case's time limit (延期, Art. 42): the chief representative of its window. */
  'extend-case',
  /** Refer an approval item to the authority that decides it (上报), with the preliminary opinion: the chief representative. */
  'refer-case',
  /** Enter a case with its real receivedAt (paper backfill). */
  'backfill-case',
  /** See a case's ID number and phone. */
  'read-personal-data',
  /** Resolve or answer a complaint or rectification and see the complainant's contact. */
  'work-on-complaint',
  /** Confirm that a complaint or bad rating was unfounded (申诉复核): never the assessed window. */
  'review-finding',
  /** Bonus and deduction entries of the monthly assessment. */
  'enter-score',
  /** Void an entry made by mistake: its author (still a scoring department), or a hall admin. */
  'void-entry',
  /** Entries after the scoring deadline. */
  'override-deadline',
  /** The hall's notification deliveries (who was told what, by which channel, with what outcome). */
  'read-notifications',
  /**
   * Check in an applicant who booked (在线预约): any window's staff of the hall, wherever the
   * applicant arrives first; the appointment then waits in the priority lane for its windows.
   */
  'check-in-appointment',
  /** Rate the service just given at a window (一次一评): only the rating device bound to that window. */
  'rate-at-window',
] as const;
export type Action = (typeof ACTIONS)[number];

/** The record an action is about. */
export interface Subject {
  hallId: string;
  /** The window whose work it is (a case's window, a report's window). */
  windowId?: string;
  /** For `decide-case`: who may decide depends on the item's kind. */
  itemKind?: ItemKind;
  /** For `work-on-complaint`: the staff member it is assigned to. */
  assignee?: string;
  /** For `void-entry`: who entered it. */
  author?: string;
}

const isAgencyAdmin = (p: Principal) => p.roles.has('agency-admin');

/**
 * A device token acts as nothing but its window's rating device, whatever other roles it
 * carries; and ratings at a window come from its device only (no administrator rates for a
 * citizen).
 */
const isDevice = (p: Principal) => p.roles.has('rating-device');
const isDeviceOf = (p: Principal, s: Subject) =>
  isDevice(p) && p.hallId === s.hallId && p.windowId !== undefined && p.windowId === s.windowId;

/** A hall administrator of that hall, or an agency administrator. */
export const isHallAdminOf = (p: Principal, hallId: string) => isAgencyAdmin(p) || (p.roles.has('hall-admin') && p.hallId === hallId);

const inHall = (p: Principal, hallId: string) => isAgencyAdmin(p) || p.hallId === hallId;

/** Window staff of the subject's hall, with their staff record. */
const isWindowStaffOf = (p: Principal, s: Subject, staff?: StaffStanding): staff is StaffStanding =>
  p.hallId === s.hallId && p.roles.has('window-staff') && staff !== undefined;

/** Window staff of the subject's window by their staff record, or its B post from another window. */
const atWindow = (p: Principal, s: Subject, staff?: StaffStanding) =>
  isWindowStaffOf(p, s, staff) && s.windowId !== undefined && (staff.windowId === s.windowId || (staff.bPostOf ?? []).includes(s.windowId));

/** The chief representative of the subject's own window (a B post from elsewhere is not its chief). */
const chiefAt = (p: Principal, s: Subject, staff?: StaffStanding) =>
  isWindowStaffOf(p, s, staff) && s.windowId !== undefined && staff.windowId === s.windowId && staff.chiefRepresentative === true;

type HallAction = Exclude<Action, 'administer-agency'>;

/** The decision table. Hall admins (and agency admins) may do everything in a hall except the agency's own work. */
export function can(p: Principal, action: 'administer-agency'): boolean;
export function can(p: Principal, action: HallAction, s: Subject, staff?: StaffStanding): boolean;
export function can(p: Principal, action: Action, s?: Subject, staff?: StaffStanding): boolean {
  if (isDevice(p) || action === 'rate-at-window') return action === 'rate-at-window' && s !== undefined && isDeviceOf(p, s);
  if (action === 'administer-agency' || !s) return isAgencyAdmin(p);
  if (isHallAdminOf(p, s.hallId)) return true;
  switch (action) {
    case 'administer-hall':
    case 'backfill-case':
    case 'override-deadline':
    case 'read-notifications':
      return false;
    case 'read-hall':
      return inHall(p, s.hallId);
    case 'read-staff':
      return p.hallId === s.hallId && p.roles.has('supervisor');
    case 'check-in-appointment':
      return isWindowStaffOf(p, s, staff);
    case 'work-at-window':
    case 'read-personal-data':
      return atWindow(p, s, staff);
    case 'decide-case':
      return s.itemKind === 'approval' ? chiefAt(p, s, staff) : atWindow(p, s, staff);
    case 'extend-case':
    case 'refer-case':
      return chiefAt(p, s, staff);
    case 'work-on-complaint':
      return p.hallId === s.hallId && (p.roles.has('supervisor') || p.id === s.assignee);
    case 'review-finding':
      return p.hallId === s.hallId && p.roles.has('supervisor');
    case 'enter-score':
      return p.hallId === s.hallId && p.roles.has('scoring-dept');
    case 'void-entry':
      return p.hallId === s.hallId && p.roles.has('scoring-dept') && p.id === s.author;
  }
}

const REFUSALS: Record<Action, (s: Partial<Subject>) => string> = {
  'administer-agency': () => 'Only agency administrators may do this',
  'administer-hall': (s) => `Only an administrator of hall ${s.hallId} may do this`,
  'read-hall': (s) => `Not a member of hall ${s.hallId}`,
  'read-staff': () => 'Only hall administrators and supervisors may read staff records',
  'work-at-window': (s) => `Only staff of window ${s.windowId} may do this`,
  'decide-case': (s) =>
    s.itemKind === 'approval'
      ? `Only the chief representative of window ${s.windowId} may decide approval items`
      : `Only staff of window ${s.windowId} may decide this case`,
  'extend-case': (s) => `Only the chief representative of window ${s.windowId} or a hall administrator may extend a case`,
  'refer-case': (s) => `Only the chief representative of window ${s.windowId} or a hall administrator may refer a case`,
  'backfill-case': () => 'Only a hall administrator may enter a case with its own receivedAt (backfill)',
  'read-personal-data': (s) => `Only staff of window ${s.windowId} may see the applicant's personal data`,
  'work-on-complaint': () => 'Only the assignee, a supervisor or a hall administrator may work on this complaint',
  'review-finding': () => 'Only a supervisor or a hall administrator may review a finding of the assessed window',
  'enter-score': () => 'Requires the scoring-dept role',
  'void-entry': () => "Only the entry's author or a hall administrator may void it",
  'override-deadline': () => 'Only a hall administrator may override the scoring deadline',
  'read-notifications': (s) => `Only an administrator of hall ${s.hallId} may read its notification deliveries`,
  'check-in-appointment': (s) => `Only window staff of hall ${s.hallId} may check in an appointment`,
  'rate-at-window': (s) => `Only the rating device of window ${s.windowId} may rate the service given there`,
};

/** `can`, or a 403 that says who may. */
export function authorize(p: Principal, action: 'administer-agency'): void;
export function authorize(p: Principal, action: HallAction, s: Subject, staff?: StaffStanding): void;
export function authorize(p: Principal, action: Action, s?: Subject, staff?: StaffStanding): void {
  const allowed = action === 'administer-agency' || !s ? can(p, 'administer-agency') : can(p, action, s, staff);
  if (!allowed) throw forbidden(REFUSALS[action](s ?? {}));
}
