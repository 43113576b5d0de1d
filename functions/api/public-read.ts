/** Public reads (no login): the service guide, calendar queries, case progress, rankings and this API's OpenAPI document. */
import { readFile } from 'node:fs/promises';
import type * as z from 'zod';
import { notFound } from '#domain/errors';
import { addWorkingDays, dayStatus } from '#domain/calendar';
import { publicView } from '#domain/cases';
import { caseRecords } from '#adapters/case-records';
import { sameSecret } from '#adapters/ids';
import type { StoreDeps as Deps } from '#adapters/deps';
import { storeFromEnvironment } from '#adapters/environment';
import { loadHallCalendar } from '#adapters/hall-calendar';
import { keyedHashFromEnvironment } from '#adapters/keyed-hash';
import { CODE_CHECKS, checkAllowance, consume } from '#adapters/rate-limit';
import { hallRecords } from '#adapters/hall-records';
import { assessmentRecords } from '#adapters/assessment-records';
import { PAGE_SECURITY_HEADERS, rankingBoard, type PublicRanking } from '#services/ranking-board';
import { openApiDocumentShape } from '#api/fields';
import { publicReadRoutes } from '#api/routes/public-read';
import { apiHandler, Reply } from '#lambda/api';

/** A final month's ranking with the windows' names: what the public may see (nothing before the month is final). */
async function publicRanking(d: Deps, hallId: string, month: string): Promise<{ hallName: string; ranking: PublicRanking }> {
  const [hall, result, windows] = await Promise.all([
    hallRecords.getHall(d, hallId),
    assessmentRecords.getResult(d, hallId, month),
    hallRecords.listWindows(d, hallId),
  ]);
  if (!hall) throw notFound('HALL_NOT_FOUND', 'Hall not found');
  if (result?.status !== 'final') throw notFound('RANKING_NOT_PUBLISHED', `The ranking of ${month} is published once the month is final`);
  const names = new Map(windows.map((w) => [w.windowId, w.name]));
  return {
    hallName: hall.name,
    ranking: {
      month,
      revision: result.revision,
      windows: result.windows.map((w) => ({
        windowId: w.windowId,
        windowName: names.get(w.windowId) ?? w.windowId,
        rank: w.rank,
        total: w.total,
        designations: w.designations,
      })),
    },
  };
}

/**
 * The OpenAPI document describes every route: built from the complete route table, it would
 * bring every function's schemas into this bundle. It is generated instead (`npm run openapi --
 * --types`; a test fails if it is stale), shipped beside the bundle (infra/bundling.ts
 * `shippedFiles`) and read at the first request that asks for it.
 */
const OPENAPI_DOCUMENT = new URL('./openapi.json', import.meta.url);
let openApiDocument: Promise<z.output<ReturnType<typeof openApiDocumentShape>>> | undefined;

export const handler = apiHandler(
  'public-read',
  publicReadRoutes,
  {
    async 'GET /v1/public/halls/{hallId}/items'({ params, query, deps }) {
      const [hall, departments, page] = await Promise.all([
        hallRecords.getHall(deps, params.hallId),
        hallRecords.listDepartments(deps, params.hallId),
        hallRecords.page(deps, 'items', params.hallId, { limit: query.limit, ...(query.cursor ? { cursor: query.cursor } : {}) }),
      ]);
      if (!hall) throw notFound('HALL_NOT_FOUND', 'Hall not found');
      const departmentNames = new Map(departments.map((dep) => [dep.departmentId, dep.name]));
      return {
        hallId: hall.hallId,
        hallName: hall.name,
        openingHours: hall.openingHours,
        items: page.items.map(({ hallId: _hall, updatedAt: _updated, updatedBy: _by, ...item }) => ({
          ...item,
          departmentName: departmentNames.get(item.departmentId),
        })),
        ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
      };
    },

    async 'GET /v1/public/halls/{hallId}/calendar/{date}'({ params, deps }) {
      return dayStatus(await loadHallCalendar(deps, params.hallId), params.date);
    },

    async 'GET /v1/public/halls/{hallId}/calendar/{date}/plus/{n}'({ params, deps }) {
      return addWorkingDays(await loadHallCalendar(deps, params.hallId), params.date, params.n);
    },

    async 'GET /v1/public/cases/{caseId}'({ params, query, sourceIp, deps, now }) {
      // One round trip: the case, and whether this address may still try a code. Only wrong
      // codes count against it (guessing is what the limit stops), once known.
      const [found] = await Promise.all([caseRecords.getAnyHall(deps, params.caseId), checkAllowance(deps, CODE_CHECKS, sourceIp, now)]);
      // A wrong code and an unknown case look the same: the reply never confirms a case exists.
      if (!found || !sameSecret(found.publicCode, query.code)) {
        await consume(deps, CODE_CHECKS, sourceIp, now);
        throw notFound('CASE_NOT_FOUND', 'Case not found');
      }
      // The item's material names, only for a case that still awaits materials.
      const item = found.missingMaterials.length > 0 ? await hallRecords.getItem(deps, found.hallId, found.itemId) : undefined;
      const names = new Map(item?.materials.map((m) => [m.id, m.name]));
      return publicView(found, (id) => names.get(id) ?? id);
    },

    async 'GET /v1/public/halls/{hallId}/rankings/{month}'({ params, deps }) {
      return (await publicRanking(deps, params.hallId, params.month)).ranking;
    },

    async 'GET /v1/public/halls/{hallId}/rankings/{month}/board'({ params, deps }) {
      const { hallName, ranking } = await publicRanking(deps, params.hallId, params.month);
      return new Reply(
        200,
        undefined,
        { 'content-type': 'text/html; charset=utf-8', ...PAGE_SECURITY_HEADERS },
        rankingBoard(hallName, ranking),
      );
    },

    'GET /v1/public/openapi.json': () =>
      (openApiDocument ??= readFile(OPENAPI_DOCUMENT, 'utf8').then((text) => openApiDocumentShape().parse(JSON.parse(text)))),
  },
  () => ({ ...storeFromEnvironment(), keyedHash: keyedHashFromEnvironment() }),
);
