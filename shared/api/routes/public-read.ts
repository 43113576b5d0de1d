/** The routes of the public-read function: public reads without a login: the service guide, calendar queries, case progress, rankings, this API's OpenAPI document. */
import { openApiDocumentShape } from '../fields';
import { publicRead, page, type RouteSpec } from '../route-spec';
import * as s from '../setup';
import * as c from '../cases';
import * as a from '../assessments';

export const publicReadRoutes = {
  'GET /v1/public/halls/{hallId}/items': publicRead('getServiceGuide', 'The public service guide (一次告知)', s.publicGuide, page),
  'GET /v1/public/halls/{hallId}/calendar/{date}': publicRead(
    'getDayStatus',
    'Whether a date is a working day for the hall',
    s.dayStatusReply,
  ),
  'GET /v1/public/halls/{hallId}/calendar/{date}/plus/{n}': publicRead('addWorkingDays', 'The n-th working day after a date', s.plusReply),
  'GET /v1/public/cases/{caseId}': publicRead(
    'getCaseProgress',
    'Public progress of a case (with the receipt code)',
    c.publicCaseReply,
    c.publicCaseQuery,
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
  'GET /v1/public/openapi.json': publicRead('getOpenApiDocument', 'This API as OpenAPI 3.1', openApiDocumentShape),
} as const satisfies Record<string, RouteSpec>;
