/** Rules for hall set-up records that a schema alone cannot express. */
import type { ErrorDetail } from './errors';
import { compareDates, isWeekend, yearOf, type IsoDate } from './time';

export const DEFAULT_OPENING_HOURS = { open: '08:00', close: '17:00' } as const;

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
