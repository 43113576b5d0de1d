/** Everything the routing and reminder rules need to know about a hall, read in one go. */
import type { Calendar } from '#domain/calendar';
import type { ItemRef, LeaveRange, StaffPost, WindowRef } from '#domain/routing';
import type { StoreDeps as Deps } from './deps';
import { loadHallCalendar } from './hall-calendar';
import { hallRecords } from './hall-records';

export interface HallSetup {
  calendar: Calendar;
  staff: StaffPost[];
  leaves: LeaveRange[];
  windows: WindowRef[];
  items: ItemRef[];
}

export async function loadHallSetup(d: Deps, hallId: string): Promise<HallSetup> {
  const [calendar, staff, leaves, windows, items] = await Promise.all([
    loadHallCalendar(d, hallId),
    hallRecords.listStaff(d, hallId),
    hallRecords.listLeaves(d, hallId),
    hallRecords.listWindows(d, hallId),
    hallRecords.listAllItems(d, hallId),
  ]);
  return { calendar, staff, leaves, windows, items };
}
