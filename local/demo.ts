/**
 * `npm run demo`: a county hall's September 2025 on the local runtime (local/harness/county-hall.ts),
 * scored by the month-end job, its ranking printed, and the server left running to explore.
 *
 * The store is in memory; keys, the runtime address and the event log go to DATA_DIR (default
 * `.data-demo`), so `DATA_DIR=.data-demo npm run token -- …` signs tokens this server accepts
 * and `DATA_DIR=.data-demo npm run invoke -- …` runs functions against it. `PORT` (default
 * 3000), `DEMO_CASES` (default 3000).
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

// Thousands of requests: their log lines would bury the result (POWERTOOLS_LOG_LEVEL=INFO shows
// them). Set before the logger is made, hence the imports below come after it.
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
const { settableClock } = await import('./clock');
const { DEMO_MONTH, rankingTable, runMonthEnd, setUpCountyHall, simulateMonth } = await import('./harness/county-hall');
const { startHarness } = await import('./harness/runtime');
const { toOffsetIso } = await import('#domain/time');

const stateDir = process.env.DATA_DIR ?? '.data-demo';
const cases = Number(process.env.DEMO_CASES ?? 3000);
// A fresh month each run: the store is new, so are the events and the dead letters.
await Promise.all(['events.jsonl', 'dead-letters'].map((name) => rm(join(stateDir, name), { recursive: true, force: true })));

const started = performance.now();
const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;
const say = (line: string) => process.stdout.write(`${line}\n`);

const clock = settableClock('2025-09-01T08:00:00+08:00');
const t = await startHarness({ clock, port: Number(process.env.PORT ?? 3000), stateDir });
const hall = await setUpCountyHall(t);
say(
  `set up 涟水县政务服务中心 (${hall.hallId}): ${hall.windowNames.size} windows with A and B posts, ${hall.windowNames.size * 3} items (${seconds(started)})`,
);

const simulating = performance.now();
const tally = await simulateMonth(t, hall, clock, { cases });
say(
  `simulated ${DEMO_MONTH} and the October days after National Day in ${seconds(simulating)} (${tally.requests} requests):\n` +
    `  ${tally.cases} cases (${tally.oneTimeNotices} one-time notices), ${tally.concluded} concluded (${tally.concludedLate} late), ${tally.stillOpen} still open\n` +
    `  ${tally.ratings} ratings, ${tally.badRatings} bad (${((100 * tally.badRatings) / Math.max(1, tally.ratings)).toFixed(1)} %), ` +
    `${tally.complaints} complaints, ${tally.resolved} complaints and rectifications resolved, ${tally.entries} scoring entries`,
);

const scoring = performance.now();
const result = await runMonthEnd(t, hall, clock);
say(`month-end scoring of ${DEMO_MONTH}: ${result.status}, revision ${result.revision} (${seconds(scoring)})\n`);
say(rankingTable(result, hall.windowNames));

const url = t.runtime.url ?? '';
say(
  `\nready in ${seconds(started)}; the clock stands at ${toOffsetIso(clock.now())} and runs on.\n` +
    `  OpenAPI document:      ${url}/v1/public/openapi.json\n` +
    `  public ranking board:  ${url}/v1/public/halls/${hall.hallId}/rankings/${DEMO_MONTH}/board\n` +
    `  public ranking (JSON): ${url}/v1/public/halls/${hall.hallId}/rankings/${DEMO_MONTH}\n` +
    `  service guide:         ${url}/v1/public/halls/${hall.hallId}/items\n` +
    `  a hall admin's token:  DATA_DIR=${stateDir} npm run -s token -- --sub admin-1 --roles hall-admin --hall ${hall.hallId}\n` +
    `  the month, as staff:   curl -H "authorization: Bearer $TOKEN" ${url}/v1/halls/${hall.hallId}/assessments/${DEMO_MONTH}\n` +
    `Ctrl-C stops the server.`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void t.stop().then(() => process.exit(0));
  });
}
