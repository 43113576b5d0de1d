/** Monthly statistics (统计) and the complaint analysis (投诉分析), as JSON, CSV, an Excel workbook or a page with charts. */
import { authorize, type Principal } from '#domain/access';
import { requireStartedMonth } from '#domain/assessment';
import { businessDate } from '#domain/time';
import type { StoreDeps } from '#adapters/deps';
import { storeFromEnvironment } from '#adapters/environment';
import { hallRecords } from '#adapters/hall-records';
import { statisticsRoutes } from '#api/routes/statistics';
import { apiHandler, Reply } from '#lambda/api';
import { PAGE_SECURITY_HEADERS } from '#services/ranking-board';
import { readFrontDesk, readStatistics, type StatisticsReading } from '#services/statistics';
import { statisticsCsv } from '#services/statistics-report';
import { statisticsPage } from '#services/statistics-page';
import { statisticsWorkbook } from '#services/statistics-workbook';
import { DOCUMENT_TYPES } from '#api/statistics';

/** The month's statistics, once the caller may read the hall and the month has started. */
async function reading(d: StoreDeps, principal: Principal, params: { hallId: string; month: string }, now: Date) {
  authorize(principal, 'read-hall', params);
  requireStartedMonth(params.month, businessDate(now));
  return readStatistics(d, params.hallId, params.month, now);
}

const standing = (r: StatisticsReading) => ({
  month: r.month,
  status: r.status,
  kept: r.kept,
  ...(r.kept ? { revision: r.revision } : {}),
  computedAt: r.computedAt,
});

const attachment = (contentType: string, name: string) => ({
  'content-type': contentType,
  'content-disposition': `attachment; filename="${name}"`,
});

export const handler = apiHandler(
  'statistics',
  statisticsRoutes,
  {
    async 'GET /v1/halls/{hallId}/statistics/{month}'({ principal, params, query, deps, now }) {
      const r = await reading(deps, principal, params, now);
      const by = query.by ?? 'window';
      const file = `statistics-${params.hallId}-${params.month}`;
      switch (query.format) {
        case 'csv':
          return new Reply(200, undefined, attachment(`${DOCUMENT_TYPES.csv}; charset=utf-8`, `${file}-${by}.csv`), statisticsCsv(r, by));
        case 'xlsx': {
          const hall = await hallRecords.getHall(deps, params.hallId);
          return new Reply(
            200,
            undefined,
            attachment(DOCUMENT_TYPES.xlsx, `${file}.xlsx`),
            await statisticsWorkbook(r, hall?.name ?? params.hallId),
          );
        }
        case 'html': {
          const hall = await hallRecords.getHall(deps, params.hallId);
          const headers = {
            'content-type': `${DOCUMENT_TYPES.html}; charset=utf-8`,
            'cache-control': 'no-store',
            ...PAGE_SECURITY_HEADERS,
          };
          return new Reply(200, undefined, headers, statisticsPage(hall?.name ?? params.hallId, r));
        }
        default:
          return {
            ...standing(r),
            by,
            rows: r.views[by],
            total: r.total,
            ...(by === 'window' ? { frontDesk: await readFrontDesk(deps, params.hallId, params.month) } : {}),
          };
      }
    },

    async 'GET /v1/halls/{hallId}/statistics/{month}/complaints'({ principal, params, deps, now }) {
      const r = await reading(deps, principal, params, now);
      return { ...standing(r), ...r.complaints };
    },
  },
  storeFromEnvironment,
);
