/**
 * Reconciliation: what the stream consumers should have done, redone from the table itself. A
 * stream record can be lost for good: locally when the runtime dies between a write and its
 * record (kill -9), in AWS when a consumer fails past the stream's retention (the on-failure
 * queue holds pointers only). The table still tells what is owed: complaints still `received`
 * (never routed) and records with events still pending publication (shared/adapters/outbox.ts).
 * Both are redone after a bound the consumers normally meet in well under a second; redoing is
 * idempotent (routing skips a routed complaint, consumers dedupe events on id and revision).
 */
import { toOffsetIso } from '#domain/time';
import { complaintRecords } from '#adapters/complaint-records';
import type { EventDeps, StoreDeps } from '#adapters/deps';
import { hallRecords } from '#adapters/hall-records';
import { logger } from '#adapters/logger';
import { dropEmptyPending, inRevisionOrder, pendingBefore, pendingOf } from '#adapters/outbox';
import { routeIfReceived, routingLookups } from './complaint-routing';
import { publishPending } from './publication';

/** How long a change may wait for its stream consumers before the sweep redoes their work. */
export const RECONCILE_AFTER_SECONDS = 120;

export interface Reconciliation {
  halls: number;
  /** Events published by the sweep (their stream records lost or not yet delivered). */
  republished: number;
  /** Complaints and rectifications routed by the sweep. */
  rerouted: number;
  /** Records the sweep could not fix this time (logged; the next run tries again). */
  failed: number;
}

type Deps = StoreDeps & EventDeps;

/** Redoes, in the given halls (default: all), what changes made before `olderThan` still owe. */
export async function reconcile(d: Deps, olderThan: Date, hallIds?: string[]): Promise<Reconciliation> {
  const halls = hallIds ?? (await hallRecords.listHallIds(d));
  const result: Reconciliation = { halls: halls.length, republished: 0, rerouted: 0, failed: 0 };
  const lookups = routingLookups(d);
  // One record's failure must not hold up the others.
  const attempt = async (what: Record<string, string>, work: () => Promise<void>) => {
    try {
      await work();
    } catch (err) {
      result.failed++;
      logger.error('reconciliation failed for a record; the next run retries it', { ...what, error: err as Error });
    }
  };
  for (const hallId of halls) {
    // Routing first: a complaint routed now has its ComplaintRouted pending, published just below.
    const unrouted = await complaintRecords.all(d, hallId, { by: 'status', status: 'received' });
    for (const complaint of unrouted.filter((c) => new Date(c.receivedAt) < olderThan)) {
      await attempt({ hallId, complaintId: complaint.complaintId }, async () => {
        if (await routeIfReceived(d, complaint, lookups)) result.rerouted++;
      });
    }
    for (const item of await pendingBefore(d, hallId, toOffsetIso(olderThan))) {
      await attempt({ hallId, pk: item.pk }, async () => {
        const events = inRevisionOrder(pendingOf(item));
        if (events.length === 0) await dropEmptyPending(d, item);
        result.republished += await publishPending(d, item, events);
      });
    }
  }
  if (result.republished + result.rerouted > 0) logger.warn('reconciliation redid lost stream work', { ...result });
  return result;
}
