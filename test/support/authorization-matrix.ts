/**
 * The authorization matrix as data: for every route, who may call it, by the caller's relation
 * to what the route is about (test/integration/fuzz.test.ts sends every route as every caller).
 * The callers are relations, not only roles: the same window-staff role is allowed at its own
 * window and refused at another; a hall admin of another hall is refused everything in this one.
 * A route's expected outcome per caller is its audience's; a new route must be given one (the
 * type requires it). The subjects: hall h1, window w1, a case at w1, a complaint assigned to
 * w1's A post, w1's called ticket (see the test for the pinned parameters).
 */
import type { RouteKey } from '#api/routes';
export const CALLERS = [
  'anonymous',
  'role-less token of the hall',
  'deactivated staff of the hall',
  'hall admin of another hall',
  'rating device of w1',
  'scoring dept',
  'supervisor',
  'window staff of w2 (other window)',
  'window staff of w1 (own window, A post)',
  'chief representative of w1',
  'hall admin',
  'agency admin',
] as const;
export type Caller = (typeof CALLERS)[number];

/** allowed: the route did its work or refused on the merits (any status but 401 and 403). */
export type Access = 'allowed' | 'denied' | 'unauthenticated';

const STAFF_OF_W1 = ['window staff of w1 (own window, A post)', 'chief representative of w1'] as const;
const ADMINS = ['hall admin', 'agency admin'] as const;

/** Who is allowed, per audience (everyone else: 403, or 401 without a token). */
export const AUDIENCES = {
  /** Public routes: no token needed, none refused. */
  everyone: CALLERS,
  /** Public routes that take a receipt or cancel code: refused to anyone without it (403), token or not. */
  codeHolder: [],
  /** Reading the hall (read-hall): every staff role of the hall, not a device. */
  hallStaff: ['scoring dept', 'supervisor', 'window staff of w2 (other window)', ...STAFF_OF_W1, ...ADMINS],
  /** Work at the window the subject is at (work-at-window). */
  ownWindow: [...STAFF_OF_W1, ...ADMINS],
  /** Window staff of any window of the hall (check-in: wherever the applicant arrives first). */
  anyWindow: ['window staff of w2 (other window)', ...STAFF_OF_W1, ...ADMINS],
  /** Decisions, extensions and referrals: the window's chief representative (首席代表). */
  chiefRepresentative: ['chief representative of w1', ...ADMINS],
  /** A complaint's assignee (w1's A post) and the supervisors. */
  complaintHandling: ['supervisor', 'window staff of w1 (own window, A post)', ...ADMINS],
  /** Staff records and reviews of findings: supervisors and admins. */
  oversight: ['supervisor', ...ADMINS],
  /** Bonus and deduction entries: the scoring department. */
  scoring: ['scoring dept', ...ADMINS],
  hallAdmin: ADMINS,
  agency: ['agency admin'],
  /** Ratings at the window, by the window's own device only. */
  device: ['rating device of w1'],
} as const satisfies Record<string, readonly Caller[]>;
export type Audience = keyof typeof AUDIENCES;

/**
 * Every route's audience. Ticket work (serve, transfer) is shown on w1's ticket after w1 has
 * skipped it: a ticket nobody holds is refused on its status (409) to anyone of the hall.
 */
export const ROUTE_AUDIENCE: Record<RouteKey, Audience> = {
  'PUT /v1/halls/{hallId}': 'agency',
  'PUT /v1/halls/{hallId}/departments/{departmentId}': 'hallAdmin',
  'PUT /v1/halls/{hallId}/windows/{windowId}': 'hallAdmin',
  'PUT /v1/halls/{hallId}/staff/{staffId}': 'hallAdmin',
  'PUT /v1/halls/{hallId}/staff/{staffId}/leave/{from}': 'hallAdmin',
  'PUT /v1/halls/{hallId}/items/{itemId}': 'hallAdmin',
  'GET /v1/halls/{hallId}/departments': 'hallStaff',
  'GET /v1/halls/{hallId}/windows': 'hallStaff',
  'GET /v1/halls/{hallId}/windows/{windowId}': 'hallStaff',
  'GET /v1/halls/{hallId}/staff': 'oversight',
  'GET /v1/halls/{hallId}/staff/{staffId}': 'oversight',
  'GET /v1/halls/{hallId}/items/{itemId}': 'hallStaff',
  'DELETE /v1/halls/{hallId}/staff/{staffId}/leave/{from}': 'hallAdmin',
  'GET /v1/halls/{hallId}/audit': 'hallAdmin',
  'PUT /v1/calendar/national/{year}': 'agency',
  'PUT /v1/halls/{hallId}/calendar/{date}': 'hallAdmin',
  'GET /v1/public/halls/{hallId}/items': 'everyone',
  'GET /v1/public/halls/{hallId}/calendar/{date}': 'everyone',
  'GET /v1/public/halls/{hallId}/calendar/{date}/plus/{n}': 'everyone',
  'POST /v1/halls/{hallId}/cases': 'ownWindow',
  'POST /v1/halls/{hallId}/cases/{caseId}/materials': 'ownWindow',
  'POST /v1/halls/{hallId}/cases/{caseId}/supplement-requests': 'ownWindow',
  'POST /v1/halls/{hallId}/cases/{caseId}/decision': 'chiefRepresentative',
  'POST /v1/halls/{hallId}/cases/{caseId}/refusal': 'ownWindow',
  'POST /v1/halls/{hallId}/cases/{caseId}/withdrawal': 'ownWindow',
  'POST /v1/halls/{hallId}/cases/{caseId}/extension': 'chiefRepresentative',
  'POST /v1/halls/{hallId}/cases/{caseId}/suspension': 'ownWindow',
  'POST /v1/halls/{hallId}/cases/{caseId}/resumption': 'ownWindow',
  'POST /v1/halls/{hallId}/cases/{caseId}/referral': 'chiefRepresentative',
  'POST /v1/halls/{hallId}/cases/{caseId}/transfer': 'ownWindow',
  'GET /v1/halls/{hallId}/cases/{caseId}/notices/{kind}': 'ownWindow',
  'POST /v1/halls/{hallId}/cases/{caseId}/receipt': 'ownWindow',
  'GET /v1/halls/{hallId}/cases/{caseId}': 'hallStaff',
  'GET /v1/halls/{hallId}/cases': 'hallStaff',
  'GET /v1/public/cases/{caseId}': 'everyone',
  'POST /v1/public/cases/{caseId}/rating': 'codeHolder',
  'POST /v1/public/halls/{hallId}/complaints': 'everyone',
  'GET /v1/halls/{hallId}/complaints/{complaintId}': 'hallStaff',
  'GET /v1/halls/{hallId}/complaints': 'hallStaff',
  'POST /v1/halls/{hallId}/complaints/{complaintId}/resolution': 'complaintHandling',
  'POST /v1/halls/{hallId}/complaints/{complaintId}/review': 'oversight',
  'POST /v1/halls/{hallId}/complaints/{complaintId}/response': 'complaintHandling',
  'PUT /v1/halls/{hallId}/assessment-rules': 'hallAdmin',
  'GET /v1/halls/{hallId}/assessment-rules': 'hallStaff',
  'PUT /v1/halls/{hallId}/windows/{windowId}/reports/{month}': 'ownWindow',
  'POST /v1/halls/{hallId}/assessments/{month}/entries': 'scoring',
  'POST /v1/halls/{hallId}/assessments/{month}/compute': 'hallAdmin',
  'POST /v1/halls/{hallId}/assessments/{month}/entries/{entryId}/void': 'scoring',
  'GET /v1/halls/{hallId}/assessments/{month}': 'hallStaff',
  'GET /v1/halls/{hallId}/assessment-years/{year}': 'hallStaff',
  'GET /v1/halls/{hallId}/assessment-quarters/{quarter}': 'hallStaff',
  'GET /v1/halls/{hallId}/assessments/year/{year}': 'hallStaff',
  'GET /v1/halls/{hallId}/assessments/quarter/{quarter}': 'hallStaff',
  'GET /v1/halls/{hallId}/reminders': 'hallStaff',
  'GET /v1/halls/{hallId}/statistics/{month}': 'hallStaff',
  'GET /v1/halls/{hallId}/statistics/{month}/complaints': 'hallStaff',
  'GET /v1/halls/{hallId}/notifications': 'hallAdmin',
  'POST /v1/public/cases/{caseId}/notification-preferences': 'codeHolder',
  'GET /v1/public/halls/{hallId}/rankings/{month}': 'everyone',
  'GET /v1/public/halls/{hallId}/rankings/{month}/board': 'everyone',
  'PUT /v1/halls/{hallId}/items/{itemId}/slots': 'hallAdmin',
  'GET /v1/halls/{hallId}/items/{itemId}/slots': 'hallStaff',
  'GET /v1/halls/{hallId}/appointments': 'hallStaff',
  'POST /v1/halls/{hallId}/appointments/{appointmentId}/check-in': 'anyWindow',
  'GET /v1/public/halls/{hallId}/items/{itemId}/slots': 'everyone',
  'POST /v1/public/halls/{hallId}/appointments': 'everyone',
  'GET /v1/public/appointments/{appointmentId}': 'codeHolder',
  'POST /v1/public/appointments/{appointmentId}/cancellation': 'codeHolder',
  'PUT /v1/halls/{hallId}/ticket-groups': 'hallAdmin',
  'GET /v1/halls/{hallId}/ticket-groups': 'hallStaff',
  'POST /v1/public/halls/{hallId}/tickets': 'everyone',
  'GET /v1/public/halls/{hallId}/queue': 'everyone',
  'POST /v1/halls/{hallId}/windows/{windowId}/call-next': 'ownWindow',
  'GET /v1/halls/{hallId}/tickets/{ticketId}': 'hallStaff',
  'POST /v1/halls/{hallId}/tickets/{ticketId}/recall': 'ownWindow',
  'POST /v1/halls/{hallId}/tickets/{ticketId}/skip': 'ownWindow',
  'POST /v1/halls/{hallId}/tickets/{ticketId}/serve': 'hallStaff',
  'POST /v1/halls/{hallId}/tickets/{ticketId}/transfer': 'hallStaff',
  'POST /v1/halls/{hallId}/windows/{windowId}/device-ratings': 'device',
  'POST /v1/halls/{hallId}/inquiries': 'ownWindow',
  'GET /v1/halls/{hallId}/inquiries': 'hallStaff',
  'GET /v1/halls/{hallId}/queue-statistics/{date}': 'hallStaff',
  'GET /v1/public/openapi.json': 'everyone',
};

/** What a caller gets from a route of an audience. */
export function expectedAccess(audience: Audience, caller: Caller, needsToken: boolean): Access {
  if ((AUDIENCES[audience] as readonly Caller[]).includes(caller)) return 'allowed';
  return caller === 'anonymous' && needsToken ? 'unauthenticated' : 'denied';
}
