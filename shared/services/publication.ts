/**
 * Publishing a record's pending events (shared/adapters/outbox.ts), from the stream outbox or the
 * reconciliation sweep alike: each event goes to the bus, is counted, and is then marked
 * published. Published before marked, so a failure in between publishes it again (at least once).
 */
import type { EventDeps, StoreDeps } from '#adapters/deps';
import { recordMetric } from '#adapters/metrics';
import { markPublished } from '#adapters/outbox';
import type { Key } from '#adapters/table';
import type { HallEvent } from '#events/contracts';

/**
 * Every case accepted and concluded, and every bad rating (the rectification it opens, routed
 * once), passes here once its event is out: counted here, for committed changes only.
 */
function count(event: HallEvent): void {
  if (event.type === 'CaseAccepted') recordMetric('CasesAccepted');
  if (event.type === 'ComplaintRouted' && event.detail.source === 'bad-rating') recordMetric('BadRatings');
  if (event.type === 'CaseConcluded') {
    recordMetric('CasesConcluded');
    if (event.detail.overdue === true) recordMetric('CasesConcludedOverdue');
  }
}

/** Publishes the events in order (by revision), marking each published as soon as the bus has it. */
export async function publishPending(d: StoreDeps & EventDeps, key: Key, events: [revision: string, event: HallEvent][]): Promise<number> {
  for (const [revision, event] of events) {
    await d.events.publish([event]);
    count(event);
    await markPublished(d, key, revision);
  }
  return events.length;
}
