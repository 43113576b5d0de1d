/**
 * A hall-month in the local store, at a chosen scale, for the benches that read a month
 * (statistics-reads.ts, month-end.ts): `monthCases` cases received in October 2025 over
 * `windows` windows, the September cases that count in October (concluded in it, or accepted in
 * it after their materials came), those the statistics leave out but the assessment reads (accepted
 * in September and still open: they may be overdue) and those nobody reads (concluded in
 * September); the month's ratings (bad ones with their rectifications, some found unfounded) and
 * complaints. Earlier months and complaints scale with the month.
 *
 * The set-up goes in as the hall admin's calls would write it; the month's records are loaded in
 * bulk straight into dynalite (LocalStore.load; the cases have no search keys to index, and no
 * stream consumer runs): how they were written is not what is measured.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { buildCalendar } from '#domain/calendar';
import { decide, intake, receiveMaterials, withdraw, type Case, type ItemTerms } from '#domain/cases';
import { fileComplaint, rate, rectificationFor, resolve, type Complaint } from '#domain/complaints';
import { packageSchedules } from '#domain/national-schedules';
import { clockStartingAt } from '#local/clock';
import type { LocalStore } from '#local/store';
import { caseItem } from '#adapters/case-records';
import { complaintItem, ratingItem } from '#adapters/complaint-records';
import type { StoreDeps } from '#adapters/deps';
import { hallRecords } from '#adapters/hall-records';
import type { Reach } from '#adapters/month-records';

export const MONTH = '2025-10';
export const HALL_ID = 'h1';
/** When the fixture's complaints were resolved: the month's last evening. */
export const MONTH_END = new Date('2025-10-31T18:00:00+08:00');

export interface MonthShape {
  windows: number;
  /** Cases received in the month. */
  monthCases: number;
}

/** For every 20,000 cases of the month (scaled with it). */
const PER_20K = { concludedInOctober: 1_000, acceptedInOctober: 300, concludedInSeptember: 2_000, stillOpen: 500, complaints: 200 };
const RATED_EVERY = 2; // of October's decided cases
const BAD_EVERY = 80; // of the ratings

const cal = buildCalendar({ packageYears: packageSchedules(), loadedYears: [], overrides: [] });

/** A month's working days (October's after National Day), for receipt dates. */
const workingDays = (month: string) =>
  Array.from({ length: 30 }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`).filter((d) => {
    const day = new Date(`${d}T12:00:00+08:00`).getUTCDay();
    return !(month === '2025-10' && d <= '2025-10-08') && day !== 0 && day !== 6;
  });
const octoberDays = workingDays('2025-10');
const septemberDays = workingDays('2025-09');
const at = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);
const decided = (c: Case, date: string, hour = 16) => decide(c, { outcome: 'approved' }, 's-chief', at(date, hour));
const later = (days: readonly string[], i: number, by: number) => days[Math.min(days.length - 1, i + by)]!;

const windowIdsOf = (shape: MonthShape) => Array.from({ length: shape.windows }, (_, i) => `w${i}`);
const itemsOf = (windowIds: readonly string[]): ItemTerms[] =>
  windowIds.map((w) => ({
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

/** The month's records, by who reads them. */
interface MonthRecordsFixture {
  /** Counted in the month: received in it, or received before and concluded or accepted in it. */
  counted: Case[];
  /** Accepted in September, still open: the assessment reads them (they may be overdue), the statistics do not. */
  stillOpen: Case[];
  /** Concluded in September: nobody reads them for October. */
  concludedBefore: Case[];
  ratings: ReturnType<typeof rate>[];
  rectifications: Complaint[];
  complaints: Complaint[];
}

function fixture(shape: MonthShape): MonthRecordsFixture {
  const windowIds = windowIdsOf(shape);
  const items = itemsOf(windowIds);
  const scaled = (per20k: number) => Math.round((per20k * shape.monthCases) / 20_000);
  let seq = 0;
  const received = (date: string, complete = true): Case => {
    const item = items[seq % items.length]!;
    const caseId = `C${String(++seq).padStart(6, '0')}`;
    const windowId = item.windowIds[0]!;
    return intake(
      {
        caseId,
        publicCode: 'BENCH',
        hallId: HALL_ID,
        windowId,
        item,
        applicant: { name: '测试' },
        submittedMaterials: complete ? ['a', 'b'] : ['a'],
        receivedAt: at(date, 9),
        by: `s-${windowId}`,
      },
      at(date, 9),
      cal,
    );
  };

  const counted: Case[] = [];
  for (let i = 0; i < shape.monthCases; i++) {
    const dayIndex = i % octoberDays.length;
    const day = octoberDays[dayIndex]!;
    const kind = i % 20;
    const c = kind === 18 ? received(day, false) : received(day);
    if (kind < 14) counted.push(decided(c, later(octoberDays, dayIndex, 2)));
    else if (kind === 17) counted.push(withdraw(c, '撤回', 's-a', at(later(octoberDays, dayIndex, 1), 10)));
    else if (kind === 19) counted.push(decided(c, day));
    else counted.push(c);
  }
  for (let i = 0; i < scaled(PER_20K.concludedInOctober); i++)
    counted.push(decided(received(septemberDays.at(-1 - (i % 3))!), octoberDays[i % 5]!));
  for (let i = 0; i < scaled(PER_20K.acceptedInOctober); i++) {
    const item = items[seq % items.length]!;
    counted.push(receiveMaterials(received(septemberDays[i % 20]!, false), item, ['b'], 's-a', at(octoberDays[i % 10]!, 10), cal));
  }
  const concludedBefore = Array.from({ length: scaled(PER_20K.concludedInSeptember) }, (_, i) =>
    decided(received(septemberDays[i % 15]!), septemberDays[(i % 15) + 2]!),
  );
  const stillOpen = Array.from({ length: scaled(PER_20K.stillOpen) }, (_, i) => received(septemberDays[i % 20]!));

  const rated = counted
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
        ? resolve(
            { ...ticket, status: 'assigned', windowId: r.windowId },
            'sup-1',
            { substantiated: false, resolution: '误评' },
            MONTH_END,
            true,
          )
        : ticket;
    });
  const complaints: Complaint[] = Array.from({ length: scaled(PER_20K.complaints) }, (_, i) => {
    const filed = fileComplaint(
      {
        complaintId: `K${String(i).padStart(6, '0')}`,
        hallId: HALL_ID,
        category: ['服务态度', '办事效率'][i % 2]!,
        description: '投诉',
        windowId: windowIds[i % windowIds.length]!,
      },
      at(octoberDays[i % octoberDays.length]!, 11),
    );
    return i % 4 === 0
      ? resolve({ ...filed, status: 'assigned' }, 'sup-1', { substantiated: true, resolution: '属实' }, MONTH_END, true)
      : filed;
  });
  return { counted, stillOpen, concludedBefore, ratings, rectifications, complaints };
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

/** The hall, a department, and per window the window, its item and its staff member, as the set-up calls write them. */
async function putSetUp(d: StoreDeps, windowIds: readonly string[]): Promise<number> {
  const updatedAt = '2025-09-01T09:00:00+08:00';
  await hallRecords.putHall(d, { hallId: HALL_ID, name: '基准大厅', openingHours: { open: '08:00', close: '17:00' }, updatedAt });
  const setUp = [
    () => hallRecords.putDepartment(d, { hallId: HALL_ID, departmentId: 'dept', name: '部门', updatedAt }),
    ...windowIds.map(
      (windowId) => () =>
        hallRecords.putWindow(d, {
          hallId: HALL_ID,
          windowId,
          name: `窗口${windowId}`,
          departmentId: 'dept',
          openedOn: '2025-01-01',
          updatedAt,
        }),
    ),
    ...itemsOf(windowIds).map(
      (i) => () => hallRecords.putItem(d, { ...i, hallId: HALL_ID, departmentId: 'dept', legalLimitDays: 20, updatedAt }),
    ),
    ...windowIds.map(
      (w) => () =>
        hallRecords.putStaff(d, {
          hallId: HALL_ID,
          staffId: `s-${w}`,
          name: `员工${w}`,
          windowId: w,
          post: 'A',
          roles: ['window-staff'],
          updatedAt,
        }),
    ),
  ];
  await inParallel(setUp, 8, (put) => put());
  return setUp.length;
}

export interface SeededMonth {
  /** Cases stored for the hall (of the month and of September). */
  stored: number;
  /** Cases of the month's figures (received in October, or concluded or accepted in it). */
  counted: number;
  /**
   * The items a month's figures need, each once: the cases they count (the assessment also
   * those still open from earlier months), the month's ratings, its complaints (the
   * rectifications among them) and the hall's set-up (department, windows, items, staff; the
   * hall itself is read by the API wrapper, not by the figures).
   */
  needed: Record<Reach, number>;
}

/** A client of the local store at `endpoint`, as the local runtime makes them. */
export function storeAt(endpoint: string, tableName: string, now: Date): StoreDeps {
  const client = new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  return {
    db: DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }),
    tableName,
    clock: clockStartingAt(now),
  };
}

/** Loads a hall-month of this shape into the store. */
export async function seedMonth(store: LocalStore, shape: MonthShape): Promise<SeededMonth> {
  const setUp = await putSetUp(storeAt(store.endpoint, store.tableName, MONTH_END), windowIdsOf(shape));
  const f = fixture(shape);
  await store.load([
    ...[...f.counted, ...f.stillOpen, ...f.concludedBefore].map(caseItem),
    ...f.ratings.map(ratingItem),
    ...[...f.rectifications, ...f.complaints].map(complaintItem),
  ]);
  // The rectifications are complaints received in the month: counted once, with them.
  const others = f.ratings.length + f.rectifications.length + f.complaints.length + setUp;
  return {
    stored: f.counted.length + f.stillOpen.length + f.concludedBefore.length,
    counted: f.counted.length,
    needed: { statistics: f.counted.length + others, assessment: f.counted.length + f.stillOpen.length + others },
  };
}
