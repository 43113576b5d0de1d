/**
 * Monthly statistics (统计): what a hall office reads every month, per window, department, item
 * and staff member, and the complaint analysis by category and window (docs/API.md "Statistics
 * and search", its counting rules in the additions). Pure: the month's records in, rows out.
 *
 * The counting rules are the assessment's (shared/domain/assessment.ts):
 * - received: received in the month (Asia/Shanghai business dates); accepted: accepted in it;
 * - concluded (办结): decided (approved or rejected) in the month — a case not accepted,
 *   withdrawn or closed incomplete is not concluded; concluded on time: its clock stopped (the
 *   decision, or an earlier referral) on or before its due date, which already leaves out the
 *   suspended time (Art. 45: the clock replays without it); on the spot (即办件): decided on the
 *   business date it was received;
 * - ratings: those given in the month that count — a bad rating found unfounded on review
 *   (申诉成立) counts nowhere; satisfied: levels 3–5 (基本满意 and better);
 * - complaints: citizens' complaints received in the month (bad-rating rectifications are in the
 *   ratings); substantiated: findings of the month — resolved as substantiated in it, or found
 *   "not substantiated" by the assessed window in it and still waiting for review (it counts as
 *   substantiated until a supervisor or hall admin says otherwise).
 *
 * Each kind of record is a source that turns a record into tallies (a column, and whom it counts
 * for); a new kind of record (appointments, consultations) adds its columns and its source.
 */
import { acceptedByOf, concludedByOf, isDecided, isOverdue, receivedByOf, type Case } from './cases';
import type { Complaint } from './complaints';
import type { MonthStatus } from './assessment';
import { businessDate } from './time';

export const STATISTICS_VIEWS = ['window', 'department', 'item', 'staff'] as const;
export type StatisticsView = (typeof STATISTICS_VIEWS)[number];

/** The counted columns of a row, in the order reports show them. */
export const COUNT_COLUMNS = [
  'received',
  'accepted',
  'concluded',
  'concludedOnTime',
  'onTheSpot',
  'ratings',
  'satisfied',
  'complaints',
  'substantiated',
] as const;
export type CountColumn = (typeof COUNT_COLUMNS)[number];
export type Counts = Record<CountColumn, number>;

/** The rates that follow from the counts (4 decimals; null when there is nothing to divide by). */
export interface Rates {
  /** concludedOnTime / concluded. */
  onTimeRate: number | null;
  /** satisfied / ratings (the assessment's satisfaction rate). */
  satisfactionRate: number | null;
}

export type Figures = Counts & Rates;

export interface StatisticsRow extends Figures {
  /** The window, department, item or staff id. */
  key: string;
  name: string;
}

/** What a complaint analysis row counts. */
export interface ComplaintFigures {
  complaints: number;
  substantiated: number;
}

export interface ComplaintAnalysis {
  byCategory: (ComplaintFigures & { category: string })[];
  byWindow: (ComplaintFigures & { windowId: string; name: string })[];
  /** Category × window: the cells with any complaint. */
  byCategoryAndWindow: (ComplaintFigures & { category: string; windowId: string })[];
}

export interface MonthStatistics {
  month: string;
  views: Record<StatisticsView, StatisticsRow[]>;
  /** The hall as a whole: every record once. */
  total: Figures;
  complaints: ComplaintAnalysis;
}

// ---------------------------------------------------------------------------------------------
// The month's records
// ---------------------------------------------------------------------------------------------

export type CaseForStatistics = Pick<
  Case,
  'windowId' | 'itemId' | 'status' | 'receivedAt' | 'acceptedAt' | 'concludedAt' | 'concludedBy' | 'dueDate' | 'referral' | 'history'
>;

export interface RatingForStatistics {
  windowId: string;
  /** Absent on ratings recorded before ratings were attributed. */
  itemId?: string;
  /** The staff member who concluded the rated case. */
  staffId?: string;
  level: number;
  ratedAt: string;
  /** A bad rating found unfounded on review (申诉成立). */
  unfounded: boolean;
}

export type ComplaintForStatistics = Pick<
  Complaint,
  'source' | 'category' | 'windowId' | 'itemId' | 'staffId' | 'receivedAt' | 'status' | 'substantiated' | 'resolvedAt' | 'proposedFinding'
>;

export interface StatisticsFacts {
  cases: readonly CaseForStatistics[];
  ratings: readonly RatingForStatistics[];
  complaints: readonly ComplaintForStatistics[];
}

/** Names and departments of the hall's set-up, and the windows every window view lists. */
export interface StatisticsSetUp {
  windows: readonly { windowId: string; name: string; departmentId: string }[];
  departments: readonly { departmentId: string; name: string }[];
  items: readonly { itemId: string; name: string; departmentId: string }[];
  staff: readonly { staffId: string; name: string }[];
  /** Listed even without any record (the windows open in the month, as in the ranking). */
  listedWindowIds: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Tallies
// ---------------------------------------------------------------------------------------------

/** Whom a record counts for; the department follows from the item (or, without one, the window). */
interface Attribution {
  windowId?: string;
  itemId?: string;
  staffId?: string;
}

/** One record counted in one column. */
interface Tally {
  column: CountColumn;
  to: Attribution;
}

const inMonth = (iso: string | undefined, month: string) => iso !== undefined && businessDate(new Date(iso)).startsWith(`${month}-`);
const sameDay = (a: string, b: string) => businessDate(new Date(a)) === businessDate(new Date(b));

function caseTallies(c: CaseForStatistics, month: string): Tally[] {
  const where = { windowId: c.windowId, itemId: c.itemId };
  const tallies: Tally[] = [];
  const count = (column: CountColumn, staffId: string | undefined) =>
    tallies.push({ column, to: { ...where, ...(staffId ? { staffId } : {}) } });
  if (inMonth(c.receivedAt, month)) count('received', receivedByOf(c));
  if (inMonth(c.acceptedAt, month)) count('accepted', acceptedByOf(c));
  if (isDecided(c) && c.concludedAt && inMonth(c.concludedAt, month)) {
    const by = concludedByOf(c);
    count('concluded', by);
    if (!isOverdue(c, new Date(c.concludedAt))) count('concludedOnTime', by);
    if (sameDay(c.concludedAt, c.receivedAt)) count('onTheSpot', by);
  }
  return tallies;
}

function ratingTallies(r: RatingForStatistics, month: string): Tally[] {
  // Only a bad rating can be found unfounded; one that was counts nowhere.
  if (!inMonth(r.ratedAt, month) || (r.unfounded && r.level <= 2)) return [];
  const to = { windowId: r.windowId, ...(r.itemId ? { itemId: r.itemId } : {}), ...(r.staffId ? { staffId: r.staffId } : {}) };
  return r.level >= 3
    ? [
        { column: 'ratings', to },
        { column: 'satisfied', to },
      ]
    : [{ column: 'ratings', to }];
}

/** A finding of the month that counts against the window: substantiated, or waiting for review. */
export function substantiatedIn(c: ComplaintForStatistics, month: string): boolean {
  if (c.status === 'resolved') return c.substantiated === true && inMonth(c.resolvedAt, month);
  return c.status === 'under-review' && inMonth(c.proposedFinding?.at, month);
}

function complaintTallies(c: ComplaintForStatistics, month: string): Tally[] {
  if (c.source !== 'complaint') return [];
  const to = {
    ...(c.windowId ? { windowId: c.windowId } : {}),
    ...(c.itemId ? { itemId: c.itemId } : {}),
    ...(c.staffId ? { staffId: c.staffId } : {}),
  };
  return [
    ...(inMonth(c.receivedAt, month) ? [{ column: 'complaints' as const, to }] : []),
    ...(substantiatedIn(c, month) ? [{ column: 'substantiated' as const, to }] : []),
  ];
}

/** Each kind of record and how it counts: a new kind adds its source here. */
const SOURCES: { [S in keyof StatisticsFacts]: (record: StatisticsFacts[S][number], month: string) => Tally[] } = {
  cases: caseTallies,
  ratings: ratingTallies,
  complaints: complaintTallies,
};

function talliesOf(month: string, facts: StatisticsFacts): Tally[] {
  return [
    ...facts.cases.flatMap((c) => SOURCES.cases(c, month)),
    ...facts.ratings.flatMap((r) => SOURCES.ratings(r, month)),
    ...facts.complaints.flatMap((c) => SOURCES.complaints(c, month)),
  ];
}

// ---------------------------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------------------------

export const emptyCounts = (): Counts => Object.fromEntries(COUNT_COLUMNS.map((c) => [c, 0])) as Counts;

const rate = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

export const withRates = (counts: Counts): Figures => ({
  ...counts,
  onTimeRate: rate(counts.concludedOnTime, counts.concluded),
  satisfactionRate: rate(counts.satisfied, counts.ratings),
});

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The month's statistics from its records (records of other months are ignored). */
export function monthStatistics(month: string, facts: StatisticsFacts, setUp: StatisticsSetUp): MonthStatistics {
  const windows = new Map(setUp.windows.map((w) => [w.windowId, w]));
  const items = new Map(setUp.items.map((i) => [i.itemId, i]));
  const names: Record<StatisticsView, Map<string, string>> = {
    window: new Map(setUp.windows.map((w) => [w.windowId, w.name])),
    department: new Map(setUp.departments.map((d) => [d.departmentId, d.name])),
    item: new Map(setUp.items.map((i) => [i.itemId, i.name])),
    staff: new Map(setUp.staff.map((s) => [s.staffId, s.name])),
  };
  const keyIn: Record<StatisticsView, (to: Attribution) => string | undefined> = {
    window: (to) => to.windowId,
    department: (to) =>
      (to.itemId && items.get(to.itemId)?.departmentId) || (to.windowId && windows.get(to.windowId)?.departmentId) || undefined,
    item: (to) => to.itemId,
    staff: (to) => to.staffId,
  };

  const tallies = talliesOf(month, facts);
  const total = emptyCounts();
  for (const t of tallies) total[t.column]++;

  const view = (v: StatisticsView): StatisticsRow[] => {
    const rows = new Map<string, Counts>();
    if (v === 'window') for (const id of setUp.listedWindowIds) rows.set(id, emptyCounts());
    for (const t of tallies) {
      const key = keyIn[v](t.to);
      if (key === undefined) continue;
      const counts = rows.get(key) ?? emptyCounts();
      counts[t.column]++;
      rows.set(key, counts);
    }
    return [...rows]
      .sort(([a], [b]) => byCodeUnits(a, b))
      .map(([key, counts]) => ({ key, name: names[v].get(key) ?? key, ...withRates(counts) }));
  };

  return {
    month,
    views: { window: view('window'), department: view('department'), item: view('item'), staff: view('staff') },
    total: withRates(total),
    complaints: complaintAnalysis(month, facts.complaints, names.window),
  };
}

/** 投诉分析: the month's complaints and substantiated findings by category, by window, and both. */
function complaintAnalysis(
  month: string,
  complaints: readonly ComplaintForStatistics[],
  windowNames: ReadonlyMap<string, string>,
): ComplaintAnalysis {
  const byCategory = new Map<string, ComplaintFigures>();
  const byWindow = new Map<string, ComplaintFigures>();
  const byCell = new Map<string, ComplaintFigures & { category: string; windowId: string }>();
  const add = <T extends ComplaintFigures>(map: Map<string, T>, key: string, empty: () => T, column: keyof ComplaintFigures) => {
    const figures = map.get(key) ?? empty();
    figures[column]++;
    map.set(key, figures);
  };
  const none = () => ({ complaints: 0, substantiated: 0 });
  for (const c of complaints) {
    for (const { column } of complaintTallies(c, month)) {
      if (column !== 'complaints' && column !== 'substantiated') continue;
      add(byCategory, c.category, none, column);
      // A complaint nobody could tie to a window is analysed under the window '' (未指明窗口).
      const windowId = c.windowId ?? '';
      add(byWindow, windowId, none, column);
      add(byCell, JSON.stringify([c.category, windowId]), () => ({ category: c.category, windowId, ...none() }), column);
    }
  }
  const sorted = <T>(map: Map<string, T>) => [...map].sort(([a], [b]) => byCodeUnits(a, b));
  return {
    byCategory: sorted(byCategory).map(([category, f]) => ({ category, ...f })),
    byWindow: sorted(byWindow).map(([windowId, f]) => ({ windowId, name: windowNames.get(windowId) ?? (windowId || '未指明窗口'), ...f })),
    byCategoryAndWindow: sorted(byCell).map(([, f]) => f),
  };
}

// ---------------------------------------------------------------------------------------------
// Kept with the month's assessment
// ---------------------------------------------------------------------------------------------

/** How a month's kept statistics stand: as its assessment stood when they were computed. */
export interface StatisticsStanding {
  status: MonthStatus;
  revision: number;
}

/**
 * Whether statistics computed with the month's assessment replace those kept (DOMAIN "A final
 * month is frozen"): while the month is not final they follow its records; once kept as final
 * they stay as they were, unless a hall admin's revision publishes a later revision.
 */
export function replacesKept(kept: StatisticsStanding | undefined, assessment: StatisticsStanding): boolean {
  if (kept?.status !== 'final') return true;
  return assessment.status === 'final' && assessment.revision > kept.revision;
}

// ---------------------------------------------------------------------------------------------
// The front desk: the walk-in queue, appointments and the consultation log, per window
// ---------------------------------------------------------------------------------------------

/** A window's month at the front desk (walk-in queue, appointments, consultations). */
export interface FrontDeskRow {
  windowId: string;
  name: string;
  /** Walk-in and priority tickets the window called at least once, over the days the queue kept. */
  tickets: number;
  served: number;
  /** 过号: called, recalled and not there. */
  ticketNoShows: number;
  transferred: number;
  /** Booked appointments at the window that nobody came to. */
  appointmentNoShows: number;
  /** Consultations (首问负责) recorded at the window, and referrals it received from others. */
  inquiries: number;
  referralsReceived: number;
}

export interface FrontDeskFacts {
  /** The queue's kept days of the month, per window. */
  queueDays: readonly { windows: readonly { windowId: string; tickets: number; served: number; noShows: number; transferred: number }[] }[];
  appointmentNoShows: Readonly<Record<string, number>>;
  inquiries: readonly { windowId: string; recorded: number; referralsReceived: number }[];
}

/** Sums the month per window: the hall's windows in their order, then any other window the records name. */
export function frontDeskRows(facts: FrontDeskFacts, windows: readonly { windowId: string; name: string }[]): FrontDeskRow[] {
  const rows = new Map<string, FrontDeskRow>();
  const row = (windowId: string) => {
    let r = rows.get(windowId);
    if (!r) {
      const name = windows.find((w) => w.windowId === windowId)?.name ?? windowId;
      const zero = { tickets: 0, served: 0, ticketNoShows: 0, transferred: 0, appointmentNoShows: 0, inquiries: 0, referralsReceived: 0 };
      rows.set(windowId, (r = { windowId, name, ...zero }));
    }
    return r;
  };
  for (const w of windows) row(w.windowId);
  for (const w of facts.queueDays.flatMap((day) => day.windows)) {
    const r = row(w.windowId);
    r.tickets += w.tickets;
    r.served += w.served;
    r.ticketNoShows += w.noShows;
    r.transferred += w.transferred;
  }
  for (const [windowId, count] of Object.entries(facts.appointmentNoShows)) row(windowId).appointmentNoShows += count;
  for (const i of facts.inquiries) {
    const r = row(i.windowId);
    r.inquiries += i.recorded;
    r.referralsReceived += i.referralsReceived;
  }
  return [...rows.values()];
}
