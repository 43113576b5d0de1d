/**
 * The reconciliation sweep (shared/services/reconciliation.ts), every five minutes: complaints
 * never routed and events never published because their stream records were lost are redone
 * from the table. A run that could not fix every record fails (and is alarmed on); the next
 * run tries them again.
 */
import { storeFromEnvironment } from '#adapters/environment';
import { eventsFromEnvironment } from '#adapters/events';
import { jobHandler } from '#lambda/job';
import { reconcile, RECONCILE_AFTER_SECONDS } from '#services/reconciliation';

export const handler = jobHandler(
  'reconciliation',
  () => ({ ...storeFromEnvironment(), events: eventsFromEnvironment() }),
  async (job, d) => {
    const olderThan = new Date(d.clock.now().getTime() - RECONCILE_AFTER_SECONDS * 1000);
    const result = await reconcile(d, olderThan, job.hallId ? [job.hallId] : undefined);
    if (result.failed > 0) throw new Error(`${result.failed} records could not be reconciled`);
    return result;
  },
);
