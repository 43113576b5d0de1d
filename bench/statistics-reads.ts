/**
 * What a month's statistics read (`npm run bench`): a hall with 20,000 cases received in October
 * 2025, the September cases that count in October (concluded in it, or accepted in it after their
 * materials came) and those that do not (concluded in September, or accepted then and still
 * open), the month's ratings (bad ones with their rectifications, some found unfounded) and
 * complaints. The statistics of October are computed on demand (the current month) against the
 * embedded store, its client counting the items DynamoDB would bill reads for; the items needed are counted from the
 * fixture: every record the month's figures count, and the hall's set-up.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { performance } from 'node:perf_hooks';
import { buildCalendar } from '#domain/calendar';
import { decide, intake, receiveMaterials, withdraw, type Case, type ItemTerms } from '#domain/cases';
import { fileComplaint, rate, rectificationFor, resolve, type Complaint } from '#domain/complaints';
import { packageSchedules } from '#domain/national-schedules';
import { clockStartingAt } from '#local/clock';
import { itemsRead, readRequests, ServiceCalls } from '#local/service-calls';
import { startLocalStore } from '#local/store';
import { caseItem } from '#adapters/case-records';
import { complaintRecords, ratingRecords } from '#adapters/complaint-records';
import type { StoreDeps } from '#adapters/deps';
import { hallRecords } from '#adapters/hall-records';
import { readStatistics } from '#services/statistics';

const MONTH_CASES = 20_000;
const WINDOWS = 10;
const SEPTEMBER = { concludedInOctober: 1_000, acceptedInOctober: 300, concludedInSeptember: 2_000, stillOpen: 500 };
const RATED_EVERY = 2; // of October's decided cases
const BAD_EVERY = 80; // of the ratings
const COMPLAINTS = 200;

const cal = buildCalendar({ packageYears: packageSchedules(), loadedYears: [], overrides: [] });
const NOW = new Date('2025-10-31T18:00:00+08:00');
const windowIds = Array.from({ length: WINDOWS }, (_, i) => `w${i}`);
const items: ItemTerms[] = windowIds.map((w) => ({
  itemId: `item-${w}`,
  name: `事项${w}`,
  kind: 'service',
  windowIds: [w],
  promisedLimitDays: 5,
  materials: [
    { id: 'a', name: '申请书' },
    { id: 'b', name: '证明' },
  ],
}));

/** October's working days (and September's), for receipt dates. */
const workingDays = (month: string) =>
  Array.from({ length: 30 }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`).filter((d) => {
    const day = new Date(`${d}T12:00:00+08:00`).getUTCDay();
    return !(month === '2025-10' && d <= '2025-10-08') && day !== 0 && day !== 6;
  });
const octoberDays = workingDays('2025-10');
const septemberDays = workingDays('2025-09');
const at = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);

let seq = 0;
function received(date: string, complete = true): Case {
  const item = items[seq % WINDOWS]!;
  const caseId = `C${String(++seq).padStart(6, '0')}`;
  return intake(
    {
      caseId,
      publicCode: 'BENCH',
      hallId: 'h1',
      windowId: item.windowIds[0]!,
      item,
      applicant: { name: '测试' },
      submittedMaterials: complete ? ['a', 'b'] : ['a'],
      receivedAt: at(date, 9),
      by: `s-${item.windowIds[0]}`,
    },
    at(date, 9),
    cal,
  );
}
const decided = (c: Case, date: string, hour = 16) => decide(c, { outcome: 'approved' }, 's-chief', at(date, hour));
const later = (days: readonly string[], i: number, by: number) => days[Math.min(days.length - 1, i + by)]!;

function fixture() {
  const needed: Case[] = [];
  const notNeeded: Case[] = [];
  for (let i = 0; i < MONTH_CASES; i++) {
    const dayIndex = i % octoberDays.length;
    const day = octoberDays[dayIndex]!;
    const kind = i % 20;
    const c = kind === 18 ? received(day, false) : received(day);
    if (kind < 14) needed.push(decided(c, later(octoberDays, dayIndex, 2)));
    else if (kind === 17) needed.push(withdraw(c, '撤回', 's-a', at(later(octoberDays, dayIndex, 1), 10)));
    else if (kind === 19) needed.push(decided(c, day));
    else needed.push(c);
  }
  for (let i = 0; i < SEPTEMBER.concludedInOctober; i++)
    needed.push(decided(received(septemberDays.at(-1 - (i % 3))!), octoberDays[i % 5]!));
  for (let i = 0; i < SEPTEMBER.acceptedInOctober; i++) {
    const item = items[seq % WINDOWS]!;
    needed.push(receiveMaterials(received(septemberDays[i % 20]!, false), item, ['b'], 's-a', at(octoberDays[i % 10]!, 10), cal));
  }
  for (let i = 0; i < SEPTEMBER.concludedInSeptember; i++)
    notNeeded.push(decided(received(septemberDays[i % 15]!), septemberDays[(i % 15) + 2]!));
  for (let i = 0; i < SEPTEMBER.stillOpen; i++) notNeeded.push(received(septemberDays[i % 20]!));

  const rated = needed
    .filter((c) => c.status === 'approved' && c.concludedAt?.startsWith('2025-10'))
    .filter((_, i) => i % RATED_EVERY === 0);
  const ratings = rated.map((c, i) =>
    rate(c, i % BAD_EVERY === 0 ? 1 : 5, undefined, new Date(new Date(c.concludedAt!).getTime() + 3600_000)),
  );
  const rectifications = ratings
    .filter((r) => r.rectificationId)
    .map((r, i) => {
      const ticket = rectificationFor(r);
      // Half found unfounded by a supervisor (申诉成立): they leave the month's ratings.
      return i % 2 === 0
        ? resolve({ ...ticket, status: 'assigned', windowId: r.windowId }, 'sup-1', { substantiated: false, resolution: '误评' }, NOW, true)
        : ticket;
    });
  const complaints: Complaint[] = Array.from({ length: COMPLAINTS }, (_, i) => {
    const filed = fileComplaint(
      {
        complaintId: `K${String(i).padStart(4, '0')}`,
        hallId: 'h1',
        category: ['服务态度', '办事效率'][i % 2]!,
        description: '投诉',
        windowId: windowIds[i % WINDOWS]!,
      },
      at(octoberDays[i % octoberDays.length]!, 11),
    );
    return i % 4 === 0 ? resolve({ ...filed, status: 'assigned' }, 'sup-1', { substantiated: true, resolution: '属实' }, NOW, true) : filed;
  });
  return { needed, notNeeded, ratings, rectifications, complaints };
}

/** Runs `write` over `items`, `concurrency` at a time. */
async function inParallel<T>(items: readonly T[], concurrency: number, write: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await write(items[next++]!);
    }),
  );
}

export async function statisticsReads() {
  const store = await startLocalStore({ dataDir: ':memory:', tableName: 'hall-bench' });
  try {
    const client = new DynamoDBClient({
      endpoint: store.endpoint,
      region: 'local',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    const d: StoreDeps = { db: DynamoDBDocumentClient.from(client), tableName: 'hall-bench', clock: clockStartingAt(NOW) };
    const serviceCalls = new ServiceCalls();
    serviceCalls.countDynamoDb(d.db);
    const updatedAt = '2025-09-01T09:00:00+08:00';
    const setUp = [
      () => hallRecords.putHall(d, { hallId: 'h1', name: '基准大厅', openingHours: { open: '08:00', close: '17:00' }, updatedAt }),
      () => hallRecords.putDepartment(d, { hallId: 'h1', departmentId: 'dept', name: '部门', updatedAt }),
      ...windowIds.map(
        (windowId) => () =>
          hallRecords.putWindow(d, {
            hallId: 'h1',
            windowId,
            name: `窗口${windowId}`,
            departmentId: 'dept',
            openedOn: '2025-01-01',
            updatedAt,
          }),
      ),
      ...items.map((i) => () => hallRecords.putItem(d, { ...i, hallId: 'h1', departmentId: 'dept', legalLimitDays: 20, updatedAt })),
      ...windowIds.map(
        (w) => () =>
          hallRecords.putStaff(d, {
            hallId: 'h1',
            staffId: `s-${w}`,
            name: `员工${w}`,
            windowId: w,
            post: 'A',
            roles: ['window-staff'],
            updatedAt,
          }),
      ),
    ];
    for (const put of setUp) await put();
    const setUpRecords = setUp.length - 1; // the hall itself is read by the API wrapper, not by the statistics

    const f = fixture();
    // Loaded 25 a request (the cases have no search keys to index): the intake path is not what is measured.
    const cases = [...f.needed, ...f.notNeeded].map(caseItem);
    const batches = Array.from({ length: Math.ceil(cases.length / 25) }, (_, i) => cases.slice(i * 25, i * 25 + 25));
    await inParallel(batches, 8, (batch) =>
      d.db.send(new BatchWriteCommand({ RequestItems: { [d.tableName]: batch.map((Item) => ({ PutRequest: { Item } })) } })),
    );
    await inParallel(f.ratings, 32, (r) => ratingRecords.createOnce(d, r));
    await inParallel([...f.rectifications, ...f.complaints], 32, (c) => complaintRecords.createOnce(d, c));

    const start = performance.now();
    const { result: statistics, calls } = await serviceCalls.measure('statistics', () => readStatistics(d, 'h1', '2025-10', NOW));
    const ms = performance.now() - start;
    const read = itemsRead(calls);
    // The rectifications are complaints received in the month: counted once, with them.
    const needed = f.needed.length + f.ratings.length + f.rectifications.length + f.complaints.length + setUpRecords;
    return { read, needed, requests: readRequests(calls), ms, received: statistics.total.received };
  } finally {
    await store.close();
  }
}
