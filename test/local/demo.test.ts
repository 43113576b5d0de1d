/**
 * `npm run demo` in miniature: the same county hall and the same month, with 60 cases instead of
 * about 3,000 (the full run is timed by hand and reported in the README), down to a final month,
 * its ranking table and the public board.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { settableClock } from '#local/clock';
import {
  COUNTY_HALL,
  DEMO_MONTH,
  rankingTable,
  runMonthEnd,
  setUpCountyHall,
  simulateMonth,
  type CountyHall,
  type MonthTally,
} from '#local/harness/county-hall';
import { startHarness, type Harness } from '#local/harness/runtime';

const clock = settableClock('2025-09-01T08:00:00+08:00');
let t: Harness;
let hall: CountyHall;
let tally: MonthTally;

beforeAll(async () => {
  t = await startHarness({ clock });
  hall = await setUpCountyHall(t);
  tally = await simulateMonth(t, hall, clock, { cases: 60 });
});
afterAll(() => t.stop());

it('runs a month of the county hall over HTTP: every case taken in, almost all concluded, rated, complained about', () => {
  expect(hall.windowNames.size).toBe(20);
  expect(tally).toMatchObject({ cases: 60, complaints: 12, entries: 6 });
  expect(tally.concluded + tally.stillOpen).toBe(60);
  expect(tally.ratings).toBeGreaterThan(20);
});

it('scores the month final with the month-end job and prints the ranking with its designations; the public board shows it', async () => {
  const result = await runMonthEnd(t, hall, clock);
  expect(result).toMatchObject({ month: DEMO_MONTH, status: 'final' });
  expect(result.windows).toHaveLength(20);

  const table = rankingTable(result, hall.windowNames).split('\n');
  expect(table).toHaveLength(21);
  expect(table[0]).toMatch(/^名次\s+窗口\s+得分/);
  expect(table.filter((row) => row.includes('前五')).length).toBeGreaterThanOrEqual(5);
  expect(table.some((row) => row.includes('后五'))).toBe(true);

  const board = await t.request('GET', `/v1/public/halls/${COUNTY_HALL}/rankings/${DEMO_MONTH}/board`);
  expect(board.status).toBe(200);
  expect(board.text).toContain(hall.windowNames.get(result.windows[0]!.windowId));
});
