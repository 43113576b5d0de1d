/**
 * The route table: one definition with two consumers. The CDK stack creates an API Gateway
 * route and integration per entry; the local server routes requests with it. The handler
 * wrapper validates bodies and queries with these schemas, and the OpenAPI document is
 * generated from them.
 */
import * as z from 'zod';
import { openApiReply, pageQuery } from './common';
import type { FunctionName } from '#topology/catalog';
import * as s from './setup';
import * as c from './cases';
import * as f from './feedback';
import * as a from './assessments';
import * as n from './notifications';
import * as ap from './appointments';
import * as st from './statistics';
import * as q from './queue';

export interface RouteSpec {
  function: FunctionName;
  /** The operation's name in the OpenAPI document (and in clients generated from it). */
  operationId: string;
  /**
   * The canonical route this one is another path for: served, but not listed in the OpenAPI
   * document (whose paths must resolve unambiguously).
   */
  aliasOf?: string;
  /** The one route that may name a hall that does not exist yet (it creates it); all others answer 404. */
  createsHall?: true;
  /** `jwt`: behind the API Gateway JWT authorizer; `public`: no token (only /v1/public). */
  auth: 'jwt' | 'public';
  summary: string;
  body?: z.ZodType;
  query?: z.ZodObject;
  /**
   * A JSON reply described by its schema, or a document of another type (HTML, CSV); `formats`:
   * the other types a JSON route also answers with (`?format=`, `Accept`); `noContent`: when the
   * call may also answer 204, what that means.
   */
  reply: { status: number; schema?: z.ZodType; contentType?: string; formats?: readonly string[]; noContent?: string };
}

/** A call with a JSON body behind the JWT authorizer (generic: handlers see the exact body type). */
const write = <B extends z.ZodType, R extends z.ZodType, F extends FunctionName = FunctionName>(
  fn: F,
  operationId: string,
  summary: string,
  body: B,
  reply: R,
  status = 200,
) => ({
  function: fn,
  operationId,
  auth: 'jwt' as const,
  summary,
  body,
  reply: { status, schema: reply },
});

/** A call without a body (a GET, or a POST that takes none) behind the JWT authorizer. */
const read = <R extends z.ZodType, Q extends z.ZodObject | undefined = undefined, F extends FunctionName = FunctionName>(
  fn: F,
  operationId: string,
  summary: string,
  reply: R,
  query?: Q,
) => ({
  function: fn,
  operationId,
  auth: 'jwt' as const,
  summary,
  query: query as Q,
  reply: { status: 200, schema: reply },
});

/** The same without a token: only under /v1/public (the stack refuses anything else). */
const publicWrite = <B extends z.ZodType, R extends z.ZodType, F extends FunctionName = FunctionName>(
  fn: F,
  operationId: string,
  summary: string,
  body: B,
  reply: R,
  status: number,
) => ({
  ...write(fn, operationId, summary, body, reply, status),
  auth: 'public' as const,
});
const publicReadIn = <R extends z.ZodType, Q extends z.ZodObject | undefined = undefined, F extends FunctionName = FunctionName>(
  fn: F,
  operationId: string,
  summary: string,
  reply: R,
  query?: Q,
) => ({
  ...read(fn, operationId, summary, reply, query),
  auth: 'public' as const,
});
const publicRead = <R extends z.ZodType, Q extends z.ZodObject | undefined = undefined>(
  operationId: string,
  summary: string,
  reply: R,
  query?: Q,
) => publicReadIn('public-read', operationId, summary, reply, query);

const page = z.strictObject(pageQuery);

/** A JSON route that also answers with documents of other types. */
const withFormats = <R extends { reply: { status: number; schema: z.ZodType } }>(route: R, formats: readonly string[]) => ({
  ...route,
  reply: { ...route.reply, formats },
});

export const routes = {
  'PUT /v1/halls/{hallId}': {
    ...write('setup', 'putHall', 'Create or update a hall (agency admin)', s.hallBody, s.hall),
    createsHall: true,
  },
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
  'GET /v1/public/halls/{hallId}/items': publicRead('getServiceGuide', 'The public service guide (一次告知)', s.publicGuide, page),
  'GET /v1/public/halls/{hallId}/calendar/{date}': publicRead(
    'getDayStatus',
    'Whether a date is a working day for the hall',
    s.dayStatusReply,
  ),
  'GET /v1/public/halls/{hallId}/calendar/{date}/plus/{n}': publicRead('addWorkingDays', 'The n-th working day after a date', s.plusReply),
  'POST /v1/halls/{hallId}/cases': write(
    'cases',
    'createCase',
    'Intake at a window (受理); missing materials → the one-time notice',
    c.intakeBody,
    c.intakeReply,
    201,
  ),
  'POST /v1/halls/{hallId}/cases/{caseId}/materials': write(
    'cases',
    'receiveMaterials',
    'The applicant brings materials',
    c.materialsBody,
    c.caseReply,
  ),
  'POST /v1/halls/{hallId}/cases/{caseId}/supplement-requests': write(
    'cases',
    'requestSupplement',
    'A further request for materials (a second notice)',
    c.supplementRequestBody,
    c.caseReply,
  ),
  'POST /v1/halls/{hallId}/cases/{caseId}/decision': write(
    'cases',
    'decideCase',
    'Conclude a case (办结): approved or rejected',
    c.decisionBody,
    c.caseReply,
  ),
  'POST /v1/halls/{hallId}/cases/{caseId}/refusal': write(
    'cases',
    'refuseCase',
    'Refuse an application awaiting materials (不予受理), with reason and remedy',
    c.refusalBody,
    c.caseReply,
  ),
  'POST /v1/halls/{hallId}/cases/{caseId}/withdrawal': write(
    'cases',
    'withdrawCase',
    "Record the applicant's withdrawal (撤回), at any open stage",
    c.withdrawalBody,
    c.caseReply,
  ),
  'POST /v1/halls/{hallId}/cases/{caseId}/extension': write(
    'cases',
    'extendCase',
    'Extend the time limit once, by 1 to 10 working days (延期): chief representative or hall admin',
    c.extensionBody,
    c.caseReply,
  ),
  'POST /v1/halls/{hallId}/cases/{caseId}/suspension': write(
    'cases',
    'suspendCase',
    'Suspend the clock for a hearing, inspection, testing or expert review (特别程序)',
    c.suspensionBody,
    c.caseReply,
  ),
  'POST /v1/halls/{hallId}/cases/{caseId}/resumption': write(
    'cases',
    'resumeCase',
    'Resume a suspended case: the working days left carry over',
    c.resumptionBody,
    c.caseReply,
  ),
  'POST /v1/halls/{hallId}/cases/{caseId}/referral': write(
    'cases',
    'referCase',
    'Refer an approval item to the authority that decides it (上报), with the preliminary opinion',
    c.referralBody,
    c.caseReply,
  ),
  'POST /v1/halls/{hallId}/cases/{caseId}/transfer': write(
    'cases',
    'transferCase',
    'Transfer a case to another window that takes the item (转办)',
    c.transferBody,
    c.caseReply,
  ),
  'GET /v1/halls/{hallId}/cases/{caseId}/notices/{kind}': {
    function: 'cases',
    operationId: 'printCaseNotice',
    auth: 'jwt',
    summary: 'A written notice for the applicant, as a page printed on A4 (受理通知书, 一次性告知书, 不予受理通知书, 决定书)',
    reply: { status: 200, contentType: 'text/html' },
  },
  'POST /v1/halls/{hallId}/cases/{caseId}/receipt': read(
    'cases',
    'reprintReceipt',
    "Reprint the applicant's receipt with its code (recorded in the case's history)",
    c.receiptReply,
  ),
  'GET /v1/halls/{hallId}/cases/{caseId}': read('cases', 'getCase', 'A case with its history (staff view)', c.caseReply),
  'GET /v1/halls/{hallId}/cases': read(
    'cases',
    'listCases',
    'Cases by window and month, by status; found by ID number, phone, applicant name or receipt code; the caller’s work list (?recipient=me)',
    c.casePage,
    c.caseListQuery,
  ),
  'GET /v1/public/cases/{caseId}': publicRead(
    'getCaseProgress',
    'Public progress of a case (with the receipt code)',
    c.publicCaseReply,
    c.publicCaseQuery,
  ),
  'POST /v1/public/cases/{caseId}/rating': publicWrite(
    'public-feedback',
    'rateCase',
    'Rate the service (好差评) with the receipt code',
    f.ratingBody,
    f.ratingReply,
    201,
  ),
  'POST /v1/public/halls/{hallId}/complaints': publicWrite(
    'public-feedback',
    'fileComplaint',
    'File a complaint (投诉)',
    f.complaintBody,
    f.complaintReceipt,
    202,
  ),
  'GET /v1/halls/{hallId}/complaints/{complaintId}': read(
    'complaints',
    'getComplaint',
    'A complaint or rectification with its history',
    f.complaintReply,
  ),
  'GET /v1/halls/{hallId}/complaints': read(
    'complaints',
    'listComplaints',
    'Complaints by assignee or status (default: assigned); the caller’s work list (?recipient=me)',
    f.complaintPage,
    f.complaintListQuery,
  ),
  'POST /v1/halls/{hallId}/complaints/{complaintId}/resolution': write(
    'complaints',
    'resolveComplaint',
    'Resolve a complaint or rectification',
    f.resolutionBody,
    f.complaintReply,
  ),
  'POST /v1/halls/{hallId}/complaints/{complaintId}/review': write(
    'complaints',
    'reviewFinding',
    'Review a "not substantiated" proposed by the assessed window (申诉复核): supervisor or hall admin',
    f.reviewBody,
    f.complaintReply,
  ),
  'POST /v1/halls/{hallId}/complaints/{complaintId}/response': write(
    'complaints',
    'respondToComplaint',
    'Record a response to the complainant (the first one is the 首次响应)',
    f.responseBody,
    f.complaintReply,
  ),
  'PUT /v1/halls/{hallId}/assessment-rules': write(
    'assessments',
    'putHallRules',
    'Set the assessment rules from a month on (versioned)',
    a.rulesBody,
    a.rulesReply,
  ),
  'GET /v1/halls/{hallId}/assessment-rules': read(
    'assessments',
    'getHallRules',
    'The assessment rules in force in a month',
    a.rulesReply,
    a.rulesQuery,
  ),
  'PUT /v1/halls/{hallId}/windows/{windowId}/reports/{month}': write(
    'assessments',
    'putWindowReport',
    "A window's monthly report (for report-due reminders)",
    a.reportBody,
    a.reportReply,
  ),
  'POST /v1/halls/{hallId}/assessments/{month}/entries': write(
    'assessments',
    'createAssessmentEntry',
    'A bonus or deduction entry by a scoring department',
    a.entryBody,
    a.entryReply,
    201,
  ),
  'POST /v1/halls/{hallId}/assessments/{month}/compute': write(
    'assessments',
    'computeAssessment',
    "Compute the month's assessment and ranking; a final month answers unchanged unless revised with a reason",
    a.computeBody,
    a.monthReply,
  ),
  'POST /v1/halls/{hallId}/assessments/{month}/entries/{entryId}/void': write(
    'assessments',
    'voidAssessmentEntry',
    'Void an entry made by mistake, with a reason (the author before the deadline; a hall admin with lateOverride after)',
    a.voidBody,
    a.entryReply,
  ),
  'GET /v1/halls/{hallId}/assessments/{month}': withFormats(
    read(
      'assessments',
      'getAssessment',
      "The month's assessment (JSON, or CSV with Accept: text/csv or ?format=csv)",
      a.monthReply,
      a.monthQuery,
    ),
    ['text/csv'],
  ),
  'GET /v1/halls/{hallId}/assessment-years/{year}': read(
    'assessments',
    'getYearView',
    'First places, top-five months and annual red-flag priority (also at /assessments/year/{year})',
    a.yearReply,
  ),
  'GET /v1/halls/{hallId}/assessment-quarters/{quarter}': read(
    'assessments',
    'getQuarterView',
    'Quarterly red-flag window candidates (also at /assessments/quarter/{quarter})',
    a.quarterReply,
  ),
  // The contract's paths for the same views. `assessments/year/{year}` and `assessments/{month}/
  // compute` could both match `assessments/year/compute`, so the document lists the paths above.
  'GET /v1/halls/{hallId}/assessments/year/{year}': {
    ...read('assessments', 'getYearViewByContractPath', 'Same as GET /v1/halls/{hallId}/assessment-years/{year}', a.yearReply),
    aliasOf: 'GET /v1/halls/{hallId}/assessment-years/{year}',
  },
  'GET /v1/halls/{hallId}/assessments/quarter/{quarter}': {
    ...read('assessments', 'getQuarterViewByContractPath', 'Same as GET /v1/halls/{hallId}/assessment-quarters/{quarter}', a.quarterReply),
    aliasOf: 'GET /v1/halls/{hallId}/assessment-quarters/{quarter}',
  },
  'GET /v1/halls/{hallId}/reminders': read(
    'reminders',
    'listReminders',
    'Reminders issued for a day (?recipient=me: those addressed to the caller)',
    a.remindersReply,
    a.remindersQuery,
  ),
  'GET /v1/halls/{hallId}/statistics/{month}': withFormats(
    read(
      'statistics',
      'getStatistics',
      "The month's statistics by window, department, item or staff member (JSON; ?format=csv, xlsx with every view, html with charts)",
      st.statisticsReply,
      st.statisticsQuery,
    ),
    Object.values(st.DOCUMENT_TYPES),
  ),
  'GET /v1/halls/{hallId}/statistics/{month}/complaints': read(
    'statistics',
    'getComplaintAnalysis',
    "The month's complaints and substantiated findings by category, by window, and both (投诉分析)",
    st.complaintAnalysisReply,
  ),
  'GET /v1/halls/{hallId}/notifications': read(
    'reminders',
    'listNotifications',
    'Notification deliveries of a day: who was told what, by which channel, and whether it went out (hall admin)',
    n.notificationsReply,
    n.notificationsQuery,
  ),
  'POST /v1/public/cases/{caseId}/notification-preferences': publicWrite(
    'public-feedback',
    'setNotificationPreference',
    'Opt out of (or back into) the messages that are not essential, with the receipt code',
    n.preferenceBody,
    n.preferenceReply,
    200,
  ),
  'GET /v1/public/halls/{hallId}/rankings/{month}': publicRead(
    'getPublicRanking',
    "A final month's ranking, as disclosed to the public (404 before the month is final)",
    a.publicRanking,
  ),
  'GET /v1/public/halls/{hallId}/rankings/{month}/board': {
    function: 'public-read',
    operationId: 'getRankingBoard',
    auth: 'public',
    summary: "The same as a page with a bar chart, for the hall's screen",
    reply: { status: 200, contentType: 'text/html' },
  },
  'PUT /v1/halls/{hallId}/items/{itemId}/slots': write(
    'appointments',
    'putItemSlots',
    "An item's appointment slots (在线预约): length, capacity per slot, bookable horizon, the windows that serve them",
    ap.slotConfigBody,
    ap.slotConfigReply,
  ),
  'GET /v1/halls/{hallId}/items/{itemId}/slots': read(
    'appointments',
    'getItemSlots',
    "An item's appointment slot configuration as stored",
    ap.slotConfigReply,
  ),
  'GET /v1/halls/{hallId}/appointments': read(
    'appointments',
    'listAppointmentsOfDay',
    "The day's appointments (default today), all of them or those a window serves",
    ap.dayListReply,
    ap.dayListQuery,
  ),
  'POST /v1/halls/{hallId}/appointments/{appointmentId}/check-in': read(
    'appointments',
    'checkInAppointment',
    'The applicant arrived: checked in (served before walk-in tickets of the same item group)',
    ap.checkInReply,
  ),
  'GET /v1/public/halls/{hallId}/items/{itemId}/slots': publicReadIn(
    'public-appointments',
    'listFreeSlots',
    "An item's bookable slots of the dates from..to (at most 31), with the places left",
    ap.slotsReply,
    ap.slotsQuery,
  ),
  'POST /v1/public/halls/{hallId}/appointments': publicWrite(
    'public-appointments',
    'bookAppointment',
    'Book a slot (在线预约): one booking per phone, item and day; the reply holds the cancel code, once',
    ap.bookingBody,
    ap.bookingReply,
    201,
  ),
  'GET /v1/public/appointments/{appointmentId}': publicReadIn(
    'public-appointments',
    'getAppointment',
    'A booking, with its cancel code (the name masked)',
    ap.publicAppointmentReply,
    ap.publicAppointmentQuery,
  ),
  'POST /v1/public/appointments/{appointmentId}/cancellation': publicWrite(
    'public-appointments',
    'cancelAppointment',
    'Cancel a booking with its cancel code, before its slot starts: the place is free again',
    ap.cancellationBody,
    ap.publicAppointmentReply,
    200,
  ),
  'PUT /v1/halls/{hallId}/ticket-groups': write(
    'queue',
    'putTicketGroups',
    "Set the hall's ticket groups: a letter per set of items, with a daily cap on walk-in tickets",
    q.ticketGroupsBody,
    q.ticketGroupsReply,
  ),
  'GET /v1/halls/{hallId}/ticket-groups': read('queue', 'getTicketGroups', "The hall's ticket groups", q.ticketGroupsReply),
  'POST /v1/public/halls/{hallId}/tickets': publicWrite(
    'queue',
    'takeTicket',
    'Take a ticket at the kiosk (取号): the next number of the item’s group today',
    q.kioskBody,
    q.kioskReply,
    201,
  ),
  'GET /v1/public/halls/{hallId}/queue': publicReadIn(
    'queue',
    'getQueueView',
    "The hall's screen: waiting per group with the estimated wait, and the last numbers called",
    q.queueViewReply,
  ),
  'POST /v1/halls/{hallId}/windows/{windowId}/call-next': {
    ...read(
      'queue',
      'callNext',
      'Call the next ticket for the window (叫号): transfers to it, then checked-in appointments, then walk-ins',
      q.ticketReply,
    ),
    reply: { status: 200, schema: q.ticketReply, noContent: "Nobody waits for this window's items" },
  },
  'GET /v1/halls/{hallId}/tickets/{ticketId}': read('queue', 'getTicket', 'A ticket with its history', q.ticketReply),
  'POST /v1/halls/{hallId}/tickets/{ticketId}/recall': read('queue', 'recallTicket', 'Call the ticket again (重呼)', q.ticketReply),
  'POST /v1/halls/{hallId}/tickets/{ticketId}/skip': read(
    'queue',
    'skipTicket',
    'The visitor did not come after a call and a recall (过号, a no-show)',
    q.ticketReply,
  ),
  'POST /v1/halls/{hallId}/tickets/{ticketId}/serve': write(
    'queue',
    'serveTicket',
    'The visitor was served, with the case opened for them if any',
    q.serveBody,
    q.ticketReply,
  ),
  'POST /v1/halls/{hallId}/tickets/{ticketId}/transfer': write(
    'queue',
    'transferTicket',
    'Send the visitor on to another window (多窗联办): the ticket waits there, ahead of its line, with its history',
    q.transferBody,
    q.ticketReply,
  ),
  'POST /v1/halls/{hallId}/windows/{windowId}/device-ratings': write(
    'queue',
    'rateAtDevice',
    "Rate the service just given at the window, on the window's rating device (评价器): within 30 minutes of the case's conclusion or its ticket's service",
    q.deviceRatingBody,
    f.ratingReply,
    201,
  ),
  'POST /v1/halls/{hallId}/inquiries': write(
    'queue',
    'recordInquiry',
    'Record an inquiry (首问负责, 文字咨询): the answer given, or the window or department it was referred to',
    q.inquiryBody,
    q.inquiryReply,
    201,
  ),
  'GET /v1/halls/{hallId}/inquiries': read(
    'queue',
    'listInquiries',
    "A day's inquiries: the hall's, or one window's list (answered there, or referred to it)",
    q.inquiryPage,
    q.inquiryQuery,
  ),
  'GET /v1/halls/{hallId}/queue-statistics/{date}': read(
    'queue',
    'getQueueDay',
    "A queue day's statistics (tickets, served, no-shows, wait and service times per group and window) and the consultation log's counts",
    q.dayReportReply,
  ),
  'GET /v1/public/openapi.json': {
    function: 'public-read',
    operationId: 'getOpenApiDocument',
    auth: 'public',
    summary: 'This API as OpenAPI 3.1',
    reply: { status: 200, schema: openApiReply },
  },
} as const satisfies Record<string, RouteSpec>;

export type RouteKey = keyof typeof routes;
export type RoutesOf<F extends FunctionName> = {
  [K in RouteKey]: (typeof routes)[K]['function'] extends F ? K : never;
}[RouteKey];
