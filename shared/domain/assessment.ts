/**
 * Monthly window assessment (窗口考核): metrics from the month's records, scores, ranking,
 * designations, deadlines, and the quarter / year views (docs/DOMAIN.md "Monthly window
 * assessment", docs/API.md "Reminders and assessment").
 *
 * Pure: no I/O. Every function is deterministic and independent of the order of its
 * inputs (windows, facts and entries are sorted before they reach an output), so
 * recomputing a month from the same records gives a deeply equal result.
 *
 * Points are decimals (entries in steps of 0.5, rule weights with at most two decimals);
 * all point arithmetic is done in integer hundredths and converted back once, so
 * 0.5 + 0.5 + … never drifts.
 */
import { nextWorkingDayOnOrAfter, type Calendar } from './calendar';
import { conflict, refused } from './errors';
import { AUTOMATIC_ITEMS, type AssessmentRules, type AutomaticItem } from './hall-rules';
import { businessDate, compareDates, isMonth, lastDayOfMonth, nextMonth, type IsoDate } from './time';

// ---------------------------------------------------------------------------------------------
// Vocabulary and rules
// ---------------------------------------------------------------------------------------------

/** Entry categories of the scoring departments (ids fixed by API.md). */
export const ENTRY_CATEGORIES = [
  'window-construction',
  'case-information',
  'red-agency',
  'rating-service',
  'one-time-notice',
  'publicity',
  'engineering-approval-reform',
  'online-service',
  'one-thing-package',
  'e-licence-report',
  'leader-on-duty',
  'volunteer',
  'commendation',
  'innovation',
  'other',
] as const;
export type EntryCategory = (typeof ENTRY_CATEGORIES)[number];

export function isEntryCategory(s: string): s is EntryCategory {
  return (ENTRY_CATEGORIES as readonly string[]).includes(s);
}

export const DESIGNATIONS = ['top-five', 'bottom-five'] as const;
export type Designation = (typeof DESIGNATIONS)[number];

/** Provisional from month end (and mid-month), final after the scoring deadline. */
export const MONTH_STATUSES = ['provisional', 'final'] as const;
export type MonthStatus = (typeof MONTH_STATUSES)[number];

/** Rank 1 in at least this many months of a year → priority for the annual red-flag window. */
export const ANNUAL_RED_FLAG_FIRST_PLACES = 3;

// ---------------------------------------------------------------------------------------------
// Facts (inputs) and metrics
// ---------------------------------------------------------------------------------------------

export type RatingLevel = 1 | 2 | 3 | 4 | 5;

/** Timestamps are ISO 8601 strings with an offset; dates are Asia/Shanghai business dates. */
export interface CaseFacts {
  caseId: string;
  windowId: string;
  acceptedAt?: string;
  /** When it ended: decided, or closed without a decision (see `closedWithoutDecision`). */
  concludedAt?: string;
  dueDate?: IsoDate;
  secondNoticesAt: string[];
  /** Not accepted, withdrawn or closed incomplete: neither concluded (办结) nor ever overdue. */
  closedWithoutDecision?: boolean;
  /** Referred to a higher authority (上报): the window's clock stopped then, whatever the decision's date. */
  referredAt?: string;
  /** Periods its clock was suspended (Art. 45); `to` absent while still suspended. */
  suspensions?: readonly { from: string; to?: string }[];
}

export interface RatingFacts {
  caseId: string;
  windowId: string;
  level: RatingLevel;
  ratedAt: string;
  /** A bad rating found unfounded on review (申诉成立): not counted against the window. */
  unfounded: boolean;
}

export interface ComplaintFacts {
  complaintId: string;
  windowId?: string;
  source: 'complaint' | 'bad-rating';
  substantiated?: boolean;
  resolvedAt?: string;
  /**
   * When the assessed window's staff proposed "not substantiated", while that waits for review:
   * the complaint counts as substantiated then, until a supervisor or hall admin decides.
   */
  underReviewSince?: string;
}

export interface AssessmentEntry {
  entryId: string;
  windowId: string;
  category: EntryCategory;
  /** Signed, non-zero, in steps of 0.5. */
  points: number;
  reason: string;
  enteredBy: string;
  enteredAt: string;
  /** Entered after the deadline with a hall admin's explicit override. */
  lateOverride?: boolean;
  /** Voided by mistake (never deleted): it no longer counts. */
  voided?: EntryVoid;
}

export interface EntryVoid {
  at: string;
  by: string;
  reason: string;
  /** Voided after the deadline with a hall admin's explicit override. */
  lateOverride?: boolean;
}

export interface MonthFacts {
  cases: readonly CaseFacts[];
  ratings: readonly RatingFacts[];
  complaints: readonly ComplaintFacts[];
}

export interface WindowMetrics {
  /** Cases accepted in the month. */
  accepted: number;
  /** Cases concluded in the month. */
  concluded: number;
  /** Concluded in the month after the end of their due date (超期办结). */
  overdueConclusions: number;
  /** Open at the end of the month (or on the standing's date, mid-month) and already past due then. */
  openOverdue: number;
  /** Ratings given in the month by level (unfounded ones included). */
  ratings: Record<RatingLevel, number>;
  /** Levels 3–5 / the ratings that count (unfounded bad ratings left out), 4 decimals; null without any. */
  satisfactionRate: number | null;
  /** Level-1 ratings of the month not found unfounded. */
  badRatingsLevel1: number;
  /** Level-2 ratings of the month not found unfounded. */
  badRatingsLevel2: number;
  /** Complaints (not bad-rating tickets) resolved as substantiated in the month. */
  substantiatedComplaints: number;
  /** Second requests for materials recorded in the month. */
  secondNotices: number;
}

export function emptyMetrics(): WindowMetrics {
  return {
    accepted: 0,
    concluded: 0,
    overdueConclusions: 0,
    openOverdue: 0,
    ratings: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
    satisfactionRate: null,
    badRatingsLevel1: 0,
    badRatingsLevel2: 0,
    substantiatedComplaints: 0,
    secondNotices: 0,
  };
}

function checkMonth(month: string): string {
  if (!isMonth(month)) throw new RangeError(`not a month YYYY-MM: ${JSON.stringify(month)}`);
  return month;
}

/** The Asia/Shanghai business date of an ISO timestamp. */
function dateOf(iso: string): IsoDate {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`not a timestamp: ${JSON.stringify(iso)}`);
  return businessDate(instant);
}

const inMonth = (iso: string | undefined, month: string): boolean => iso !== undefined && dateOf(iso).startsWith(`${month}-`);

/** Whether the case's clock was suspended at the end of `date`. */
const suspendedOn = (c: CaseFacts, date: IsoDate): boolean =>
  (c.suspensions ?? []).some(
    (s) => compareDates(dateOf(s.from), date) <= 0 && (s.to === undefined || compareDates(dateOf(s.to), date) > 0),
  );

/**
 * Automatic metrics of `month` for every window of `windowIds` (zeros without facts);
 * facts of windows not listed are ignored. The map is keyed in windowId order.
 *
 * - concluded: decided (approved or rejected) in the month; a case not accepted, withdrawn or
 *   closed incomplete is not 办结 and is never an overdue conclusion;
 * - overdue conclusion: decided in the month, and its clock stopped (the decision, or an earlier
 *   referral to a higher authority) on a business date after its due date;
 * - open-overdue: not ended by the standing's date — the month's last day, or `asOf` when the
 *   month is still running (a mid-month standing) — with its clock running then (not referred
 *   by then, not suspended then) and due before it, so already past due then (due on that day
 *   is not yet overdue); a case accepted only after that day is not counted. Such a case counts
 *   in every month it stays open and late. A month counts what was true at its end: a case
 *   withdrawn after the month was still open in it.
 * - satisfaction: over the ratings that count; a bad rating found unfounded on review counts
 *   neither as a bad rating nor in the rate.
 */
export function computeWindowMetrics(
  month: string,
  windowIds: readonly string[],
  facts: MonthFacts,
  asOf: IsoDate = lastDayOfMonth(month),
): Map<string, WindowMetrics> {
  checkMonth(month);
  const lastDay = compareDates(asOf, lastDayOfMonth(month)) < 0 ? asOf : lastDayOfMonth(month);
  const byWindow = new Map<string, WindowMetrics>();
  for (const id of [...new Set(windowIds)].sort(byCodeUnits)) byWindow.set(id, emptyMetrics());

  for (const c of facts.cases) {
    const m = byWindow.get(c.windowId);
    if (!m) continue;
    if (inMonth(c.acceptedAt, month)) m.accepted++;
    const concludedOn = c.concludedAt === undefined ? undefined : dateOf(c.concludedAt);
    const referredOn = c.referredAt === undefined ? undefined : dateOf(c.referredAt);
    if (concludedOn?.startsWith(`${month}-`) && !c.closedWithoutDecision) {
      m.concluded++;
      const stoppedOn = referredOn ?? concludedOn;
      if (c.dueDate !== undefined && compareDates(stoppedOn, c.dueDate) > 0) m.overdueConclusions++;
    }
    const openAtMonthEnd =
      (concludedOn === undefined || compareDates(concludedOn, lastDay) > 0) &&
      (c.acceptedAt === undefined || compareDates(dateOf(c.acceptedAt), lastDay) <= 0);
    const clockRunning = (referredOn === undefined || compareDates(referredOn, lastDay) > 0) && !suspendedOn(c, lastDay);
    if (openAtMonthEnd && clockRunning && c.dueDate !== undefined && compareDates(c.dueDate, lastDay) < 0) m.openOverdue++;
    for (const at of c.secondNoticesAt) if (inMonth(at, month)) m.secondNotices++;
  }

  const unfounded = new Map<string, number>();
  for (const r of facts.ratings) {
    const m = byWindow.get(r.windowId);
    if (!m || !inMonth(r.ratedAt, month)) continue;
    if (!RATING_LEVELS.includes(r.level)) throw new RangeError(`rating level must be 1..5, got ${r.level}`);
    m.ratings[r.level]++;
    // Only a bad rating can be found unfounded (申诉成立); the flag means nothing on another.
    if (r.unfounded && r.level <= 2) unfounded.set(r.windowId, (unfounded.get(r.windowId) ?? 0) + 1);
    else if (r.level === 1) m.badRatingsLevel1++;
    else if (r.level === 2) m.badRatingsLevel2++;
  }

  for (const c of facts.complaints) {
    const m = c.windowId === undefined ? undefined : byWindow.get(c.windowId);
    // Found substantiated, or proposed unfounded by the assessed and not yet reviewed: in the month of the finding.
    const foundAt = c.underReviewSince ?? (c.substantiated === true ? c.resolvedAt : undefined);
    if (m && c.source === 'complaint' && inMonth(foundAt, month)) m.substantiatedComplaints++;
  }

  for (const [windowId, m] of byWindow) m.satisfactionRate = satisfactionRate(m.ratings, unfounded.get(windowId) ?? 0);
  return byWindow;
}

const RATING_LEVELS: readonly RatingLevel[] = [1, 2, 3, 4, 5];

/** Levels 3–5 over the ratings that count: the unfounded (always bad ratings) are left out of both. */
function satisfactionRate(ratings: Record<RatingLevel, number>, unfounded: number): number | null {
  const counted = ratings[1] + ratings[2] + ratings[3] + ratings[4] + ratings[5] - unfounded;
  if (counted === 0) return null;
  return Math.round(((ratings[3] + ratings[4] + ratings[5]) / counted) * 10_000) / 10_000;
}

// ---------------------------------------------------------------------------------------------
// Scoring
// ---------------------------------------------------------------------------------------------

export interface BreakdownItem {
  item: AutomaticItem;
  count: number;
  /** Deducted points, ≤ 0 (after the cap). */
  points: number;
  /** The item's cap limited the deduction. */
  capped: boolean;
}

export interface WindowScore {
  windowId: string;
  base: number;
  /** Sum of positive entries. */
  bonus: number;
  /** Automatic deductions (capped) + |sum of negative entries|, ≥ 0. */
  deductions: number;
  /** base + bonus − deductions. */
  total: number;
  satisfactionRate: number | null;
  metrics: WindowMetrics;
  breakdown: BreakdownItem[];
  /** The window's entries, ordered by enteredAt then entryId (voided ones shown, not counted). */
  entries: AssessmentEntry[];
}

const METRIC_OF: Record<AutomaticItem, keyof Omit<WindowMetrics, 'ratings' | 'satisfactionRate'>> = {
  overdueConclusion: 'overdueConclusions',
  openOverdue: 'openOverdue',
  badRatingLevel2: 'badRatingsLevel2',
  badRatingLevel1: 'badRatingsLevel1',
  substantiatedComplaint: 'substantiatedComplaints',
  secondNotice: 'secondNotices',
};

/** Points are handled as integer hundredths. */
const SCALE = 100;

function toUnits(points: number, what: string): number {
  const units = Math.round(points * SCALE);
  if (!Number.isFinite(points) || Math.abs(points * SCALE - units) > 1e-6) {
    throw new RangeError(`${what} must have at most two decimals, got ${points}`);
  }
  return units;
}

const fromUnits = (units: number): number => (units === 0 ? 0 : units / SCALE);

/** Signed, non-zero, in steps of 0.5. */
export function isValidEntryPoints(points: number): boolean {
  return Number.isFinite(points) && points !== 0 && Number.isInteger(points * 2);
}

/**
 * Scores one window. `entries` may hold other windows' entries: only this window's count.
 * Throws RangeError on entry points that are not non-zero steps of 0.5.
 */
export function scoreWindow(
  rules: AssessmentRules,
  windowId: string,
  metrics: WindowMetrics,
  entries: readonly AssessmentEntry[],
): WindowScore {
  const breakdown: BreakdownItem[] = AUTOMATIC_ITEMS.map((item) => {
    const count = metrics[METRIC_OF[item]];
    const raw = toUnits(rules.deductions[item], `deduction ${item}`) * count;
    const cap = rules.caps[item];
    const capUnits = cap === undefined ? undefined : toUnits(cap, `cap ${item}`);
    const units = capUnits === undefined ? raw : Math.min(raw, capUnits);
    return { item, count, points: fromUnits(-units), capped: capUnits !== undefined && raw > capUnits };
  });

  const own = entries.filter((e) => e.windowId === windowId).sort(byEntryOrder);
  let bonusUnits = 0;
  let entryDeductionUnits = 0;
  for (const e of own.filter((entry) => !entry.voided)) {
    if (!isValidEntryPoints(e.points)) {
      throw new RangeError(`entry ${e.entryId}: points must be non-zero steps of 0.5, got ${e.points}`);
    }
    const units = toUnits(e.points, `entry ${e.entryId}`);
    if (units > 0) bonusUnits += units;
    else entryDeductionUnits -= units;
  }
  const automaticUnits = breakdown.reduce((sum, b) => sum - Math.round(b.points * SCALE), 0);
  const baseUnits = toUnits(rules.base, 'base');
  const deductionUnits = automaticUnits + entryDeductionUnits;

  return {
    windowId,
    base: fromUnits(baseUnits),
    bonus: fromUnits(bonusUnits),
    deductions: fromUnits(deductionUnits),
    total: fromUnits(baseUnits + bonusUnits - deductionUnits),
    satisfactionRate: metrics.satisfactionRate,
    metrics,
    breakdown,
    entries: own,
  };
}

function byEntryOrder(a: AssessmentEntry, b: AssessmentEntry): number {
  const at = new Date(a.enteredAt).getTime() - new Date(b.enteredAt).getTime();
  if (at !== 0 && !Number.isNaN(at)) return at;
  return byCodeUnits(a.enteredAt, b.enteredAt) || byCodeUnits(a.entryId, b.entryId);
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An entry made by mistake is voided with a reason, never deleted: it stays on record and no longer counts. */
export function voidEntry(entry: AssessmentEntry, by: string, reason: string, at: string, lateOverride: boolean): AssessmentEntry {
  if (entry.voided) throw conflict('ENTRY_VOIDED', `Entry ${entry.entryId} was already voided`);
  return { ...entry, voided: { at, by, reason, ...(lateOverride ? { lateOverride: true } : {}) } };
}

// ---------------------------------------------------------------------------------------------
// Ranking
// ---------------------------------------------------------------------------------------------

export interface RankedWindow extends WindowScore {
  rank: number;
  designations: Designation[];
}

/**
 * The ranking order: total descending, then fewer deduction points, then higher
 * satisfaction rate (null lowest). Zero means the windows share a rank.
 */
export function compareForRanking(
  a: Pick<WindowScore, 'total' | 'deductions' | 'satisfactionRate'>,
  b: Pick<WindowScore, 'total' | 'deductions' | 'satisfactionRate'>,
): number {
  if (a.total !== b.total) return b.total - a.total;
  if (a.deductions !== b.deductions) return a.deductions - b.deductions;
  const sa = a.satisfactionRate ?? -1;
  const sb = b.satisfactionRate ?? -1;
  return sb - sa;
}

/**
 * Competition ranking (1,2,2,4) by compareForRanking; exact ties are listed by windowId.
 * Designations: rank ≤ topCount → top-five; 1 + (windows with a strictly worse rank)
 * ≤ bottomCount → bottom-five unless already top-five (never both).
 */
export function rankWindows(scores: readonly WindowScore[], rules: Pick<AssessmentRules, 'topCount' | 'bottomCount'>): RankedWindow[] {
  const ids = new Set<string>();
  for (const s of scores) {
    if (ids.has(s.windowId)) throw new RangeError(`window ${s.windowId} is scored twice`);
    ids.add(s.windowId);
  }
  const sorted = [...scores].sort((a, b) => compareForRanking(a, b) || byCodeUnits(a.windowId, b.windowId));
  const ranks: number[] = [];
  sorted.forEach((s, i) => {
    const prev = sorted[i - 1];
    ranks.push(prev !== undefined && compareForRanking(prev, s) === 0 ? (ranks[i - 1] ?? i + 1) : i + 1);
  });
  // Windows with a rank strictly worse than rank r = those after the last window sharing r.
  const worseThan = new Map<number, number>();
  ranks.forEach((r, i) => worseThan.set(r, sorted.length - 1 - i));

  return sorted.map((s, i) => {
    const rank = ranks[i] ?? i + 1;
    const designations: Designation[] = [];
    if (rank <= rules.topCount) designations.push('top-five');
    else if (1 + (worseThan.get(rank) ?? 0) <= rules.bottomCount) designations.push('bottom-five');
    return { ...s, rank, designations };
  });
}

/** computeWindowMetrics → scoreWindow → rankWindows for one month. */
export function assessMonth(
  rules: AssessmentRules,
  month: string,
  windowIds: readonly string[],
  facts: MonthFacts,
  entries: readonly AssessmentEntry[],
  asOf: IsoDate = lastDayOfMonth(month),
): RankedWindow[] {
  const metrics = computeWindowMetrics(month, windowIds, facts, asOf);
  return rankWindows(
    [...metrics].map(([windowId, m]) => scoreWindow(rules, windowId, m, entries)),
    rules,
  );
}

// ---------------------------------------------------------------------------------------------
// Deadlines and status
// ---------------------------------------------------------------------------------------------

export interface Deadline {
  date: IsoDate;
  /** The date lies in (or was moved through) a year without a national schedule. */
  provisional: boolean;
}

/** Day `day` of the month after `month` (clamped to its last day), 遇节假日顺延. */
function deadlineOf(cal: Calendar, month: string, day: number): Deadline {
  if (!Number.isInteger(day) || day < 1) throw new RangeError(`deadline day must be an integer >= 1, got ${day}`);
  const following = nextMonth(checkMonth(month));
  const last = lastDayOfMonth(following);
  const nominal = `${following}-${String(day).padStart(2, '0')}`;
  const clamped = day > Number(last.slice(8)) ? last : nominal;
  return nextWorkingDayOnOrAfter(cal, clamped);
}

/** Scoring departments' entry deadline for `month`: entryDeadlineDay of M+1, holiday-adjusted. */
export function entryDeadline(cal: Calendar, month: string, rules: Pick<AssessmentRules, 'entryDeadlineDay'>): Deadline {
  return deadlineOf(cal, month, rules.entryDeadlineDay);
}

/** Windows' monthly report deadline for `month`: reportDeadlineDay of M+1, holiday-adjusted. */
export function reportDeadline(cal: Calendar, month: string, rules: Pick<AssessmentRules, 'reportDeadlineDay'>): Deadline {
  return deadlineOf(cal, month, rules.reportDeadlineDay);
}

/**
 * Entries for `month` are accepted through the end of the entry deadline day (the caller
 * decides whether entries for a month that has not started make sense).
 */
export function isEntryOpen(cal: Calendar, month: string, rules: Pick<AssessmentRules, 'entryDeadlineDay'>, today: IsoDate): boolean {
  return compareDates(today, entryDeadline(cal, month, rules).date) <= 0;
}

/** A month's figures exist from its first day on: a later month is refused. */
export function requireStartedMonth(month: string, today: IsoDate): void {
  if (month > today.slice(0, 7)) throw refused('MONTH_NOT_STARTED', `${month} has not started yet`);
}

/** 'final' once the entry deadline has passed, 'provisional' before (including mid-month). */
export function monthStatus(cal: Calendar, month: string, rules: Pick<AssessmentRules, 'entryDeadlineDay'>, today: IsoDate): MonthStatus {
  return isEntryOpen(cal, month, rules, today) ? 'provisional' : 'final';
}

// ---------------------------------------------------------------------------------------------
// Quarter and year views
// ---------------------------------------------------------------------------------------------

export interface MonthResult {
  month: string;
  status: MonthStatus;
  windows: readonly RankedWindow[];
}

export interface YearWindowSummary {
  windowId: string;
  /** Months ranked 1 (a shared first place counts for each window sharing it). */
  firstPlaces: number;
  topFiveMonths: number;
  /** firstPlaces ≥ 3 → priority for the annual red-flag window (年度红旗窗口). */
  annualRedFlagPriority: boolean;
}

export interface YearSummary {
  year: number;
  /** Ordered by windowId. */
  windows: YearWindowSummary[];
}

export interface QuarterWindowSummary {
  windowId: string;
  /** Final months of the quarter in which the window was ranked. */
  months: number;
  /** Mean total over those months, rounded to 2 decimals. */
  averageTotal: number;
  topFiveMonths: number;
  /** Top five in any final month of the quarter (当月前五名优先评为本季度红旗窗口). */
  redFlagCandidate: boolean;
}

export interface QuarterSummary {
  quarter: string;
  /** Ordered by windowId. */
  windows: QuarterWindowSummary[];
}

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** `YYYY-Qn` of a month. */
export function quarterOf(month: string): string {
  checkMonth(month);
  return `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
}

/** The final months of `results` that satisfy `keep` (provisional ones never count); a month given twice is an error. */
function finalMonthsWhere(results: readonly MonthResult[], keep: (month: string) => boolean): MonthResult[] {
  const seen = new Set<string>();
  const kept: MonthResult[] = [];
  for (const r of results) {
    checkMonth(r.month);
    if (seen.has(r.month)) throw new RangeError(`month ${r.month} is given twice`);
    seen.add(r.month);
    if (r.status === 'final' && keep(r.month)) kept.push(r);
  }
  return kept;
}

function perWindow(results: readonly MonthResult[]): Map<string, RankedWindow[]> {
  const map = new Map<string, RankedWindow[]>();
  for (const r of results) {
    for (const w of r.windows) {
      const list = map.get(w.windowId) ?? [];
      list.push(w);
      map.set(w.windowId, list);
    }
  }
  return new Map([...map].sort(([a], [b]) => byCodeUnits(a, b)));
}

const isTopFive = (w: RankedWindow) => w.designations.includes('top-five');

/** The year view from the final months of `year` among `monthResults` (other months are ignored). */
export function yearSummary(year: number, monthResults: readonly MonthResult[]): YearSummary {
  const months = finalMonthsWhere(monthResults, (m) => Number(m.slice(0, 4)) === year);
  const windows = [...perWindow(months)].map(([windowId, ranked]) => {
    const firstPlaces = ranked.filter((w) => w.rank === 1).length;
    return {
      windowId,
      firstPlaces,
      topFiveMonths: ranked.filter(isTopFive).length,
      annualRedFlagPriority: firstPlaces >= ANNUAL_RED_FLAG_FIRST_PLACES,
    };
  });
  return { year, windows };
}

/** The quarter view (`YYYY-Qn`) from the final months of that quarter among `monthResults`. */
export function quarterSummary(quarter: string, monthResults: readonly MonthResult[]): QuarterSummary {
  if (!QUARTER.test(quarter)) throw new RangeError(`not a quarter YYYY-Qn: ${JSON.stringify(quarter)}`);
  const months = finalMonthsWhere(monthResults, (m) => quarterOf(m) === quarter);
  const windows = [...perWindow(months)].map(([windowId, ranked]) => {
    const totalUnits = ranked.reduce((sum, w) => sum + Math.round(w.total * SCALE), 0);
    const topFiveMonths = ranked.filter(isTopFive).length;
    return {
      windowId,
      months: ranked.length,
      averageTotal: fromUnits(Math.round(totalUnits / ranked.length)),
      topFiveMonths,
      redFlagCandidate: topFiveMonths > 0,
    };
  });
  return { quarter, windows };
}

// ---------------------------------------------------------------------------------------------
// Publication: provisional results follow the records, final ones are frozen
// ---------------------------------------------------------------------------------------------

export interface Revision {
  revision: number;
  at: string;
  by: string;
  reason: string;
}

/** A hall-month's result as published: the ranking, its status and its revisions. */
export interface MonthPublication extends MonthResult {
  hallId: string;
  /** The deadline for entries (holiday-adjusted); the result is final after it. */
  entryDeadline: IsoDate;
  windows: RankedWindow[];
  /** 1 from the first computation; each revision of a final month adds one. */
  revision: number;
  revisions: Revision[];
}

export type ComputedMonth = Omit<MonthPublication, 'revision' | 'revisions'>;

export type Publication = { changed: false; result: MonthPublication } | { changed: true; result: MonthPublication; revised: boolean };

/**
 * What to publish after computing a month (DOMAIN "A final month is frozen"):
 * - a month not yet final follows its records: the computed result replaces it (revision 1)
 *   when anything in it changed, so recomputing the same records publishes nothing;
 * - a final month answers its stored result unchanged, whatever the records say now;
 * - only an explicit revision (`revise`, with a reason) of a final month publishes the new
 *   computation, as the next revision; earlier revisions stay as they were.
 */
export function publish(
  previous: MonthPublication | undefined,
  computed: ComputedMonth,
  request: { at: string; by: string; revise?: { reason: string } },
): Publication {
  if (previous?.status === 'final') {
    if (!request.revise) return { changed: false, result: previous };
    const revision = previous.revision + 1;
    const revisions = [...previous.revisions, { revision, at: request.at, by: request.by, reason: request.revise.reason }];
    return { changed: true, revised: true, result: { ...computed, status: 'final', revision, revisions } };
  }
  if (request.revise) {
    throw refused('MONTH_NOT_FINAL', `${computed.month} is not final yet: it is recomputed from its records until the scoring deadline`);
  }
  const { revision: _revision, revisions: _revisions, ...stored } = previous ?? { revision: 0, revisions: [] };
  if (previous && sameJson(stored, computed)) return { changed: false, result: previous };
  const reason = computed.status === 'final' ? 'final after the scoring deadline' : 'provisional standing';
  return {
    changed: true,
    revised: false,
    result: { ...computed, revision: 1, revisions: [{ revision: 1, at: request.at, by: request.by, reason }] },
  };
}

/** Equal as JSON values, whatever the order of object keys (a stored record comes back in any order). */
function sameJson(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keys = (o: object) => Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined);
    const [ka, kb] = [keys(a), keys(b)];
    return ka.length === kb.length && ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}
