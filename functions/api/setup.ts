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
  type Hall,
} from '#domain/hall-setup';
import { businessDate, toOffsetIso } from '#domain/time';
import type { StoreDeps as Deps } from '#adapters/deps';
import { storeFromEnvironment } from '#adapters/environment';
import { hallRecords } from '#adapters/hall-records';
import { apiHandler } from '#lambda/api';

function rejectIf(problems: ErrorDetail[]): void {
  if (problems.length > 0) throw invalid('The request is not valid', problems);
}

async function existingHall(d: Deps, hallId: string): Promise<Hall> {
  const hall = await hallRecords.getHall(d, hallId);
  if (!hall) throw notFound('HALL_NOT_FOUND', 'Hall not found');
  return hall;
}

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
  {
    async 'PUT /v1/halls/{hallId}'({ principal, params, body, deps, now }) {
      authorize(principal, 'administer-agency');
      return hallRecords.putHall(deps, {
        hallId: params.hallId,
        name: body.name,
        openingHours: body.openingHours ?? DEFAULT_OPENING_HOURS,
        updatedAt: toOffsetIso(now),
      });
    },

    async 'PUT /v1/halls/{hallId}/departments/{departmentId}'({ principal, params, body, deps, now }) {
      authorize(principal, 'administer-hall', params);
      await existingHall(deps, params.hallId);
      return hallRecords.putDepartment(deps, { ...params, name: body.name, updatedAt: toOffsetIso(now) });
    },

    async 'PUT /v1/halls/{hallId}/windows/{windowId}'({ principal, params, body, deps, now }) {
      authorize(principal, 'administer-hall', params);
      await existingHall(deps, params.hallId);
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
      });
    },

    async 'PUT /v1/halls/{hallId}/staff/{staffId}'({ principal, params, body, deps, now }) {
      authorize(principal, 'administer-hall', params);
      rejectIf(staffProblems(body));
      await existingHall(deps, params.hallId);
      if (body.windowId || body.bPostOf?.length) {
        const known = new Set((await hallRecords.listWindows(deps, params.hallId)).map((w) => w.windowId));
        requireReferences([
          ...(body.windowId && !known.has(body.windowId) ? [{ field: 'windowId', what: 'Window', id: body.windowId }] : []),
          ...(body.bPostOf ?? []).flatMap((id, i) => (known.has(id) ? [] : [{ field: `bPostOf.${i}`, what: 'Window', id }])),
        ]);
      }
      return hallRecords.putStaff(deps, { ...body, ...params, updatedAt: toOffsetIso(now) });
    },

    async 'PUT /v1/halls/{hallId}/staff/{staffId}/leave/{from}'({ principal, params, body, deps, now }) {
      authorize(principal, 'administer-hall', params);
      rejectIf(leaveProblems(params.from, body.to));
      if (!(await hallRecords.getStaff(deps, params.hallId, params.staffId))) throw notFound('STAFF_NOT_FOUND', 'Staff member not found');
      return hallRecords.putLeave(deps, { ...params, to: body.to, updatedAt: toOffsetIso(now) });
    },

    async 'PUT /v1/halls/{hallId}/items/{itemId}'({ principal, params, body, deps, now }) {
      authorize(principal, 'administer-hall', params);
      await existingHall(deps, params.hallId);
      const [department, windows] = await Promise.all([
        hallRecords.getDepartment(deps, params.hallId, body.departmentId),
        hallRecords.listWindows(deps, params.hallId),
      ]);
      const known = new Set(windows.map((w) => w.windowId));
      requireReferences([
        ...(department ? [] : [{ field: 'departmentId', what: 'Department', id: body.departmentId }]),
        ...body.windowIds.flatMap((id, i) => (known.has(id) ? [] : [{ field: `windowIds.${i}`, what: 'Window', id }])),
      ]);
      return hallRecords.putItem(deps, { ...body, ...params, updatedAt: toOffsetIso(now) });
    },

    async 'PUT /v1/calendar/national/{year}'({ principal, params, body, deps, now }) {
      authorize(principal, 'administer-agency');
      const holidays = [...new Set(body.holidays)].sort();
      const workdays = [...new Set(body.workdays)].sort();
      rejectIf(nationalYearProblems(params.year, holidays, workdays));
      return hallRecords.putNationalYear(deps, { year: params.year, holidays, workdays, updatedAt: toOffsetIso(now) });
    },

    async 'PUT /v1/halls/{hallId}/calendar/{date}'({ principal, params, body, deps, now }) {
      authorize(principal, 'administer-hall', params);
      await existingHall(deps, params.hallId);
      return hallRecords.putHallCalendarDay(deps, { ...params, ...body, updatedAt: toOffsetIso(now) });
    },
  },
  storeFromEnvironment,
);
