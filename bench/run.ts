/**
 * `npm run bench`: figures measured side by side in one run, reported as ratios (the machines
 * are shared and noisy: absolute numbers move, ratios much less).
 *  1. Scoring scales linearly: assessMonth for 100 windows / 10,000 cases vs 10 / 1,000.
 *  2. The working-day rule: addWorkingDays over 20 days vs over 2 days.
 *  3. Local HTTP round trips: a case intake (validation, calendar, conditional write,
 *     encryption, stream) vs a public guide read, p50 and p95.
 *  4. Read cost of appointments: listing a week of one item's free slots, while other items
 *     and other weeks hold booked slots, reads exactly that item's slots of that week.
 *  5. A month's statistics over 20,000 cases read the items they need, each once (≤ 1.1×).
 */
import { performance } from 'node:perf_hooks';
import { assessMonth, type CaseFacts, type MonthFacts, type RatingFacts } from '#domain/assessment';
import { DEFAULT_HALL_RULES } from '#domain/hall-rules';
import { addWorkingDays, buildCalendar } from '#domain/calendar';
import { packageSchedules } from '#domain/national-schedules';
import { addDays } from '#domain/time';
import { PARTITIONS } from '#adapters/table';
import { startHarness, type Harness } from '#local/harness/runtime';
import { setUpHall, type HallFixture } from '#local/harness/hall';
import { queryReads } from '#local/harness/reads';
import { statisticsReads } from './statistics-reads';

process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';

function time(fn: () => void, repeat: number): number {
  fn(); // warm up
  const start = performance.now();
  for (let i = 0; i < repeat; i++) fn();
  return (performance.now() - start) / repeat;
}

function monthFacts(windows: number, casesPerWindow: number): { ids: string[]; facts: MonthFacts } {
  const ids = Array.from({ length: windows }, (_, i) => `w${i}`);
  const cases: CaseFacts[] = [];
  const ratings: RatingFacts[] = [];
  for (const windowId of ids) {
    for (let c = 0; c < casesPerWindow; c++) {
      const day = String((c % 28) + 1).padStart(2, '0');
      const caseId = `${windowId}-${c}`;
      cases.push({
        caseId,
        windowId,
        acceptedAt: `2025-10-${day}T09:00:00+08:00`,
        concludedAt: `2025-10-${day}T15:00:00+08:00`,
        dueDate: `2025-10-${day}`,
        secondNoticesAt: [],
      });
      ratings.push({
        caseId,
        windowId,
        level: ((c % 5) + 1) as RatingFacts['level'],
        ratedAt: `2025-10-${day}T16:00:00+08:00`,
        unfounded: false,
      });
    }
  }
  return { ids, facts: { cases, ratings, complaints: [] } };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

async function httpRoundTrips(n: number) {
  const t = await startHarness({ clock: '2025-09-26T09:00:00+08:00' });
  try {
    const hall = await setUpHall(t);
    const measure = async (call: () => Promise<unknown>) => {
      const samples: number[] = [];
      for (let i = 0; i < n; i++) {
        const start = performance.now();
        await call();
        samples.push(performance.now() - start);
      }
      return samples.sort((a, b) => a - b);
    };
    const read = await measure(() => t.call('GET /v1/public/halls/{hallId}/items', { params: { hallId: 'h1' } }));
    const intake = await measure(() =>
      t.call('POST /v1/halls/{hallId}/cases', {
        params: { hallId: 'h1' },
        token: hall.tokens.staffA,
        body: {
          itemId: 'record',
          windowId: 'w1',
          applicant: { name: '测试', idNumber: '320826199001011234' },
          submittedMaterials: ['application'],
        },
      }),
    );
    return { read, intake };
  } finally {
    await t.stop();
  }
}

/** Bookings for both items of the fixture hall over four weeks, three slots a working day. */
async function bookWeeks(t: Harness, hall: HallFixture, firstMonday: string): Promise<{ itemId: string; date: string; start: string }[]> {
  const admin = { token: hall.tokens.admin };
  for (const itemId of ['licence', 'record']) {
    await t.call('PUT /v1/halls/{hallId}/items/{itemId}/slots', {
      ...admin,
      params: { hallId: 'h1', itemId },
      body: { slotMinutes: 30, capacity: 3, horizonDays: 60 },
    });
  }
  // One address books them all: lift its hourly allowance.
  await t.call('PUT /v1/halls/{hallId}/assessment-rules', {
    ...admin,
    params: { hallId: 'h1' },
    body: { appointmentsPerAddressPerHour: 10_000 },
  });
  const bookings = ['licence', 'record'].flatMap((itemId) =>
    [0, 7, 14, 21].flatMap((week) =>
      [0, 1, 2, 3, 4].flatMap((weekday) =>
        ['09:00', '10:30', '14:00'].map((start) => ({ itemId, date: addDays(firstMonday, week + weekday), start })),
      ),
    ),
  );
  let phone = 0;
  for (let i = 0; i < bookings.length; i += 8) {
    await Promise.all(
      bookings.slice(i, i + 8).map((b) =>
        t.call('POST /v1/public/halls/{hallId}/appointments', {
          params: { hallId: 'h1' },
          body: { ...b, name: '测试', phone: `137${String(phone++).padStart(8, '0')}` },
        }),
      ),
    );
  }
  return bookings;
}

/** Slot items read listing one item's week, against what that week and the whole store hold. */
async function slotListingReads() {
  const t = await startHarness({ clock: '2025-10-09T09:00:00+08:00' });
  try {
    const hall = await setUpHall(t);
    const monday = '2025-10-13';
    const booked = await bookWeeks(t, hall, monday);
    const [from, to] = [addDays(monday, 7), addDays(monday, 13)];
    const { itemsRead } = await queryReads(
      t.runtime.serviceCalls,
      (pk) => pk.startsWith(PARTITIONS.slots),
      () =>
        t.call('GET /v1/public/halls/{hallId}/items/{itemId}/slots', { params: { hallId: 'h1', itemId: 'record' }, query: { from, to } }),
    );
    // Each booking is in a slot of its own: one slot item each.
    return {
      itemsRead,
      ofTheWeek: booked.filter((b) => b.itemId === 'record' && b.date >= from && b.date <= to).length,
      stored: booked.length,
    };
  } finally {
    await t.stop();
  }
}

const small = monthFacts(10, 100);
const large = monthFacts(100, 100);
const scoringSmall = time(() => assessMonth(DEFAULT_HALL_RULES, '2025-10', small.ids, small.facts, []), 20);
const scoringLarge = time(() => assessMonth(DEFAULT_HALL_RULES, '2025-10', large.ids, large.facts, []), 5);

const cal = buildCalendar({ packageYears: packageSchedules(), loadedYears: [], overrides: [] });
const days2 = time(() => addWorkingDays(cal, '2025-09-26', 2), 20_000);
const days20 = time(() => addWorkingDays(cal, '2025-09-26', 20), 20_000);

const { read, intake } = await httpRoundTrips(200);
const listing = await slotListingReads();
const reads = await statisticsReads();

const fmt = (ms: number) => `${ms.toFixed(3)} ms`;
const rows = [
  ['assessMonth 10 windows / 1,000 cases', fmt(scoringSmall), ''],
  [
    'assessMonth 100 windows / 10,000 cases',
    fmt(scoringLarge),
    `${(scoringLarge / scoringSmall).toFixed(1)}× the small month (10× the data)`,
  ],
  ['addWorkingDays n=2', fmt(days2), ''],
  ['addWorkingDays n=20 (across National Day)', fmt(days20), `${(days20 / days2).toFixed(1)}× n=2`],
  ['GET public guide, p50 / p95', `${fmt(percentile(read, 0.5))} / ${fmt(percentile(read, 0.95))}`, ''],
  [
    'POST case intake, p50 / p95',
    `${fmt(percentile(intake, 0.5))} / ${fmt(percentile(intake, 0.95))}`,
    `${(percentile(intake, 0.5) / percentile(read, 0.5)).toFixed(1)}× the read at p50`,
  ],
  [
    "GET a week of one item's free slots",
    `${listing.itemsRead} slot items read`,
    `that item's week holds ${listing.ofTheWeek} of ${listing.stored} stored (2 items × 4 weeks)`,
  ],
  [
    `statistics of a month, ${reads.received.toLocaleString('en')} cases`,
    `${reads.read.toLocaleString('en')} items read, ${reads.requests} queries, ${fmt(reads.ms)}`,
    `${(reads.read / reads.needed).toFixed(2)}× the ${reads.needed.toLocaleString('en')} items needed`,
  ],
];
for (const [what, figure, ratio] of rows) process.stdout.write(`${what!.padEnd(46)} ${figure!.padEnd(26)} ${ratio}\n`);
