/** The routes of the setup function: hall set-up: halls, departments, windows, staff, leave, items, calendars, the audit trail. */
import { write, read, page, withSpec, type RouteSpec } from '../route-spec';
import * as s from '../setup';

export const setupRoutes = {
  'PUT /v1/halls/{hallId}': withSpec(write('setup', 'putHall', 'Create or update a hall (agency admin)', s.hallBody, s.hall), {
    createsHall: true,
  }),
  'PUT /v1/halls/{hallId}/departments/{departmentId}': write(
    'setup',
    'putDepartment',
    'Create or update a department',
    s.departmentBody,
    s.department,
  ),
  'PUT /v1/halls/{hallId}/windows/{windowId}': write('setup', 'putWindow', 'Create or update a window', s.windowBody, s.window),
  'PUT /v1/halls/{hallId}/staff/{staffId}': write('setup', 'putStaff', 'Create or update a staff member', s.staffBody, s.staff),
  'PUT /v1/halls/{hallId}/staff/{staffId}/leave/{from}': write('setup', 'putLeave', 'Record leave (inclusive dates)', s.leaveBody, s.leave),
  'PUT /v1/halls/{hallId}/items/{itemId}': write('setup', 'putItem', 'Create or update a service item', s.itemBody, s.item),
  'GET /v1/halls/{hallId}/departments': read('setup', 'listDepartments', "The hall's departments as stored", s.departmentPage, page),
  'GET /v1/halls/{hallId}/windows': read('setup', 'listWindows', "The hall's windows as stored", s.windowPage, page),
  'GET /v1/halls/{hallId}/windows/{windowId}': read('setup', 'getWindow', 'A window as stored', s.window),
  'GET /v1/halls/{hallId}/staff': read('setup', 'listStaff', "The hall's staff records (hall admin, supervisor)", s.staffPage, page),
  'GET /v1/halls/{hallId}/staff/{staffId}': read('setup', 'getStaff', 'A staff record (hall admin, supervisor)', s.staff),
  'GET /v1/halls/{hallId}/items/{itemId}': read('setup', 'getItem', 'A service item as stored', s.item),
  'DELETE /v1/halls/{hallId}/staff/{staffId}/leave/{from}': {
    function: 'setup',
    operationId: 'cancelLeave',
    auth: 'jwt',
    summary: 'Cancel a leave (204)',
    reply: { status: 204 },
  },
  'GET /v1/halls/{hallId}/audit': read(
    'setup',
    'listAudit',
    "The hall's audit trail: every staff write, newest first (hall admin)",
    s.auditPage,
    s.auditQuery,
  ),
  'PUT /v1/calendar/national/{year}': write(
    'setup',
    'putNationalCalendar',
    'Load or correct a national holiday schedule (agency admin)',
    s.nationalCalendarBody,
    s.nationalYear,
  ),
  'PUT /v1/halls/{hallId}/calendar/{date}': write(
    'setup',
    'putHallCalendarDay',
    'Open or close the hall on one date',
    s.hallCalendarBody,
    s.hallCalendarDay,
  ),
} as const satisfies Record<string, RouteSpec>;
