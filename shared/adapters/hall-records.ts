/**
 * Hall set-up records (hall, departments, windows, staff, leave, items, calendars): small,
 * read often, written by administrators. Each is one item; PUT replaces it.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Deps } from './deps';
import { queryAll, record, recordPage, records, type Page } from './dynamo';
import { hallCollections, hallRegistry, indexKeys, keys, type Key } from './table';
import type { HallOverride } from '#domain/calendar';
import { isHallAdminOf, type Principal, type StaffStanding } from '#domain/access';

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
  post?: 'A' | 'B';
  chiefRepresentative?: boolean;
  roles: string[];
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
  kind: 'approval' | 'service';
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

async function put<T extends object>(d: Deps, entity: string, key: Key, record: T, indexAttributes: object = {}): Promise<T> {
  await d.db.send(new PutCommand({ TableName: d.tableName, Item: { ...key, ...indexAttributes, entity, ...record } }));
  return record;
}

export const hallRecords = {
  getHall: (d: Deps, hallId: string) => record<Hall>(d, keys.hall(hallId)),
  /** Every hall's id, from the registry index (jobs run per hall). */
  async listHallIds(d: Deps): Promise<string[]> {
    const items = await queryAll<{ hallId: string }>(d.db, d.tableName, { index: hallRegistry.index, partition: hallRegistry.partition });
    return items.map((i) => i.hallId);
  },
  putHall: (d: Deps, hall: Hall) => put(d, 'hall', keys.hall(hall.hallId), hall, indexKeys.hallRegistry(hall.hallId)),

  getDepartment: (d: Deps, hallId: string, id: string) => record<Department>(d, keys.department(hallId, id)),
  putDepartment: (d: Deps, r: Department) => put(d, 'department', keys.department(r.hallId, r.departmentId), r),
  listDepartments: (d: Deps, hallId: string) => records<Department>(d, hallCollections.departments(hallId)),

  getWindow: (d: Deps, hallId: string, id: string) => record<Window>(d, keys.window(hallId, id)),
  putWindow: (d: Deps, r: Window) => put(d, 'window', keys.window(r.hallId, r.windowId), r),
  listWindows: (d: Deps, hallId: string) => records<Window>(d, hallCollections.windows(hallId)),

  getStaff: (d: Deps, hallId: string, id: string) => record<Staff>(d, keys.staff(hallId, id)),
  /** The caller's staff record, which decides what window staff may do (hall admins need none). */
  standingOf: async (d: Deps, p: Principal, hallId: string): Promise<StaffStanding | undefined> =>
    isHallAdminOf(p, hallId) ? undefined : record<Staff>(d, keys.staff(hallId, p.id)),
  putStaff: (d: Deps, r: Staff) => put(d, 'staff', keys.staff(r.hallId, r.staffId), r),
  listStaff: (d: Deps, hallId: string) => records<Staff>(d, hallCollections.staff(hallId)),

  putLeave: (d: Deps, r: Leave) => put(d, 'leave', keys.leave(r.hallId, r.staffId, r.from), r),
  listLeaves: (d: Deps, hallId: string) => records<Leave>(d, hallCollections.leaves(hallId)),

  getItem: (d: Deps, hallId: string, id: string) => record<Item>(d, keys.item(hallId, id)),
  putItem: (d: Deps, r: Item) => put(d, 'item', keys.item(r.hallId, r.itemId), r),
  listAllItems: (d: Deps, hallId: string) => records<Item>(d, hallCollections.items(hallId)),
  listItems: (d: Deps, hallId: string, limit: number, cursor?: string): Promise<Page<Item>> =>
    recordPage<Item>(d, { ...hallCollections.items(hallId), limit, ...(cursor ? { cursor } : {}) }),

  putHallCalendarDay: (d: Deps, r: HallCalendarDay) => put(d, 'hall-calendar-day', keys.hallCalendarDay(r.hallId, r.date), r),
  listHallCalendarDays: (d: Deps, hallId: string) => records<HallCalendarDay>(d, hallCollections.calendarDays(hallId)),

  putNationalYear: (d: Deps, r: NationalYear) => put(d, 'national-year', keys.nationalYear(r.year), r),
  listNationalYears: (d: Deps) => records<NationalYear>(d, hallCollections.nationalYears()),
};
