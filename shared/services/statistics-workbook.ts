/**
 * A month's statistics as an Excel workbook (offices work in Excel): one sheet per view and two
 * for the complaint analysis, Chinese headings, widths set, rates as percentages Excel can sum
 * and chart. exceljs is large (about 1 MB bundled): it is loaded on the first workbook asked
 * for, and only the statistics function bundles it.
 */
import type { Worksheet } from 'exceljs';
import { STATISTICS_VIEWS } from '#domain/statistics';
import type { StatisticsReading } from './statistics';
import { FIGURE_COLUMNS, STATUS_LABELS, TOTAL_LABEL, VIEW_LABELS } from './statistics-report';

interface Column {
  header: string;
  width: number;
  rate?: true;
}

function fill(sheet: Worksheet, columns: readonly Column[], rows: readonly (string | number | null)[][]): void {
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width, ...(c.rate ? { style: { numFmt: '0.00%' } } : {}) }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.addRows(rows.map((row) => row.map((v) => v ?? '')));
}

export async function statisticsWorkbook(reading: StatisticsReading, hallName: string): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = hallName;
  workbook.title = `${hallName} ${reading.month} 统计（${STATUS_LABELS[reading.status]}）`;
  const figures: Column[] = FIGURE_COLUMNS.map((c) => ({
    header: c.label,
    width: Math.max(10, c.label.length * 2 + 4),
    ...(c.rate ? { rate: true as const } : {}),
  }));
  for (const view of STATISTICS_VIEWS) {
    const rows = reading.views[view].map((r) => [r.key, r.name, ...FIGURE_COLUMNS.map((c) => r[c.field])]);
    const total = [TOTAL_LABEL, '', ...FIGURE_COLUMNS.map((c) => reading.total[c.field])];
    fill(
      workbook.addWorksheet(`按${VIEW_LABELS[view]}`),
      [{ header: `${VIEW_LABELS[view]}编号`, width: 16 }, { header: '名称', width: 28 }, ...figures],
      [...rows, total],
    );
  }
  const counts: Column[] = [
    { header: '投诉数', width: 10 },
    { header: '有效投诉数', width: 14 },
  ];
  const { complaints } = reading;
  fill(
    workbook.addWorksheet('投诉分类'),
    [{ header: '投诉类别', width: 28 }, ...counts],
    complaints.byCategory.map((c) => [c.category, c.complaints, c.substantiated]),
  );
  fill(
    workbook.addWorksheet('投诉窗口'),
    [{ header: '窗口编号', width: 16 }, { header: '窗口名称', width: 28 }, ...counts],
    complaints.byWindow.map((w) => [w.windowId, w.name, w.complaints, w.substantiated]),
  );
  fill(
    workbook.addWorksheet('投诉分类与窗口'),
    [{ header: '投诉类别', width: 28 }, { header: '窗口编号', width: 16 }, ...counts],
    complaints.byCategoryAndWindow.map((c) => [c.category, c.windowId, c.complaints, c.substantiated]),
  );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
