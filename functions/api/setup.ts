/** Hall set-up: halls, departments, windows, staff, leave, service items, calendars. */
import { authorize } from '#domain/access';
import { invalid, notFound, refused, type ErrorDetail } from '#domain/errors';
import {
  DEFAULT_OPENING_HOURS,
  leaveProblems,
  nationalYearProblems,
  openingDay,
  staffProblems,
  windowProblems,
  type Window,
} from '#domain/hall-setup';
import { businessDate, compareDates, endOfBusinessDay, startOfBusinessDay, toOffsetIso } from '#domain/time';
import { storeFromEnvironment } from '#adapters/environment';
import { auditRecords } from '#adapters/audit-records';
import type { Page } from '#adapters/dynamo';
import { hallRecords } from '#adapters/hall-records';
import { setupRoutes } from '#api/routes/setup';
import { apiHandler, Reply } from '#lambda/api';

function rejectIf(problems: ErrorDetail[]): void {
  if (problems.length > 0) throw invalid('The request is not valid', problems);
}

const pageOf = (q: { limit: number; cursor?: string }) => ({ limit: q.limit, ...(q.cursor ? { cursor: q.cursor } : {}) });

/** Windows read back with their opening day (older records have only the day they were set up). */
const withOpeningDays = (page: Page<Window>) => ({ ...page, items: page.items.map((w) => ({ ...w, openedOn: openingDay(w) })) });

/** References inside a body (a window's department, an item's windows) must exist in the hall. */
function requireReferences(missing: { field: string; what: string; id: string }[]): void {
  if (missing.length === 0) return;
  throw refused(
    'UNKNOWN_REFERENCE',
    'The request refers to records that do not exist in this hall',
    missing.map((m) => ({ field: m.field, message: `${m.what} ${m.id} does not exist` })),
  );
}

export const handler = apiHandler(
  'setup',
  setupRoutes,
  {
    async 'PUT /v1/halls/{hallId}'({ principal, params, body, deps, now }) {
      authorize(principal, 'administer-agency');
      return hallRecords.putHall(deps, {
        hallId: params.hallId,
        name: body.name,
        openingHours: body.openingHours ?? DEFAULT_OPENING_HOURS,
        updatedAt: toOffsetIso(now),
        updatedBy: principal.id,
      });
    },

    async 'PUT /v1/halls/{hallId}/departments/{departmentId}'({ principal, params, body, deps, now }) {
      authorize(principal, 'administer-hall', params);
      return hallRecords.putDepartment(deps, { ...params, name: body.name, updatedAt: toOffsetIso(now), updatedBy: principal.id });
    },

    async 'PUT /v1/halls/{hallId}/windows/{windowId}'({ principal, params, body, deps, now }) {
      authorize(principal, 'administer-hall', params);
      const [department, existing] = await Promise.all([
        hallRecords.getDepartment(deps, params.hallId, body.departmentId),
        hallRecords.getWindow(deps, params.hallId, params.windowId),
      ]);
      requireReferences(department ? [] : [{ field: 'departmentId', what: 'Department', id: body.departmentId }]);
      const updatedAt = toOffsetIso(now);
      const { openedOn, closedOn, ...fields } = body;
      // Opened: as given (backdated for a hall that starts using the system), or as before, or today.
      const opened = openedOn ?? (existing ? openingDay(existing) : businessDate(now));
      // Closed: as given, `null` reopens, absent keeps what was there.
      const closed = closedOn === null ? undefined : (closedOn ?? existing?.closedOn);
      rejectIf(windowProblems({ openedOn: opened, ...(closed ? { closedOn: closed } : {}) }));
      return hallRecords.putWindow(deps, {
        ...fields,
        ...params,
        openedOn: opened,
        ...(closed ? { closedOn: closed } : {}),
        createdAt: existing?.createdAt ?? updatedAt,
        updatedAt,
        updatedBy: principal.id,
      });
    },

    async 'PUT /v1/halls/{hallId}/staff/{staffId}'({ principal, params, body, deps, now }) {
      authorize(principal, 'administer-hall', params);
      rejectIf(staffProblems(body));
      if (body.windowId || body.bPostOf?.length) {
        const known = new Set((await hallRecords.listWindows(deps, params.hallId)).map((w) => w.windowId));
        requireReferences([
          ...(body.windowId && !known.has(body.windowId) ? [{ field: 'windowId', what: 'Window', id: body.windowId }] : []),
          ...(body.bPostOf ?? []).flatMap((id, i) => (known.has(id) ? [] : [{ field: `bPostOf.${i}`, what: 'Window', id }])),
        ]);
      }
      return hallRecords.putStaff(deps, { ...body, ...params, updatedAt: toOffsetIso(now), updatedBy: principal.id });
    },

    async 'PUT /v1/halls/{hallId}/staff/{staffId}/leave/{from}'({ principal, params, body, deps, now }) {
      authorize(principal, 'administer-hall', params);
      rejectIf(leaveProblems(params.from, body.to));
      if (!(await hallRecords.getStaff(deps, params.hallId, params.staffId))) throw notFound('STAFF_NOT_FOUND', 'Staff member not found');
      return hallRecords.putLeave(deps, { ...params, to: body.to, updatedAt: toOffsetIso(now), updatedBy: principal.id });
    },

    async 'PUT /v1/halls/{hallId}/items/{itemId}'({ principal, params, body, deps, now }) {
      authorize(principal, 'administer-hall', params);
      const [department, windows] = await Promise.all([
        hallRecords.getDepartment(deps, params.hallId, body.departmentId),
        hallRecords.listWindows(deps, params.hallId),
      ]);
      const known = new Set(windows.map((w) => w.windowId));
      requireReferences([
        ...(department ? [] : [{ field: 'departmentId', what: 'Department', id: body.departmentId }]),
        ...body.windowIds.flatMap((id, i) => (known.has(id) ? [] : [{ field: `windowIds.${i}`, what: 'Window', id }])),
      ]);
      return hallRecords.putItem(deps, { ...body, ...params, updatedAt: toOffsetIso(now), updatedBy: principal.id });
    },

    async 'GET /v1/halls/{hallId}/departments'({ principal, params, query, deps }) {
      authorize(principal, 'read-hall', params);
      return hallRecords.page(deps, 'departments', params.hallId, pageOf(query));
    },

    async 'GET /v1/halls/{hallId}/windows'({ principal, params, query, deps }) {
      authorize(principal, 'read-hall', params);
      return withOpeningDays(await hallRecords.page(deps, 'windows', params.hallId, pageOf(query)));
    },

    async 'GET /v1/halls/{hallId}/windows/{windowId}'({ principal, params, deps }) {
      authorize(principal, 'read-hall', params);
      const window = await hallRecords.getWindow(deps, params.hallId, params.windowId);
      if (!window) throw notFound('WINDOW_NOT_FOUND', 'Window not found');
      return { ...window, openedOn: openingDay(window) };
    },

    async 'GET /v1/halls/{hallId}/staff'({ principal, params, query, deps }) {
      authorize(principal, 'read-staff', params);
      return hallRecords.page(deps, 'staff', params.hallId, pageOf(query));
    },

    async 'GET /v1/halls/{hallId}/staff/{staffId}'({ principal, params, deps }) {
      authorize(principal, 'read-staff', params);
      const staff = await hallRecords.getStaff(deps, params.hallId, params.staffId);
      if (!staff) throw notFound('STAFF_NOT_FOUND', 'Staff member not found');
      return staff;
    },

    async 'GET /v1/halls/{hallId}/items/{itemId}'({ principal, params, deps }) {
      authorize(principal, 'read-hall', params);
      const item = await hallRecords.getItem(deps, params.hallId, params.itemId);
      if (!item) throw notFound('ITEM_NOT_FOUND', 'Item not found');
      return item;
    },

    async 'DELETE /v1/halls/{hallId}/staff/{staffId}/leave/{from}'({ principal, params, deps }) {
      authorize(principal, 'administer-hall', params);
      if (!(await hallRecords.deleteLeave(deps, params.hallId, params.staffId, params.from))) {
        throw notFound('LEAVE_NOT_FOUND', 'No leave of this staff member starts on that date');
      }
      return new Reply(204, undefined);
    },

    async 'GET /v1/halls/{hallId}/audit'({ principal, params, query, deps }) {
      authorize(principal, 'administer-hall', params);
      rejectIf(compareDates(query.to, query.from) < 0 ? [{ field: 'query.to', message: 'must not be before from' }] : []);
      const range = { from: toOffsetIso(startOfBusinessDay(query.from)), to: toOffsetIso(endOfBusinessDay(query.to)) };
      const page = await auditRecords.page(
        deps,
        params.hallId,
        { ...range, ...(query.actor ? { actor: query.actor } : {}) },
        pageOf(query),
      );
      return { ...page, items: page.items.map(({ hallId: _hall, ...entry }) => entry) };
    },

    async 'PUT /v1/calendar/national/{year}'({ principal, params, body, deps, now }) {
      authorize(principal, 'administer-agency');
      const holidays = [...new Set(body.holidays)].sort();
      const workdays = [...new Set(body.workdays)].sort();
      rejectIf(nationalYearProblems(params.year, holidays, workdays));
      return hallRecords.putNationalYear(deps, {
        year: params.year,
        holidays,
        workdays,
        updatedAt: toOffsetIso(now),
        updatedBy: principal.id,
      });
    },

    async 'PUT /v1/halls/{hallId}/calendar/{date}'({ principal, params, body, deps, now }) {
      authorize(principal, 'administer-hall', params);
      return hallRecords.putHallCalendarDay(deps, { ...params, ...body, updatedAt: toOffsetIso(now), updatedBy: principal.id });
    },
  },
  storeFromEnvironment,
);
