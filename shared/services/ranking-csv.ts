/**
 * A month's ranking as CSV for the hall office: UTF-8 with a byte-order mark, so that Excel
 * opens the Chinese text correctly, and CRLF line ends (RFC 4180).
 */
import type { StoredMonthResult } from '#adapters/assessment-records';

const BOM = '\uFEFF';
const DESIGNATION_LABELS = { 'top-five': '前五名', 'bottom-five': '后五名' } as const;

function cell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  // Quote when needed, and neutralise formula injection (a cell starting with = + - @).
  const safe = /^[=+\-@]/.test(text) && Number.isNaN(Number(text)) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A rate as offices write it (95.00%); empty without one. */
export const percent = (rate: number | null) => (rate === null ? null : `${(rate * 100).toFixed(2)}%`);

/** Rows of cells as CSV for Excel: a byte-order mark, CRLF line ends. */
export const toCsv = (rows: readonly (readonly (string | number | null)[])[]) =>
  BOM + rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';

export function rankingCsv(result: StoredMonthResult, windowNames: ReadonlyMap<string, string>): string {
  const header = [
    '排名 rank',
    '窗口 window',
    '名称 name',
    '基础分 base',
    '加分 bonus',
    '扣分 deductions',
    '总分 total',
    '满意率 satisfaction',
    '称号 designations',
    '状态 status',
  ];
  const rows = result.windows.map((w) => [
    w.rank,
    w.windowId,
    windowNames.get(w.windowId) ?? '',
    w.base,
    w.bonus,
    w.deductions,
    w.total,
    percent(w.satisfactionRate),
    w.designations.map((d) => DESIGNATION_LABELS[d]).join(' '),
    result.status === 'final' ? '正式' : '暂定',
  ]);
  return toCsv([header, ...rows]);
}
