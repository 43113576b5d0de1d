/**
 * A month's statistics as a page for the hall office (staff only): the on-time rate and the
 * satisfaction rate of every window as bar charts drawn in SVG, and the tables by window and
 * by department. Self-contained like the ranking board: no script, no external resource.
 */
import type { StatisticsRow, StatisticsView } from '#domain/statistics';
import { escapeHtml } from './ranking-board';
import { percent } from './ranking-csv';
import type { StatisticsReading } from './statistics';
import { FIGURE_COLUMNS, STATUS_LABELS, TOTAL_LABEL, VIEW_LABELS } from './statistics-report';

/** A horizontal bar per window, 0–100 %; a window with nothing to rate shows a dash. */
function rateChart(label: string, rows: readonly StatisticsRow[], rate: (r: StatisticsRow) => number | null, colour: string): string {
  const rowHeight = 34;
  const labelWidth = 240;
  const barWidth = 520;
  const width = labelWidth + barWidth + 110;
  const height = rows.length * rowHeight + 16;
  const bars = rows.map((r, i) => {
    const y = 8 + i * rowHeight;
    const value = rate(r);
    const length = value === null ? 0 : Math.max(2, value * barWidth);
    return (
      `<g><text x="${labelWidth - 10}" y="${y + 22}" text-anchor="end" class="label">${escapeHtml(r.name)}</text>` +
      `<rect x="${labelWidth}" y="${y + 4}" width="${barWidth}" height="${rowHeight - 10}" fill="#eef2f7"/>` +
      (value === null
        ? ''
        : `<rect x="${labelWidth}" y="${y + 4}" width="${length.toFixed(1)}" height="${rowHeight - 10}" rx="3" fill="${colour}"/>`) +
      `<text x="${labelWidth + barWidth + 10}" y="${y + 22}" class="value">${value === null ? '—' : percent(value)}</text></g>`
    );
  });
  return (
    `<svg role="img" aria-label="${escapeHtml(label)}" viewBox="0 0 ${width} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg">` +
    `<style>.label{font-size:16px;fill:#111}.value{font-size:16px;font-weight:700;fill:#111}</style>${bars.join('')}</svg>`
  );
}

function table(reading: StatisticsReading, view: StatisticsView): string {
  const cells = (f: StatisticsReading['total']) =>
    FIGURE_COLUMNS.map((c) => `<td>${escapeHtml(String((c.rate ? percent(f[c.field]) : f[c.field]) ?? '—'))}</td>`).join('');
  const rows = reading.views[view].map((r) => `<tr><th scope="row">${escapeHtml(r.name)}</th>${cells(r)}</tr>`).join('');
  return (
    `<h2>按${VIEW_LABELS[view]}</h2><table><thead><tr><th>${VIEW_LABELS[view]}</th>` +
    `${FIGURE_COLUMNS.map((c) => `<th>${c.label}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows}<tr class="total"><th scope="row">${TOTAL_LABEL}</th>${cells(reading.total)}</tr></tbody></table>`
  );
}

export function statisticsPage(hallName: string, reading: StatisticsReading): string {
  const [year, month] = reading.month.split('-');
  const title = `${hallName} ${year}年${Number(month)}月统计`;
  const windows = reading.views.window;
  const standing = reading.kept ? `${STATUS_LABELS[reading.status]}（第${reading.revision}版考核）` : '当月实时统计（暂定）';
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:"WenQuanYi Zen Hei","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2rem;color:#111;background:#fff}
h1{font-size:1.8rem;margin:0 0 .3rem}
h2{font-size:1.3rem;margin:2rem 0 .6rem}
p.meta{color:#444;margin:0 0 1rem}
table{border-collapse:collapse;font-size:.95rem}
th,td{border-bottom:1px solid #ccc;padding:.3rem .6rem;text-align:right}
th[scope=row],thead th:first-child{text-align:left}
tr.total{font-weight:700}
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(standing)} · 计算于 ${escapeHtml(reading.computedAt)}</p>
<h2>各窗口按时办结率</h2>
${rateChart('各窗口按时办结率', windows, (r) => r.onTimeRate, '#2563eb')}
<h2>各窗口满意率</h2>
${rateChart('各窗口满意率', windows, (r) => r.satisfactionRate, '#16a34a')}
${table(reading, 'window')}
${table(reading, 'department')}
</body>
</html>
`;
}
