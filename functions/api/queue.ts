/**
 * The walk-in queue (排队叫号), the windows' rating devices (评价器) and the consultation log
 * (首问负责): the kiosk and the public screen (no login, abuse limits per address), calling and
 * working tickets at the windows, device ratings, inquiries, and the day statistics.
 */
import { authorize, type Principal, type StaffStanding } from '#domain/access';
import type { RatingLevel } from '#domain/complaints';
import { businessDate } from '#domain/time';
import type { Ticket } from '#domain/queue';
import type { StoreDeps } from '#adapters/deps';
import { storeFromEnvironment } from '#adapters/environment';
import { inquiryRecords } from '#adapters/inquiry-records';
import { keyedHashFromEnvironment } from '#adapters/keyed-hash';
import { limitAnonymous } from '#services/abuse-limits';
import { logInquiry } from '#services/inquiries';
import {
  callNext,
  dayReport,
  holdingWindow,
  issueTicket,
  loadTicket,
  queueScreen,
  setTicketGroups,
  ticketGroups,
  workOnTicket,
  type TicketWork,
} from '#services/queue';
import { rateAtDevice, ratingView } from '#services/ratings';
import { queueRoutes } from '#api/routes/queue';
import { apiHandler, Reply } from '#lambda/api';

interface OnTicket {
  deps: StoreDeps;
  principal: Principal;
  standing: StaffStanding | undefined;
  params: { hallId: string; ticketId: string };
  now: Date;
}

/** A ticket's work, by the staff of the window holding it (or a hall admin). */
async function work({ deps, principal, standing, params, now }: OnTicket, what: TicketWork): Promise<Ticket> {
  authorize(principal, 'read-hall', params);
  const ticket = await loadTicket(deps, params.hallId, params.ticketId);
  const holder = holdingWindow(ticket);
  // A ticket nobody holds: the domain refuses it, naming its status.
  if (holder !== undefined) authorize(principal, 'work-at-window', { hallId: params.hallId, windowId: holder }, standing);
  return workOnTicket(deps, ticket, what, principal.id, now);
}

export const handler = apiHandler(
  'queue',
  queueRoutes,
  {
    async 'PUT /v1/halls/{hallId}/ticket-groups'({ principal, params, body, deps, now }) {
      authorize(principal, 'administer-hall', params);
      return setTicketGroups(deps, params.hallId, body.groups, principal.id, now);
    },

    async 'GET /v1/halls/{hallId}/ticket-groups'({ principal, params, deps }) {
      authorize(principal, 'read-hall', params);
      return ticketGroups(deps, params.hallId);
    },

    async 'POST /v1/public/halls/{hallId}/tickets'({ params, body, sourceIp, deps, now }) {
      await limitAnonymous(deps, 'tickets', { hallId: params.hallId, sourceIp }, now);
      const { ticket, waitingAhead } = await issueTicket(
        deps,
        { hallId: params.hallId, itemId: body.itemId, by: 'kiosk', lane: 'normal' },
        now,
      );
      const { ticketId, number, itemId, group, issuedAt } = ticket;
      return new Reply(201, { ticketId, number, itemId, group, issuedAt, waitingAhead, status: 'waiting' });
    },

    async 'GET /v1/public/halls/{hallId}/queue'({ params, sourceIp, deps, now }) {
      await limitAnonymous(deps, 'queue-views', { hallId: params.hallId, sourceIp }, now);
      return new Reply(200, await queueScreen(deps, params.hallId, now), { 'cache-control': 'public, max-age=5' });
    },

    async 'POST /v1/halls/{hallId}/windows/{windowId}/call-next'({ principal, standing, params, deps, now }) {
      authorize(principal, 'work-at-window', params, standing);
      const called = await callNext(deps, params.hallId, params.windowId, principal.id, now);
      return called ?? new Reply(204, undefined);
    },

    async 'GET /v1/halls/{hallId}/tickets/{ticketId}'({ principal, params, deps }) {
      authorize(principal, 'read-hall', params);
      return loadTicket(deps, params.hallId, params.ticketId);
    },

    'POST /v1/halls/{hallId}/tickets/{ticketId}/recall': (request) => work(request, { action: 'recall' }),
    'POST /v1/halls/{hallId}/tickets/{ticketId}/skip': (request) => work(request, { action: 'skip' }),
    'POST /v1/halls/{hallId}/tickets/{ticketId}/serve': (request) => work(request, { action: 'serve', caseId: request.body?.caseId }),
    'POST /v1/halls/{hallId}/tickets/{ticketId}/transfer': (request) =>
      work(request, { action: 'transfer', windowId: request.body.windowId }),

    async 'POST /v1/halls/{hallId}/windows/{windowId}/device-ratings'({ principal, params, body, headers, deps, now }) {
      authorize(principal, 'rate-at-window', params);
      const rating = await rateAtDevice(
        deps,
        { ...params, deviceId: principal.id, caseId: body.caseId, level: body.level as RatingLevel },
        { idempotencyKey: headers['idempotency-key'], body },
        now,
      );
      return new Reply(201, ratingView(rating));
    },

    async 'POST /v1/halls/{hallId}/inquiries'({ principal, standing, params, body, deps, now }) {
      authorize(principal, 'work-at-window', { hallId: params.hallId, windowId: body.windowId }, standing);
      return new Reply(201, await logInquiry(deps, { ...body, hallId: params.hallId, by: principal.id }, now));
    },

    async 'GET /v1/halls/{hallId}/inquiries'({ principal, params, query, deps, now }) {
      authorize(principal, 'read-hall', params);
      const day = query.date ?? businessDate(now);
      const list = query.windowId ? { by: 'window-day' as const, windowId: query.windowId, day } : { by: 'day' as const, day };
      return inquiryRecords.page(deps, params.hallId, list, { limit: query.limit, ...(query.cursor ? { cursor: query.cursor } : {}) });
    },

    async 'GET /v1/halls/{hallId}/queue-statistics/{date}'({ principal, params, deps, now }) {
      authorize(principal, 'read-hall', params);
      return dayReport(deps, params.hallId, params.date, now);
    },
  },
  () => ({ ...storeFromEnvironment(), keyedHash: keyedHashFromEnvironment() }),
);
