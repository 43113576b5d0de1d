/**
 * A month's statistics kept with its assessment (the hall-month's partition): one item per view
 * (window, department, item, staff) and one for the complaint analysis. Rows are stored as
 * tuples under the column names they were counted with, so an item stays small (a row is about
 * 70 bytes: some 5,000 rows fit one item) and columns added later read as zero in older months.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import {
  COUNT_COLUMNS,
  emptyCounts,
  STATISTICS_VIEWS,
  withRates,
  type ComplaintAnalysis,
  type CountColumn,
  type Counts,
  type MonthStatistics,
  type StatisticsStanding,
  type StatisticsView,
} from '#domain/statistics';
import type { StoreDeps as Deps } from './deps';
import { isConditionalCheckFailure, record, records } from './dynamo';
import { ENTITY, hallCollections, keys } from './table';

/** Statistics as kept: the month's, with how its assessment stood when they were computed. */
export interface KeptStatistics extends MonthStatistics, StatisticsStanding {
  hallId: string;
  computedAt: string;
}

const COMPLAINTS = 'complaints';

interface StoredView extends StatisticsStanding {
  hallId: string;
  month: string;
  view: StatisticsView | typeof COMPLAINTS;
  computedAt: string;
  columns?: string[];
  rows?: (string | number)[][];
  total?: number[];
  analysis?: ComplaintAnalysis;
}

function countsFrom(columns: readonly string[], values: readonly (string | number)[]): Counts {
  const counts = emptyCounts();
  columns.forEach((column, i) => {
    if ((COUNT_COLUMNS as readonly string[]).includes(column)) counts[column as CountColumn] = Number(values[i] ?? 0);
  });
  return counts;
}

const tuple = (counts: Counts) => COUNT_COLUMNS.map((c) => counts[c]);

/** Writes one view unless a final (or later) one is kept: a provisional run never overwrites a frozen month. */
async function putView(d: Deps, view: StoredView): Promise<void> {
  try {
    await d.db.send(
      new PutCommand({
        TableName: d.tableName,
        Item: { ...keys.monthStatistics(view.hallId, view.month, view.view), entity: ENTITY.monthStatistics, ...view },
        ConditionExpression:
          view.status === 'final'
            ? 'attribute_not_exists(pk) OR #status <> :final OR revision < :revision'
            : 'attribute_not_exists(pk) OR #status <> :final',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':final': 'final', ...(view.status === 'final' ? { ':revision': view.revision } : {}) },
      }),
    );
  } catch (err) {
    // A final computation kept meanwhile stands: it is what the month is frozen with.
    if (!isConditionalCheckFailure(err)) throw err;
  }
}

export const statisticsRecords = {
  /**
   * Keeps the month's statistics. The window view goes last: its standing is the one read to
   * decide whether to recompute, so a run that died halfway is completed by the next.
   */
  async keep(d: Deps, s: KeptStatistics): Promise<void> {
    const base = { hallId: s.hallId, month: s.month, status: s.status, revision: s.revision, computedAt: s.computedAt };
    await putView(d, { ...base, view: COMPLAINTS, analysis: s.complaints });
    for (const view of [...STATISTICS_VIEWS].reverse()) {
      await putView(d, {
        ...base,
        view,
        columns: [...COUNT_COLUMNS],
        rows: s.views[view].map((r) => [r.key, r.name, ...tuple(r)]),
        total: tuple(s.total),
      });
    }
  },

  /** How the kept statistics stand (undefined: none kept). */
  async standing(d: Deps, hallId: string, month: string): Promise<StatisticsStanding | undefined> {
    const found = await record<StoredView>(d, keys.monthStatistics(hallId, month, 'window'), true);
    return found && { status: found.status, revision: found.revision };
  },

  /** The kept statistics, all views, if a complete computation is kept. */
  async get(d: Deps, hallId: string, month: string): Promise<KeptStatistics | undefined> {
    const stored = await records<StoredView>(d, hallCollections.monthStatistics(hallId, month));
    const window = stored.find((v) => v.view === 'window');
    const analysis = stored.find((v) => v.view === COMPLAINTS && v.computedAt === window?.computedAt)?.analysis;
    const views = STATISTICS_VIEWS.map((view) => stored.find((v) => v.view === view && v.computedAt === window?.computedAt));
    if (!window || !analysis || views.some((v) => !v)) return undefined;
    const columns = window.columns ?? [];
    return {
      hallId,
      month,
      status: window.status,
      revision: window.revision,
      computedAt: window.computedAt,
      views: Object.fromEntries(
        views.map((v) => [
          v?.view,
          (v?.rows ?? []).map(([key, name, ...values]) => ({
            key: String(key),
            name: String(name),
            ...withRates(countsFrom(columns, values)),
          })),
        ]),
      ) as MonthStatistics['views'],
      total: withRates(countsFrom(columns, window.total ?? [])),
      complaints: analysis,
    };
  },
};
