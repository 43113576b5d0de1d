/**
 * Hall set-up records (hall, departments, windows, staff, leave, items, calendars): small,
 * read often, written by administrators. Each is one item; PUT replaces it.
 */
import type { Department, Hall, HallCalendarDay, Item, Leave, NationalYear, Staff, Window } from '#domain/hall-setup';
import { randomUUID } from 'node:crypto';
import type { StoreDeps as Deps } from './deps';
import { deleteIfExists, putRecord as put, record, recordPage, records, recordsNamed, type PageQuery } from './dynamo';
import { ENTITY, hallCollections, hallRegistry, indexKeys, keys, type Key } from './table';

interface PagedRecord {
  departments: Department;
  windows: Window;
  staff: Staff;
  items: Item;
}
type PagedCollection = keyof PagedRecord;

/**
 * Moves a set-up revision once the record changed: containers that cached the set-up under the
 * old revision see the new one on their next request and read the set-up again.
 */
async function changed<T>(d: Deps, revisionKey: Key, written: Promise<T>): Promise<T> {
  const value = await written;
  await put(d, ENTITY.setupRevision, revisionKey, { revision: randomUUID(), changedAt: d.clock.now().toISOString() });
  return value;
}

/** What the set-up cache checks on every request: the hall's set-up revision and the national calendar's. */
const revisionOf = (hallRevision: unknown, nationalRevision: unknown) =>
  `${(hallRevision as { revision?: string } | undefined)?.revision ?? '-'}/${(nationalRevision as { revision?: string } | undefined)?.revision ?? '-'}`;

export const hallRecords = {
  getHall: (d: Deps, hallId: string) => record<Hall>(d, keys.hall(hallId)),

  /**
   * What every request in a hall reads first, in one round trip: the hall and the caller's staff
   * record; with `setUp` (staff requests, which use the set-up cache) also the set-up revisions,
   * strongly consistent so that a set-up change reaches the very next request. Public requests
   * read the hall alone, eventually consistent: no revision to check, half the read cost.
   */
  async forRequest(d: Deps, request: { hallId?: string; staff?: { hallId: string; staffId: string }; setUp: boolean }) {
    const { hallId, staff, setUp } = request;
    const found = await recordsNamed(
      d,
      {
        ...(hallId !== undefined ? { hall: keys.hall(hallId) } : {}),
        ...(hallId !== undefined && setUp
          ? { hallRevision: keys.setupRevision(hallId), nationalRevision: keys.nationalCalendarRevision() }
          : {}),
        ...(staff ? { staff: keys.staff(staff.hallId, staff.staffId) } : {}),
      },
      setUp,
    );
    return {
      hall: found.hall as Hall | undefined,
      staff: found.staff as Staff | undefined,
      setupRevision: revisionOf(found.hallRevision, found.nationalRevision),
    };
  },
  /** Every hall's id, from the registry index (jobs run per hall). */
  async listHallIds(d: Deps): Promise<string[]> {
    return (await records<Hall>(d, hallRegistry)).map((h) => h.hallId);
  },
  putHall: (d: Deps, hall: Hall) => put(d, ENTITY.hall, keys.hall(hall.hallId), hall, indexKeys.hallRegistry(hall.hallId)),

  getDepartment: (d: Deps, hallId: string, id: string) => record<Department>(d, keys.department(hallId, id)),
  putDepartment: (d: Deps, r: Department) => put(d, ENTITY.department, keys.department(r.hallId, r.departmentId), r),
  listDepartments: (d: Deps, hallId: string) => records<Department>(d, hallCollections.departments(hallId)),

  getWindow: (d: Deps, hallId: string, id: string) => record<Window>(d, keys.window(hallId, id)),
  putWindow: <W extends Window>(d: Deps, r: W) => put(d, ENTITY.window, keys.window(r.hallId, r.windowId), r),
  listWindows: (d: Deps, hallId: string) => records<Window>(d, hallCollections.windows(hallId)),

  getStaff: (d: Deps, hallId: string, id: string) => record<Staff>(d, keys.staff(hallId, id)),
  putStaff: (d: Deps, r: Staff) => put(d, ENTITY.staff, keys.staff(r.hallId, r.staffId), r),
  listStaff: (d: Deps, hallId: string) => records<Staff>(d, hallCollections.staff(hallId)),

  putLeave: (d: Deps, r: Leave) => put(d, ENTITY.leave, keys.leave(r.hallId, r.staffId, r.from), r),
  /** Removes a leave; false when there was none. */
  deleteLeave: (d: Deps, hallId: string, staffId: string, from: string) => deleteIfExists(d, keys.leave(hallId, staffId, from)),
  listLeaves: (d: Deps, hallId: string) => records<Leave>(d, hallCollections.leaves(hallId)),

  getItem: (d: Deps, hallId: string, id: string) => record<Item>(d, keys.item(hallId, id)),
  putItem: (d: Deps, r: Item) => changed(d, keys.setupRevision(r.hallId), put(d, ENTITY.item, keys.item(r.hallId, r.itemId), r)),
  listAllItems: (d: Deps, hallId: string) => records<Item>(d, hallCollections.items(hallId)),

  putHallCalendarDay: (d: Deps, r: HallCalendarDay) =>
    changed(d, keys.setupRevision(r.hallId), put(d, ENTITY.hallCalendarDay, keys.hallCalendarDay(r.hallId, r.date), r)),
  listHallCalendarDays: (d: Deps, hallId: string) => records<HallCalendarDay>(d, hallCollections.calendarDays(hallId)),

  /** One page of a hall's departments, windows, staff or items, in id order. */
  page: <C extends PagedCollection>(d: Deps, collection: C, hallId: string, page: Pick<PageQuery, 'limit' | 'cursor'>) =>
    recordPage<PagedRecord[C]>(d, { ...hallCollections[collection](hallId), ...page }),

  putNationalYear: (d: Deps, r: NationalYear) =>
    changed(d, keys.nationalCalendarRevision(), put(d, ENTITY.nationalYear, keys.nationalYear(r.year), r)),
  /** For a record the cached set-up is built from, written elsewhere (the hall's rules). */
  changed: <T>(d: Deps, hallId: string, written: Promise<T>) => changed(d, keys.setupRevision(hallId), written),
  listNationalYears: (d: Deps) => records<NationalYear>(d, hallCollections.nationalYears()),
};
