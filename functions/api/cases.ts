/**
 * Cases (办件): intake, materials, second notices, refusal, withdrawal, extension, suspension,
 * referral, transfer, decisions, printed notices and the staff views.
 */
import { authorize, can, type Action, type Principal, type StaffStanding } from '#domain/access';
import {
  decide,
  extend,
  intake,
  isOverdue,
  receiveMaterials,
  refer,
  refuse,
  reprintReceipt,
  requestSupplement,
  requireNotice,
  resume,
  supplementDeadline,
  suspend,
  transfer,
  withdraw,
  type Applicant,
  type Case,
  type ItemTerms,
  type NoticeKind,
} from '#domain/cases';
import { isDomainError, notFound } from '#domain/errors';
import type { Item } from '#domain/hall-setup';
import type { SearchKey } from '#domain/search';
import { businessDate, monthOf } from '#domain/time';
import { caseRecords, type CaseListQuery } from '#adapters/case-records';
import type { CipherDeps, KeyedHashDeps, StoreDeps } from '#adapters/deps';
import { storeFromEnvironment } from '#adapters/environment';
import { cipherFromEnvironment } from '#adapters/field-cipher';
import { keyedHashFromEnvironment } from '#adapters/keyed-hash';
import { hallRecords } from '#adapters/hall-records';
import type { HallSetupView } from '#adapters/setup-cache';
import { newPublicCode, newSortableId } from '#adapters/ids';
import { createIdempotently } from '#adapters/idempotency';
import { idempotencyScopes } from '#adapters/table';
import { caseNotice } from '#services/case-notices';
import { searchDigest, searchKeysOf } from '#services/case-search';
import { PAGE_SECURITY_HEADERS } from '#services/ranking-board';
import { casesRoutes } from '#api/routes/cases';
import { apiHandler, Reply } from '#lambda/api';

type Deps = StoreDeps & CipherDeps & KeyedHashDeps;
type CaseAction = Exclude<Action, 'administer-agency'>;
type CaseParams = { hallId: string; caseId: string };

const itemTerms = (item: Item): ItemTerms => ({
  itemId: item.itemId,
  name: item.name,
  kind: item.kind,
  windowIds: item.windowIds,
  promisedLimitDays: item.promisedLimitDays,
  materials: item.materials,
});

async function loadItem(setup: HallSetupView, itemId: string): Promise<Item> {
  const item = await setup.item(itemId);
  if (!item) throw notFound('ITEM_NOT_FOUND', 'Item not found');
  return item;
}

async function loadCase(d: Deps, hallId: string, caseId: string): Promise<Case> {
  const found = await caseRecords.getInHall(d, hallId, caseId);
  if (!found) throw notFound('CASE_NOT_FOUND', 'Case not found');
  return found;
}

const cipherContext = (c: Pick<Case, 'hallId' | 'caseId'>) => ({ hallId: c.hallId, caseId: c.caseId });

async function protectApplicant(
  d: Deps,
  ids: { hallId: string; caseId: string },
  a: { name: string; idNumber?: string; phone?: string },
): Promise<Applicant> {
  const context = cipherContext(ids);
  const [idNumberCipher, phoneCipher] = await Promise.all([
    a.idNumber ? d.cipher.encrypt(a.idNumber, context) : undefined,
    a.phone ? d.cipher.encrypt(a.phone, context) : undefined,
  ]);
  return { name: a.name, ...(idNumberCipher ? { idNumberCipher } : {}), ...(phoneCipher ? { phoneCipher } : {}) };
}

/** The item's material names by id (an id the item no longer lists stands for itself). */
function materialNames(item: Item | undefined): (id: string) => string {
  const names = new Map(item?.materials.map((m) => [m.id, m.name]));
  return (id) => names.get(id) ?? id;
}

/**
 * The staff view: the reply of docs/API.md. ID number and phone are decrypted only for those
 * handling the case (`reveal`: its window's staff and hall admins); the receipt code is the
 * applicant's and never in it (the intake reply adds it once).
 */
async function staffView(d: Deps, c: Case, now: Date, item?: Item, reveal = true, clear: { idNumber?: string; phone?: string } = {}) {
  const {
    applicant,
    publicCode: _code,
    searchKeys: _keys,
    pausedWorkingDaysLeft: _paused,
    promisedLimitDays: _limit,
    itemKind: _kind,
    ...rest
  } = c;
  const context = cipherContext(c);
  const name = materialNames(item);
  const [idNumber, phone] = await Promise.all([
    reveal && applicant.idNumberCipher ? (clear.idNumber ?? d.cipher.decrypt(applicant.idNumberCipher, context)) : undefined,
    reveal && applicant.phoneCipher ? (clear.phone ?? d.cipher.decrypt(applicant.phoneCipher, context)) : undefined,
  ]);
  return {
    ...rest,
    overdue: isOverdue(c, now),
    ...(item && c.missingMaterials.length
      ? { oneTimeNotice: { materials: c.missingMaterials.map((id) => ({ id, name: name(id) })) } }
      : {}),
    applicant: {
      name: applicant.name,
      ...(idNumber !== undefined ? { idNumber } : {}),
      ...(phone !== undefined ? { phone } : {}),
    },
  };
}

/** What authorization looks at in a case: its hall, the window it is at now, its item's kind. */
const caseSubject = (c: Case) => ({ hallId: c.hallId, windowId: c.windowId, itemKind: c.itemKind });

/** What a request about one case brings: who asks, with which standing in the hall, about which case. */
interface CaseRequest {
  deps: Deps;
  principal: Principal;
  standing: StaffStanding | undefined;
  params: CaseParams;
  setup: HallSetupView;
  now: Date;
}

/** The case, once the caller may do `action` on it. */
async function caseFor({ deps, principal, standing, params }: CaseRequest, action: CaseAction): Promise<Case> {
  authorize(principal, 'read-hall', params);
  const current = await loadCase(deps, params.hallId, params.caseId);
  authorize(principal, action, caseSubject(current), standing);
  return current;
}

/** A transition: load, authorize, decide (the domain), save unless someone changed it meanwhile, reply. */
async function changeCase(request: CaseRequest, action: CaseAction, change: (c: Case) => Case | Promise<Case>) {
  const { deps, setup, now } = request;
  const current = await caseFor(request, action);
  const saved = await caseRecords.update(deps, current, await change(current));
  return staffView(deps, saved, now, await setup.item(saved.itemId));
}

/** The item's terms as the lifecycle needs them, and the hall's calendar. */
async function termsAndCalendar(setup: HallSetupView, c: Case) {
  const [item, cal] = await Promise.all([loadItem(setup, c.itemId), setup.calendar()]);
  return { item: itemTerms(item), cal };
}

/** A printed notice, with the facts it needs read for this case. */
async function noticePage(d: Deps, setup: HallSetupView, c: Case, kind: NoticeKind, now: Date): Promise<string> {
  const [hall, window, item] = await Promise.all([
    hallRecords.getHall(d, c.hallId),
    hallRecords.getWindow(d, c.hallId, c.windowId),
    setup.item(c.itemId),
  ]);
  let supplementBy: string | undefined;
  if (kind === 'one-time-notice') {
    const [cal, rules] = await Promise.all([setup.calendar(), setup.rulesInForce(monthOf(businessDate(now)))]);
    supplementBy = supplementDeadline(c, cal, rules.supplementLimitDays)?.date;
  }
  return caseNotice({
    kind,
    hallName: hall?.name ?? c.hallId,
    windowName: window?.name ?? c.windowId,
    case: c,
    materialName: materialNames(item),
    ...(supplementBy ? { supplementBy } : {}),
    ...(kind === 'acceptance' ? { receiptCode: c.publicCode } : {}),
  });
}

/** Lists carry no personal data beyond the applicant's name. */
function listView(c: Case, now: Date) {
  const {
    applicant,
    publicCode: _code,
    searchKeys: _keys,
    history: _history,
    pausedWorkingDaysLeft: _paused,
    promisedLimitDays: _limit,
    itemKind: _kind,
    ...rest
  } = c;
  return { ...rest, overdue: isOverdue(c, now), applicant: { name: applicant.name } };
}

/**
 * Picks the index that serves the query; the status then filters within it. A window's list
 * and a list without status are per month (the current month by default).
 */
function listQuery(
  q: { windowId?: string; status?: string; month?: string },
  now: Date,
): { query: CaseListQuery; where: Record<string, string> } {
  const where: Record<string, string> = q.status ? { status: q.status } : {};
  const month = q.month ?? monthOf(businessDate(now));
  if (q.windowId) return { query: { by: 'window-month', windowId: q.windowId, month }, where };
  if (q.status && !q.month) return { query: { by: 'status', status: q.status }, where: {} };
  return { query: { by: 'received-month', month }, where };
}

/** The one search key a list query names, if any (the query schema allows one at a time). */
function searchOf(q: { idNumber?: string; phone?: string; applicantName?: string; publicCode?: string }): [SearchKey, string] | undefined {
  const given: [SearchKey, string | undefined][] = [
    ['id-number', q.idNumber],
    ['phone', q.phone],
    ['applicant-name', q.applicantName],
    ['public-code', q.publicCode],
  ];
  return given.find((g): g is [SearchKey, string] => g[1] !== undefined);
}

/** The windows whose cases a staff member works: their own, and those they are the B post of. */
const windowsWorkedBy = (standing: StaffStanding | undefined) => [
  ...(standing?.windowId ? [standing.windowId] : []),
  ...(standing?.bPostOf ?? []),
];

async function listPage(
  d: Deps,
  hallId: string,
  q: { windowId?: string; status?: string; month?: string },
  now: Date,
  paging: { limit: number; cursor?: string },
) {
  const { query: list, where } = listQuery(q, now);
  return caseRecords.page(d, hallId, list, { ...paging, where });
}

export const handler = apiHandler(
  'cases',
  casesRoutes,
  {
    async 'POST /v1/halls/{hallId}/cases'({ principal, standing, params, body, headers, setup, audited, deps, now }) {
      const { hallId } = params;
      authorize(principal, 'work-at-window', { hallId, windowId: body.windowId }, standing);
      if (body.receivedAt) authorize(principal, 'backfill-case', { hallId });
      const [item, cal] = await Promise.all([loadItem(setup, body.itemId), setup.calendar()]);
      let created: Case | undefined;
      const { id, replayed } = await createIdempotently(
        deps,
        { scope: idempotencyScopes.caseIntake(hallId, principal.id), key: headers['idempotency-key'], body },
        newSortableId,
        async (caseId) => {
          const publicCode = newPublicCode();
          const [applicant, searchKeys] = await Promise.all([
            protectApplicant(deps, { hallId, caseId }, body.applicant),
            searchKeysOf(deps, { ...body.applicant, publicCode }),
          ]);
          const intaken = intake(
            {
              caseId,
              publicCode,
              hallId,
              windowId: body.windowId,
              item: itemTerms(item),
              applicant,
              searchKeys,
              submittedMaterials: body.submittedMaterials,
              receivedAt: body.receivedAt ? new Date(body.receivedAt) : now,
              by: principal.id,
            },
            now,
            cal,
          );
          // Already there: created by an earlier attempt with the same key that died before completing.
          created = await audited(() => caseRecords.create(deps, intaken)).catch((err: unknown) => {
            if (!isDomainError(err, 'CASE_EXISTS')) throw err;
            return undefined;
          });
        },
      );
      const saved = created ?? (await loadCase(deps, hallId, id));
      // The ID number and phone as the request gave them (a replay's body is the same): never
      // decrypted just to be echoed.
      const reply = await staffView(deps, saved, now, item, true, body.applicant);
      // The one time staff see the receipt code: to print it for the applicant.
      return new Reply(201, { ...reply, publicCode: saved.publicCode }, replayed ? { 'idempotent-replayed': 'true' } : {});
    },

    async 'POST /v1/halls/{hallId}/cases/{caseId}/materials'(request) {
      const { principal, body, setup, now } = request;
      return changeCase(request, 'work-at-window', async (c) => {
        const { item, cal } = await termsAndCalendar(setup, c);
        return receiveMaterials(c, item, body.materials, principal.id, now, cal);
      });
    },

    async 'POST /v1/halls/{hallId}/cases/{caseId}/supplement-requests'(request) {
      const { principal, body, setup, now } = request;
      return changeCase(request, 'work-at-window', async (c) => {
        const { item, cal } = await termsAndCalendar(setup, c);
        return requestSupplement(c, item, body.materials, body.reason, principal.id, now, cal);
      });
    },

    async 'POST /v1/halls/{hallId}/cases/{caseId}/decision'(request) {
      const { principal, body, now } = request;
      return changeCase(request, 'decide-case', (c) => decide(c, body, principal.id, now));
    },

    async 'POST /v1/halls/{hallId}/cases/{caseId}/refusal'(request) {
      const { principal, body, now } = request;
      return changeCase(request, 'work-at-window', (c) => refuse(c, body, principal.id, now));
    },

    async 'POST /v1/halls/{hallId}/cases/{caseId}/withdrawal'(request) {
      const { principal, body, now } = request;
      return changeCase(request, 'work-at-window', (c) => withdraw(c, body.reason, principal.id, now));
    },

    async 'POST /v1/halls/{hallId}/cases/{caseId}/extension'(request) {
      const { principal, body, setup, now } = request;
      return changeCase(request, 'extend-case', async (c) => extend(c, body, principal.id, now, await setup.calendar()));
    },

    async 'POST /v1/halls/{hallId}/cases/{caseId}/suspension'(request) {
      const { principal, body, setup, now } = request;
      return changeCase(request, 'work-at-window', async (c) => suspend(c, body.reason, principal.id, now, await setup.calendar()));
    },

    async 'POST /v1/halls/{hallId}/cases/{caseId}/resumption'(request) {
      const { principal, setup, now } = request;
      return changeCase(request, 'work-at-window', async (c) => resume(c, principal.id, now, await setup.calendar()));
    },

    async 'POST /v1/halls/{hallId}/cases/{caseId}/referral'(request) {
      const { principal, body, now } = request;
      return changeCase(request, 'refer-case', (c) => refer(c, body, principal.id, now));
    },

    async 'POST /v1/halls/{hallId}/cases/{caseId}/transfer'(request) {
      const { principal, body, setup, now } = request;
      return changeCase(request, 'work-at-window', async (c) =>
        transfer(c, itemTerms(await loadItem(setup, c.itemId)), body, principal.id, now),
      );
    },

    async 'GET /v1/halls/{hallId}/cases/{caseId}/notices/{kind}'(request) {
      const { principal, params, deps, now } = request;
      const current = await caseFor(request, 'work-at-window');
      requireNotice(current, params.kind);
      // The acceptance notice carries the receipt code: printing it is a reprint, recorded as one.
      if (params.kind === 'acceptance') await caseRecords.update(deps, current, reprintReceipt(current, principal.id, now, 'acceptance'));
      const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...PAGE_SECURITY_HEADERS };
      return new Reply(200, undefined, headers, await noticePage(deps, request.setup, current, params.kind, now));
    },

    async 'POST /v1/halls/{hallId}/cases/{caseId}/receipt'(request) {
      const { principal, deps, now } = request;
      const current = await caseFor(request, 'work-at-window');
      const saved = await caseRecords.update(deps, current, reprintReceipt(current, principal.id, now));
      return { caseId: saved.caseId, publicCode: saved.publicCode, reprintedAt: saved.history.at(-1)?.at ?? '' };
    },

    async 'GET /v1/halls/{hallId}/cases/{caseId}'({ principal, standing, params, setup, deps, now }) {
      authorize(principal, 'read-hall', params);
      const found = await loadCase(deps, params.hallId, params.caseId);
      const item = await setup.item(found.itemId);
      return staffView(deps, found, now, item, can(principal, 'read-personal-data', caseSubject(found), standing));
    },

    async 'GET /v1/halls/{hallId}/cases'({ principal, standing, params, query, deps, now }) {
      authorize(principal, 'read-hall', params);
      const paging = { limit: query.limit, ...(query.cursor ? { cursor: query.cursor } : {}) };
      const search = searchOf(query);
      if (search) {
        // Found by what the applicant tells the desk: personal data shown as in the case's own view.
        const [key, value] = search;
        const page = await caseRecords.search(deps, params.hallId, key, await searchDigest(deps, key, value), paging);
        const items = await Promise.all(
          page.items.map(async (c) => {
            const { history: _history, ...view } = await staffView(
              deps,
              c,
              now,
              undefined,
              can(principal, 'read-personal-data', caseSubject(c), standing),
            );
            return view;
          }),
        );
        return { items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
      }
      const page = query.recipient
        ? await caseRecords.openAtWindows(deps, params.hallId, windowsWorkedBy(standing), paging)
        : await listPage(deps, params.hallId, query, now, paging);
      return { items: page.items.map((c) => listView(c, now)), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
    },
  },
  () => ({ ...storeFromEnvironment(), cipher: cipherFromEnvironment(), keyedHash: keyedHashFromEnvironment() }),
);
