/** The hall's set-up records (hall, departments, windows, staff, leave, items, calendars) and the rules a schema alone cannot express. */
import type { Role } from './access';
import type { HallOverride } from './calendar';
import type { ErrorDetail } from './errors';
import { compareDates, isWeekend, yearOf, type IsoDate } from './time';

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
}
export interface Department {
  hallId: string;
  departmentId: string;
  name: string;
  updatedAt: string;
}
export interface Window {
  hallId: string;
  windowId: string;
  name: string;
  departmentId: string;
  leaderName?: string;
  headName?: string;
  /** When the window first opened: months before it are scored without it. */
  createdAt?: string;
  updatedAt: string;
}
export interface Staff {
  hallId: string;
  staffId: string;
  name: string;
  windowId?: string;
  post?: Post;
  chiefRepresentative?: boolean;
  roles: Role[];
  updatedAt: string;
}
export interface Leave {
  hallId: string;
  staffId: string;
  from: string;
  to: string;
  updatedAt: string;
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
}
export interface HallCalendarDay extends HallOverride {
  hallId: string;
  updatedAt: string;
}
export interface NationalYear {
  year: number;
  holidays: string[];
  workdays: string[];
  updatedAt: string;
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

export function staffProblems(staff: { windowId?: string; post?: string; chiefRepresentative?: boolean; roles: string[] }): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (!staff.windowId && staff.post) problems.push({ field: 'post', message: 'an A/B post needs a windowId' });
  if (!staff.windowId && staff.chiefRepresentative)
    problems.push({ field: 'chiefRepresentative', message: 'a chief representative needs a windowId' });
  if (staff.roles.includes('agency-admin')) problems.push({ field: 'roles', message: 'agency-admin is not a hall role' });
  return problems;
}
