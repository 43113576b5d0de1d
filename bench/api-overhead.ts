/**
 * `npm run bench:overhead`: only the local API overhead of `npm run bench` (overhead.ts), on a
 * runtime of its own, printed as the same rows (about half a minute instead of four).
 */
import { settableClock } from '#local/clock';
import { startHarness } from '#local/harness/runtime';
import { apiOverhead } from './overhead';
import { loadHall } from './support/load';
import { printTable } from './support/report';

process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';

const clock = settableClock('2025-09-26T09:00:00+08:00');
const t = await startHarness({ clock });
try {
  printTable(await apiOverhead(t, await loadHall(t), clock));
} finally {
  await t.stop();
}
