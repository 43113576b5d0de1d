/** Public reads (no login): the service guide, calendar queries and this API's OpenAPI document. */
import { notFound } from '#domain/errors';
import { addWorkingDays, dayStatus } from '#domain/calendar';
import { publicView } from '#domain/cases';
import { caseRecords } from '#adapters/case-records';
import { sameSecret } from '#adapters/ids';
import type { StoreDeps as Deps } from '#adapters/deps';
import { storeFromEnvironment } from '#adapters/environment';
import { loadHallCalendar } from '#adapters/hall-calendar';
import { hallRecords } from '#adapters/hall-records';
import { openApiDocument } from '#api/openapi';
import { apiHandler } from '#lambda/api';

async function hallCalendar(d: Deps, hallId: string) {
  const [hall, calendar] = await Promise.all([hallRecords.getHall(d, hallId), loadHallCalendar(d, hallId)]);
  if (!hall) throw notFound('HALL_NOT_FOUND', 'Hall not found');
  return calendar;
}

export const handler = apiHandler(
  'public-read',
  {
    async 'GET /v1/public/halls/{hallId}/items'({ params, query, deps }) {
      const [hall, departments, page] = await Promise.all([
        hallRecords.getHall(deps, params.hallId),
        hallRecords.listDepartments(deps, params.hallId),
        hallRecords.listItems(deps, params.hallId, query.limit, query.cursor),
      ]);
      if (!hall) throw notFound('HALL_NOT_FOUND', 'Hall not found');
      const departmentNames = new Map(departments.map((dep) => [dep.departmentId, dep.name]));
      return {
        hallId: hall.hallId,
        hallName: hall.name,
        openingHours: hall.openingHours,
        items: page.items.map(({ hallId: _hall, updatedAt: _updated, ...item }) => ({
          ...item,
          departmentName: departmentNames.get(item.departmentId),
        })),
        ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
      };
    },

    async 'GET /v1/public/halls/{hallId}/calendar/{date}'({ params, deps }) {
      return dayStatus(await hallCalendar(deps, params.hallId), params.date);
    },

    async 'GET /v1/public/halls/{hallId}/calendar/{date}/plus/{n}'({ params, deps }) {
      return addWorkingDays(await hallCalendar(deps, params.hallId), params.date, params.n);
    },

    async 'GET /v1/public/cases/{caseId}'({ params, query, deps }) {
      const found = await caseRecords.getAnyHall(deps, params.caseId);
      // A wrong code and an unknown case look the same: the reply never confirms a case exists.
      if (!found || !sameSecret(found.publicCode, query.code)) throw notFound('CASE_NOT_FOUND', 'Case not found');
      return publicView(found);
    },

    'GET /v1/public/openapi.json': () => Promise.resolve(openApiDocument()),
  },
  storeFromEnvironment,
);
