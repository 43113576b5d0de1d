/** The hall's set-up records (hall, departments, windows, staff, leave, items, calendars) and the rules a schema alone cannot express. */
import type { Role } from './access';
import type { HallOverride } from './calendar';
import type { ErrorDetail } from './errors';
import { businessDate, compareDates, firstDayOfMonth, isWeekend, lastDayOfMonth, yearOf, type IsoDate } from './time';

export const DEFAULT_OPENING_HOURS = { open: '08:00', close: '17:00' } as const;

/** 审批 (decided by the chief representative) or 服务. */
export const ITEM_KINDS = ['approval', 'service'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** AB岗: the A post answers for the window, the B post steps in when A is away. */
export const POSTS = ['A', 'B'] as const;
export type Post = (typeof POSTS)[number];

export interface Hall {
  hallId: string;
  name: string;
  openingHours: { open: string; close: string };
  updatedAt: string;
  /** Who wrote it last (absent on records written before it was kept). */
  updatedBy?: string;
}
export interface Department {
  hallId: string;
  departmentId: string;
  name: string;
  updatedAt: string;
  /** Who wrote it last (absent on records written before it was kept). */
  updatedBy?: string;
}
export interface Window {
  hallId: string;
  windowId: string;
  name: string;
  departmentId: string;
  leaderName?: string;
  headName?: string;
  /** The first day the window is open (default: the day it was set up; backdatable). */
  openedOn?: IsoDate;
  /** The day the window closed: from then on it is not open (its history stays). */
  closedOn?: IsoDate;
  /** When the record was first written (windows set up before `openedOn` existed open that day). */
  createdAt?: string;
  updatedAt: string;
  /** Who wrote it last (absent on records written before it was kept). */
  updatedBy?: string;
}
export interface Staff {
  hallId: string;
  staffId: string;
  name: string;
  windowId?: string;
  post?: Post;
  chiefRepresentative?: boolean;
  /** Other windows whose B post this staff member is (AB岗 across windows: a one-person window's B post). */
  bPostOf?: string[];
  roles: Role[];
  updatedAt: string;
  /** Who wrote it last (absent on records written before it was kept). */
  updatedBy?: string;
  /** false: deactivated by a hall admin (how access is revoked); refused everything. Default true. */
  active?: boolean;
}
export interface Leave {
  hallId: string;
  staffId: string;
  from: string;
  to: string;
  updatedAt: string;
  /** Who wrote it last (absent on records written before it was kept). */
  updatedBy?: string;
}
export interface Item {
  hallId: string;
  itemId: string;
  name: string;
  kind: ItemKind;
  departmentId: string;
  windowIds: string[];
  legalLimitDays: number;
  promisedLimitDays: number;
  materials: { id: string; name: string }[];
  updatedAt: string;
  /** Who wrote it last (absent on records written before it was kept). */
  updatedBy?: string;
}
export interface HallCalendarDay extends HallOverride {
  hallId: string;
  updatedAt: string;
  /** Who wrote it last (absent on records written before it was kept). */
  updatedBy?: string;
}
export interface NationalYear {
  year: number;
  holidays: string[];
  workdays: string[];
  updatedAt: string;
  /** Who wrote it last (absent on records written before it was kept). */
  updatedBy?: string;
}

/**
 * A national schedule for one year: every date in that year, no date both a holiday and a
 * make-up working day, and make-up working days only on weekends (调休上班 moves a weekend).
 */
export function nationalYearProblems(year: number, holidays: IsoDate[], workdays: IsoDate[]): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const check = (list: IsoDate[], field: string) =>
    list.forEach((date, i) => {
      if (yearOf(date) !== year) problems.push({ field: `${field}.${i}`, message: `${date} is not in ${year}` });
    });
  check(holidays, 'holidays');
  check(workdays, 'workdays');
  const holidaySet = new Set(holidays);
  workdays.forEach((date, i) => {
    if (holidaySet.has(date)) problems.push({ field: `workdays.${i}`, message: `${date} is also listed as a holiday` });
    else if (!isWeekend(date))
      problems.push({ field: `workdays.${i}`, message: `${date} is not a weekend day; make-up working days replace weekend days` });
  });
  return problems;
}

export function leaveProblems(from: IsoDate, to: IsoDate): ErrorDetail[] {
  return compareDates(to, from) < 0 ? [{ field: 'to', message: 'must not be before the start of the leave' }] : [];
}

export function staffProblems(staff: {
  windowId?: string;
  post?: string;
  chiefRepresentative?: boolean;
  bPostOf?: string[];
  roles: string[];
}): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  (staff.bPostOf ?? []).forEach((windowId, i, all) => {
    if (windowId === staff.windowId) problems.push({ field: `bPostOf.${i}`, message: "is the staff member's own window (use post)" });
    else if (all.indexOf(windowId) !== i) problems.push({ field: `bPostOf.${i}`, message: `${windowId} is listed twice` });
  });
  if (!staff.windowId && staff.post) problems.push({ field: 'post', message: 'an A/B post needs a windowId' });
  if (!staff.windowId && staff.chiefRepresentative)
    problems.push({ field: 'chiefRepresentative', message: 'a chief representative needs a windowId' });
  if (staff.roles.includes('agency-admin')) problems.push({ field: 'roles', message: 'agency-admin is not a hall role' });
  // A device has its own account (a token with its window), never a person's staff record.
  if (staff.roles.includes('rating-device'))
    problems.push({ field: 'roles', message: 'rating-device is the role of a window device, not of staff' });
  return problems;
}

/** The first day a window is open: its `openedOn`, else the day its record was first written. */
export function openingDay(w: Pick<Window, 'openedOn' | 'createdAt' | 'updatedAt'>): IsoDate {
  return w.openedOn ?? businessDate(new Date(w.createdAt ?? w.updatedAt));
}

/** A month ranks the windows open on at least one of its days. */
export function isOpenDuring(w: Pick<Window, 'openedOn' | 'closedOn' | 'createdAt' | 'updatedAt'>, month: string): boolean {
  const openedBeforeTheEnd = compareDates(openingDay(w), lastDayOfMonth(month)) <= 0;
  const closedAfterTheStart = w.closedOn === undefined || compareDates(w.closedOn, firstDayOfMonth(month)) > 0;
  return openedBeforeTheEnd && closedAfterTheStart;
}

export function windowProblems(w: { openedOn?: IsoDate; closedOn?: IsoDate | null }): ErrorDetail[] {
  return w.openedOn && w.closedOn && compareDates(w.closedOn, w.openedOn) <= 0
    ? [{ field: 'closedOn', message: 'must be after openedOn' }]
    : [];
}
