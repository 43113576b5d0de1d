/** The routes of the queue function: the queue: ticket groups, kiosk tickets, calling, serving, transfers, device ratings, inquiries, the queue day. */
import { write, read, publicWrite, publicReadIn, withReply, type RouteSpec } from '../route-spec';
import * as f from '../feedback';
import * as q from '../queue';

export const queueRoutes = {
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
  'POST /v1/halls/{hallId}/windows/{windowId}/call-next': withReply(
    read(
      'queue',
      'callNext',
      'Call the next ticket for the window (叫号): transfers to it, then checked-in appointments, then walk-ins',
      q.ticketReply,
    ),
    { noContent: "Nobody waits for this window's items" },
  ),
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
} as const satisfies Record<string, RouteSpec>;
