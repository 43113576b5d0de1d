/**
 * The route table: one definition with two consumers. The CDK stack creates an API Gateway
 * route and integration per entry; the local server routes requests with it. The handler
 * wrapper validates bodies and queries with these schemas, and the OpenAPI document is
 * generated from them.
 */
import * as z from 'zod';
import { pageQuery } from './common';
import type { FunctionName } from '#functions/catalog';
import * as s from './setup';
import * as c from './cases';

export interface RouteSpec {
  function: FunctionName;
  /** `jwt`: behind the API Gateway JWT authorizer; `public`: no token (only /v1/public). */
  auth: 'jwt' | 'public';
  summary: string;
  body?: z.ZodType;
  query?: z.ZodObject;
  reply: { status: number; schema?: z.ZodType };
}

/** A JSON-bodied call behind the JWT authorizer (generic so handlers see the exact body type). */
const authed = <B extends z.ZodType>(fn: FunctionName, summary: string, body: B, reply: z.ZodType, status = 200) => ({
  function: fn,
  auth: 'jwt' as const,
  summary,
  body,
  reply: { status, schema: reply },
});

const publicRead = <Q extends z.ZodObject | undefined = undefined>(summary: string, reply: z.ZodType, query?: Q) => ({
  function: 'public-read' as const,
  auth: 'public' as const,
  summary,
  query: query as Q,
  reply: { status: 200, schema: reply },
});

/** A read behind the JWT authorizer, with an optional query schema. */
const authedRead = <Q extends z.ZodObject | undefined = undefined>(fn: FunctionName, summary: string, reply: z.ZodType, query?: Q) => ({
  function: fn,
  auth: 'jwt' as const,
  summary,
  query: query as Q,
  reply: { status: 200, schema: reply },
});

const page = z.object(pageQuery);

export const routes = {
  'PUT /v1/halls/{hallId}': authed('setup', 'Create or update a hall (agency admin)', s.hallBody, s.hall),
  'PUT /v1/halls/{hallId}/departments/{departmentId}': authed('setup', 'Create or update a department', s.departmentBody, s.department),
  'PUT /v1/halls/{hallId}/windows/{windowId}': authed('setup', 'Create or update a window', s.windowBody, s.window),
  'PUT /v1/halls/{hallId}/staff/{staffId}': authed('setup', 'Create or update a staff member', s.staffBody, s.staff),
  'PUT /v1/halls/{hallId}/staff/{staffId}/leave/{from}': authed('setup', 'Record leave (inclusive dates)', s.leaveBody, s.leave),
  'PUT /v1/halls/{hallId}/items/{itemId}': authed('setup', 'Create or update a service item', s.itemBody, s.item),
  'PUT /v1/calendar/national/{year}': authed('setup', 'Load or correct a national holiday schedule (agency admin)', s.nationalCalendarBody, s.nationalYear),
  'PUT /v1/halls/{hallId}/calendar/{date}': authed('setup', 'Open or close the hall on one date', s.hallCalendarBody, s.hallCalendarDay),
  'GET /v1/public/halls/{hallId}/items': publicRead('The public service guide (一次告知)', s.publicGuide, page),
  'GET /v1/public/halls/{hallId}/calendar/{date}': publicRead('Whether a date is a working day for the hall', s.dayStatusReply),
  'GET /v1/public/halls/{hallId}/calendar/{date}/plus/{n}': publicRead('The n-th working day after a date', s.plusReply),
  'POST /v1/halls/{hallId}/cases': authed('cases', 'Intake at a window (受理); missing materials → the one-time notice', c.intakeBody, c.caseReply, 201),
  'POST /v1/halls/{hallId}/cases/{caseId}/materials': authed('cases', 'The applicant brings materials', c.materialsBody, c.caseReply),
  'POST /v1/halls/{hallId}/cases/{caseId}/supplement-requests': authed('cases', 'A further request for materials (a second notice)', c.supplementRequestBody, c.caseReply),
  'POST /v1/halls/{hallId}/cases/{caseId}/decision': authed('cases', 'Conclude a case (办结): approved or rejected', c.decisionBody, c.caseReply),
  'GET /v1/halls/{hallId}/cases/{caseId}': authedRead('cases', 'A case with its history (staff view)', c.caseReply),
  'GET /v1/halls/{hallId}/cases': authedRead('cases', 'Cases by window and month, by status', c.casePage, c.caseListQuery),
  'GET /v1/public/cases/{caseId}': publicRead('Public progress of a case (with the receipt code)', c.publicCaseReply, c.publicCaseQuery),
  'GET /v1/public/openapi.json': { function: 'public-read', auth: 'public', summary: 'This API as OpenAPI 3.1', reply: { status: 200 } },
} as const satisfies Record<string, RouteSpec>;

export type RouteKey = keyof typeof routes;
export type RoutesOf<F extends FunctionName> = {
  [K in RouteKey]: (typeof routes)[K]['function'] extends F ? K : never;
}[RouteKey];
