/**
 * How a month's statistics read in an office: Chinese headings, rates as percentages, a total
 * line; as CSV for Excel (UTF-8 with a byte-order mark, CRLF, like the ranking's).
 */
import type { Figures, StatisticsRow, StatisticsView } from '#domain/statistics';
import type { StatisticsReading } from './statistics';
import { percent, toCsv } from './ranking-csv';

export const VIEW_LABELS: Record<StatisticsView, string> = { window: '窗口', department: '部门', item: '事项', staff: '人员' };

/** The figures of a row in the order reports show them, with their headings. */
export const FIGURE_COLUMNS: readonly { field: keyof Figures; label: string; rate?: true }[] = [
  { field: 'received', label: '收件数' },
  { field: 'accepted', label: '受理数' },
  { field: 'concluded', label: '办结数' },
  { field: 'concludedOnTime', label: '按时办结数' },
  { field: 'onTimeRate', label: '按时办结率', rate: true },
  { field: 'onTheSpot', label: '即办件数' },
  { field: 'ratings', label: '评价数' },
  { field: 'satisfied', label: '满意数' },
  { field: 'satisfactionRate', label: '满意率', rate: true },
  { field: 'complaints', label: '投诉数' },
  { field: 'substantiated', label: '有效投诉数' },
];

export const STATUS_LABELS = { provisional: '暂定', final: '正式' } as const;

export const TOTAL_LABEL = '合计';

/** The rows of a view and its total line, as table cells (rates as percentages). */
export function viewTable(reading: StatisticsReading, view: StatisticsView): (string | number | null)[][] {
  const cells = (f: Figures) => FIGURE_COLUMNS.map((c) => (c.rate ? percent(f[c.field]) : f[c.field]));
  const header = [`${VIEW_LABELS[view]}编号 ${view}`, '名称 name', ...FIGURE_COLUMNS.map((c) => `${c.label} ${c.field}`)];
  const rows = reading.views[view].map((r: StatisticsRow) => [r.key, r.name, ...cells(r)]);
  return [header, ...rows, [TOTAL_LABEL, '', ...cells(reading.total)]];
}

/** One view as CSV. */
export const statisticsCsv = (reading: StatisticsReading, view: StatisticsView) => toCsv(viewTable(reading, view));
