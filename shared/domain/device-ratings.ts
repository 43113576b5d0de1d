/**
 * Ratings from a window's rating device (评价器, 一次一评): the device at the window rates the
 * service just given there, so the rating is tied to a service rather than to whoever holds
 * a receipt code, and a hall's own devices are never counted per source address
 * (spec/DOMAIN.md "Walk-in queue (排队叫号) and window rating devices").
 *
 * A service of a case is its conclusion (at the window the case is at when it concludes) or a
 * ticket served with the case at a window. The device of window W may rate the case while W
 * gave its latest service less than DEVICE_RATING_MINUTES ago; the rating is of that service
 * (its window, and the staff member who gave it). One rating per case, as for
 * ratings with the receipt code (the rating records decide that, not this module).
 *
 * Refusals, in this order: 422 CASE_NOT_SERVED (neither concluded nor served anywhere), 403
 * SERVED_AT_OTHER_WINDOW (served, but never at W), 422 RATING_WINDOW_CLOSED (W's latest
 * service is DEVICE_RATING_MINUTES or more ago).
 */
import { concludedByOf, isConcluded, type Case } from './cases';
import { DomainError, refused } from './errors';
import type { Ticket } from './queue';

/** How long after a service its window's device may rate it. */
export const DEVICE_RATING_MINUTES = 30;

/** A service given to the applicant of a case: where, when, and by whom (whose service a rating rates). */
export interface ServiceAtWindow {
  windowId: string;
  at: string;
  by?: string;
}

/**
 * The services of a case: its conclusion, unless the daily job closed it for materials that
 * never came (逾期未补正: nobody stood at a window), and the tickets served with it.
 */
export function servicesOf(
  c: Pick<Case, 'caseId' | 'status' | 'windowId' | 'concludedAt' | 'concludedBy' | 'history'>,
  tickets: readonly Ticket[],
): ServiceAtWindow[] {
  const concluder = concludedByOf(c);
  const conclusion =
    isConcluded(c) && c.status !== 'closed-incomplete' && c.concludedAt !== undefined
      ? [{ windowId: c.windowId, at: c.concludedAt, ...(concluder ? { by: concluder } : {}) }]
      : [];
  const served = tickets.flatMap((t) => {
    if (t.status !== 'served' || t.caseId !== c.caseId || t.windowId === undefined || t.servedAt === undefined) return [];
    const server = t.history.findLast((h) => h.action === 'served')?.by;
    return [{ windowId: t.windowId, at: t.servedAt, ...(server ? { by: server } : {}) }];
  });
  return [...conclusion, ...served];
}

/**
 * The service the device of `windowId` rates now: the case's latest at that window, while it is
 * recent enough; throws the refusal otherwise.
 */
export function rateableServiceAt(caseId: string, windowId: string, services: readonly ServiceAtWindow[], now: Date): ServiceAtWindow {
  if (services.length === 0) {
    throw refused('CASE_NOT_SERVED', `Case ${caseId} has been neither concluded nor served at a window`);
  }
  const latest = services.filter((s) => s.windowId === windowId).sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0];
  if (latest === undefined) {
    throw new DomainError('forbidden', 'SERVED_AT_OTHER_WINDOW', `Case ${caseId} was not served at window ${windowId}`);
  }
  const minutesSince = (now.getTime() - Date.parse(latest.at)) / 60_000;
  if (minutesSince >= DEVICE_RATING_MINUTES) {
    throw refused(
      'RATING_WINDOW_CLOSED',
      `Case ${caseId} was served at window ${windowId} ${Math.floor(minutesSince)} minutes ago; ` +
        `its device rates within ${DEVICE_RATING_MINUTES} minutes (the applicant may still rate with the receipt code)`,
    );
  }
  return latest;
}
