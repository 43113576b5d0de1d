/**
 * The public ranking of a final month as a page for the hall's screen (重庆 第六条 公开评估结果):
 * every window with its rank, total and designation, and a horizontal bar chart drawn in SVG.
 * Self-contained (no script, no external resource), large type, refreshed every five minutes.
 */
import type { Designation } from '#domain/assessment';

export interface PublicRanking {
  month: string;
  revision: number;
  windows: { windowId: string; windowName: string; rank: number; total: number; designations: Designation[] }[];
}

const DESIGNATION_LABELS: Record<Designation, string> = { 'top-five': '前五名', 'bottom-five': '后五名' };
const DESIGNATION_COLOURS: Record<Designation | 'none', string> = { 'top-five': '#c8102e', 'bottom-five': '#6b7280', none: '#2563eb' };

/** Text for HTML and SVG: the five characters that could break out of it, escaped. */
export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The content security policy of every page the backend serves: nothing but its own inline styles. */
export const PAGE_SECURITY_HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
} as const;

function chart(ranking: PublicRanking): string {
  const rowHeight = 44;
  const labelWidth = 260;
  const barWidth = 620;
  const width = labelWidth + barWidth + 140;
  const height = ranking.windows.length * rowHeight + 20;
  // Bars start a little below the lowest total so differences of a few points stay visible.
  const totals = ranking.windows.map((w) => w.total);
  const floor = Math.max(0, Math.floor(Math.min(...totals, 100) / 10) * 10 - 10);
  const ceiling = Math.max(...totals, floor + 1);
  const rows = ranking.windows.map((w, i) => {
    const y = 10 + i * rowHeight;
    const length = Math.max(2, ((w.total - floor) / (ceiling - floor)) * barWidth);
    const colour = DESIGNATION_COLOURS[w.designations[0] ?? 'none'];
    return (
      `<g><text x="${labelWidth - 12}" y="${y + 28}" text-anchor="end" class="label">${w.rank}. ${escapeHtml(w.windowName)}</text>` +
      `<rect x="${labelWidth}" y="${y + 6}" width="${length.toFixed(1)}" height="${rowHeight - 14}" rx="4" fill="${colour}"/>` +
      `<text x="${labelWidth + length + 10}" y="${y + 28}" class="value">${w.total}</text></g>`
    );
  });
  return (
    `<svg role="img" aria-label="各窗口总分" viewBox="0 0 ${width} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg">` +
    `<style>.label{font-size:22px;fill:#111}.value{font-size:22px;font-weight:700;fill:#111}</style>${rows.join('')}</svg>`
  );
}

export function rankingBoard(hallName: string, ranking: PublicRanking): string {
  const [year, month] = ranking.month.split('-');
  const title = `${hallName} ${year}年${Number(month)}月窗口考核排名`;
  const rows = ranking.windows
    .map(
      (w) =>
        `<tr><td>${w.rank}</td><td>${escapeHtml(w.windowName)}</td><td>${w.total}</td>` +
        `<td>${w.designations.map((d) => `<span class="${d}">${DESIGNATION_LABELS[d]}</span>`).join(' ')}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="300">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:"WenQuanYi Zen Hei","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2rem;color:#111;background:#fff}
h1{font-size:2.2rem;margin:0 0 .3rem}
p.meta{font-size:1.1rem;color:#444;margin:0 0 1.5rem}
table{border-collapse:collapse;font-size:1.4rem;margin-top:1.5rem;min-width:60%}
th,td{border-bottom:1px solid #ccc;padding:.4rem 1rem;text-align:left}
.top-five{color:#c8102e;font-weight:700}
.bottom-five{color:#6b7280;font-weight:700}
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="meta">正式结果 · 第${ranking.revision}版 · 基础分100分，加分减扣分</p>
${chart(ranking)}
<table>
<thead><tr><th>排名</th><th>窗口</th><th>总分</th><th>称号</th></tr></thead>
<tbody>${rows}</tbody>
</table>
</body>
</html>
`;
}
