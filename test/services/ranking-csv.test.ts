import { describe, expect, it } from 'vitest';
import { emptyMetrics, type RankedWindow } from '#domain/assessment';
import type { StoredMonthResult } from '#adapters/assessment-records';
import { rankingCsv } from '#services/ranking-csv';

const window = (
  windowId: string,
  rank: number,
  total: number,
  designations: RankedWindow['designations'],
  satisfactionRate: number | null,
): RankedWindow => ({
  windowId,
  rank,
  base: 100,
  bonus: Math.max(0, total - 100),
  deductions: Math.max(0, 100 - total),
  total,
  satisfactionRate,
  metrics: emptyMetrics(),
  breakdown: [],
  entries: [],
  designations,
});

const result: StoredMonthResult = {
  hallId: 'h1',
  month: '2025-09',
  status: 'final',
  entryDeadline: '2025-10-09',
  revision: 1,
  revisions: [{ revision: 1, at: '2025-10-10T00:30:00.000+08:00', by: 'month-end-scoring', reason: 'final after the scoring deadline' }],
  windows: [window('w1', 1, 101.5, ['top-five'], 0.98765), window('w2', 2, 97, ['bottom-five'], null)],
};

describe('rankingCsv', () => {
  const names = new Map([
    ['w1', '市场准入窗口'],
    ['w2', '=HYPERLINK("http://x","点我"), 工程窗口'],
  ]);
  const csv = rankingCsv(result, names);

  it('starts with a UTF-8 byte-order mark and ends rows with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
  });

  it('writes one row per window with Chinese labels', () => {
    const [, first] = csv.slice(1).split('\r\n');
    expect(first).toBe('1,w1,市场准入窗口,100,1.5,0,101.5,98.77%,前五名,正式');
  });

  it('quotes cells with commas or quotes and defuses formulas', () => {
    const second = csv.slice(1).split('\r\n')[2];
    expect(second).toBe(`2,w2,"'=HYPERLINK(""http://x"",""点我""), 工程窗口",100,0,3,97,,后五名,正式`);
  });
});
