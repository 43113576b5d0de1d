/**
 * Routing a complaint or rectification that is still `received`: the routing rules pick the
 * assignee and the one working-day rule its due dates. Used by the complaint router (from the
 * stream) and by the reconciliation sweep (for one whose stream record was lost). Idempotent: a
 * complaint already routed is skipped, and a conditional update means a late attempt never
 * overwrites later work. The ComplaintRouted event comes from the outbox once it is committed.
 */
import { assign, type Complaint } from '#domain/complaints';
import { isDomainError } from '#domain/errors';
import type { ServiceLevels } from '#domain/hall-rules';
import { routeComplaint } from '#domain/routing';
import { businessDate, monthOf } from '#domain/time';
import { complaintRecords } from '#adapters/complaint-records';
import type { StoreDeps as Deps } from '#adapters/deps';
import { hallRules } from '#adapters/hall-rules';
import { loadHallSetup, type HallSetup } from '#adapters/hall-setup';
import { logger } from '#adapters/logger';
import { recordMetric } from '#adapters/metrics';

/** What routing reads about a hall, read once per batch. */
interface Lookups {
  setupOf: (hallId: string) => Promise<HallSetup>;
  rulesOf: (hallId: string, month: string) => Promise<ServiceLevels>;
}

function memoized<A extends string[], T>(load: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  const loaded = new Map<string, Promise<T>>();
  return (...args) => {
    const key = args.join('\u0000'); // ids and months never contain NUL
    let value = loaded.get(key);
    if (!value) loaded.set(key, (value = load(...args)));
    return value;
  };
}

/** A batch's reads of hall set-ups and rules, each made once. */
export const routingLookups = (d: Deps): Lookups => ({
  setupOf: memoized((hallId: string) => loadHallSetup(d, hallId)),
  rulesOf: memoized((hallId: string, month: string) => hallRules.inForce(d, hallId, month)),
});

/** Routes the complaint unless someone did already; true when this call routed it. */
export async function routeIfReceived(d: Deps, filed: Pick<Complaint, 'complaintId'>, { setupOf, rulesOf }: Lookups): Promise<boolean> {
  // What the caller saw may be old news: read the record as it is now.
  const current = await complaintRecords.getAnyHall(d, filed.complaintId);
  if (!current || current.route || current.status !== 'received') {
    logger.info('already routed; skipped', { complaintId: filed.complaintId });
    return false;
  }
  const now = d.clock.now();
  const [setup, rules] = await Promise.all([
    setupOf(current.hallId),
    rulesOf(current.hallId, monthOf(businessDate(new Date(current.receivedAt)))),
  ]);
  const routing = routeComplaint({
    ...(current.windowId ? { windowId: current.windowId } : {}),
    ...(current.itemId ? { itemId: current.itemId } : {}),
    date: businessDate(now),
    ...setup,
  });
  const next = assign(current, routing, setup.calendar, rules, now);
  try {
    await complaintRecords.update(d, current, next);
  } catch (err) {
    // Someone changed it meanwhile (a concurrent delivery, or a supervisor resolving it): theirs stands.
    if (isDomainError(err, 'STALE_COMPLAINT')) return false;
    throw err;
  }
  logger.info('complaint routed', { complaintId: next.complaintId, route: routing.route, assignee: next.assignee });
  recordMetric('ComplaintsRouted');
  return true;
}
