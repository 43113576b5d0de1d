/**
 * Finding a case at the desk and the staff's own work lists, over HTTP (docs/API.md
 * "Statistics and search"): exact search by ID number, phone, applicant name and receipt code
 * through a keyed blind index that never holds the clear value; `?recipient=me` on cases,
 * complaints and reminders.
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpHall, type HallFixture } from '#local/harness/hall';
import { startHarness, type Harness } from '#local/harness/runtime';

const ID_NUMBER = '32082619900101123X';
const PHONE = '13912345678';
let t: Harness;
let hall: HallFixture;
let found: { caseId: string; publicCode: string };
let bPost: string;

beforeAll(async () => {
  t = await startHarness({ clock: '2025-10-13T09:00:00+08:00' });
  hall = await setUpHall(t);
  const admin = hall.tokens.admin;
  const setUp = [
    t.call('PUT /v1/halls/{hallId}/items/{itemId}', {
      params: { hallId: 'h1', itemId: 'permit' },
      token: admin,
      body: {
        name: '施工许可',
        kind: 'service',
        departmentId: 'housing',
        windowIds: ['w2'],
        legalLimitDays: 10,
        promisedLimitDays: 3,
        materials: [{ id: 'application', name: '申请书' }],
      },
    }),
    // w1's second B post, who is also the B post of w2.
    t.call('PUT /v1/halls/{hallId}/staff/{staffId}', {
      params: { hallId: 'h1', staffId: 's-x' },
      token: admin,
      body: { name: '孙七', windowId: 'w1', post: 'B', bPostOf: ['w2'], roles: ['window-staff'] },
    }),
  ];
  for (const reply of await Promise.all(setUp)) expect(reply.status, reply.text).toBe(200);
  bPost = await t.token({ sub: 's-x', roles: ['window-staff'], hallId: 'h1' });

  const created = await t.call('POST /v1/halls/{hallId}/cases', {
    params: { hallId: 'h1' },
    token: hall.tokens.staffA,
    // Typed at the desk with a lower-case x and spaces in the phone.
    body: {
      itemId: 'record',
      windowId: 'w1',
      applicant: { name: '王小明', idNumber: '32082619900101123x', phone: '139 1234 5678' },
      submittedMaterials: ['application'],
    },
  });
  expect(created.status).toBe(201);
  found = created.body;
  const atW2 = await t.call('POST /v1/halls/{hallId}/cases', {
    params: { hallId: 'h1' },
    token: hall.tokens.staffW2,
    body: { itemId: 'permit', windowId: 'w2', applicant: { name: '李大伟' }, submittedMaterials: ['application'] },
  });
  expect(atW2.status).toBe(201);
});
afterAll(() => t.stop());

const search = (query: Record<string, string>, token = hall.tokens.staffA) =>
  t.call('GET /v1/halls/{hallId}/cases', { params: { hallId: 'h1' }, query, token });

describe('case search: exact, within the hall, personal data as in the case view', () => {
  it.each([
    ['idNumber', ID_NUMBER],
    ['phone', '+86 139-1234-5678'],
    ['applicantName', ' 王小明'],
    ['publicCode', 'receipt'],
  ])('finds the case by %s', async (key, value) => {
    const reply = await search({ [key]: value === 'receipt' ? found.publicCode.toLowerCase() : value });
    expect(reply.status, reply.text).toBe(200);
    expect(reply.body.items.map((c) => c.caseId)).toEqual([found.caseId]);
    // The window's own staff see the ID number and phone, as in the case view.
    expect(reply.body.items[0]?.applicant).toEqual({ name: '王小明', idNumber: '32082619900101123x', phone: '139 1234 5678' });
  });

  it('finds nothing for another value, and shows another window’s staff the name only', async () => {
    expect((await search({ idNumber: '320826199001011234' })).body.items).toEqual([]);
    expect((await search({ applicantName: '王小' })).body.items).toEqual([]);
    const elsewhere = await search({ phone: PHONE }, hall.tokens.staffW2);
    expect(elsewhere.body.items.map((c) => c.applicant)).toEqual([{ name: '王小明' }]);
    expect(JSON.stringify(elsewhere.body)).not.toContain(found.publicCode);
  });

  it('is for staff of the hall, one key at a time, not mixed with a list or a work list', async () => {
    expect((await search({ idNumber: ID_NUMBER }, hall.tokens.otherHallAdmin)).status).toBe(403);
    const two = await search({ idNumber: ID_NUMBER, phone: PHONE });
    expect([two.status, two.error?.details.map((d) => d.field)]).toEqual([400, ['query.phone']]);
    const mixed = await search({ idNumber: ID_NUMBER, windowId: 'w1' });
    expect([mixed.status, mixed.error?.details.map((d) => d.field)]).toEqual([400, ['query.idNumber']]);
    expect((await search({ idNumber: '1234' })).status).toBe(400);
  });

  it('keeps a blind index: no stored item holds the clear ID number or phone', async () => {
    const { Items = [] } = await t.runtime.deps.db.send(new ScanCommand({ TableName: t.runtime.deps.tableName }));
    const index = Items.filter((i) => i.entity === 'case-search-key' && i.caseId === found.caseId);
    expect(index.map((i) => String(i.key)).sort()).toEqual(['applicant-name', 'id-number', 'phone', 'public-code']);
    const stored = JSON.stringify(Items);
    for (const clear of ['320826199001011234', '32082619900101123', '13912345678', '1391234', '139 1234 5678']) {
      expect(stored).not.toContain(clear);
    }
  });
});

describe('work lists: ?recipient=me', () => {
  it('lists the open cases at the windows the caller works, the most urgent first', async () => {
    const mine = async (token: string) =>
      (await t.call('GET /v1/halls/{hallId}/cases', { params: { hallId: 'h1' }, query: { recipient: 'me' }, token })).body.items.map(
        (c) => [c.windowId, c.dueDate],
      );
    expect(await mine(hall.tokens.staffA)).toEqual([['w1', '2025-10-14']]);
    expect(await mine(hall.tokens.staffW2)).toEqual([['w2', '2025-10-16']]);
    expect(await mine(bPost)).toEqual([
      ['w1', '2025-10-14'],
      ['w2', '2025-10-16'],
    ]);
    expect(await mine(hall.tokens.supervisor)).toEqual([]); // no window
  });

  it('lists the reminders addressed to the caller', async () => {
    // On 10-14 the w1 case is due that day and the w2 case in two working days.
    await t.runtime.invoke('deadline-reminders', { hallId: 'h1', asOf: '2025-10-14' });
    const reminders = async (token: string, query: Record<string, string> = {}) =>
      (
        await t.call('GET /v1/halls/{hallId}/reminders', { params: { hallId: 'h1' }, query: { date: '2025-10-14', ...query }, token })
      ).body.map((r) => r.recipient);
    expect((await reminders(hall.tokens.staffA)).sort()).toEqual(['s-a', 's-w2']);
    expect(await reminders(hall.tokens.staffA, { recipient: 'me' })).toEqual(['s-a']);
    expect(await reminders(hall.tokens.staffW2, { recipient: 'me' })).toEqual(['s-w2']);
  });

  it('lists the complaints assigned to the caller, and for a supervisor those waiting for a review', async () => {
    const file = async (body: object) => {
      const reply = await t.call('POST /v1/public/halls/{hallId}/complaints', {
        params: { hallId: 'h1' },
        body: { category: '服务态度', description: '态度生硬', ...body },
      });
      expect(reply.status).toBe(202);
      return reply.body.complaintId;
    };
    const [atW1, toReview, unroutable] = [await file({ windowId: 'w1' }), await file({ windowId: 'w1' }), await file({})];
    await t.runtime.settle();
    const proposed = await t.call('POST /v1/halls/{hallId}/complaints/{complaintId}/resolution', {
      params: { hallId: 'h1', complaintId: toReview },
      token: hall.tokens.staffA,
      body: { substantiated: false, resolution: '不属实' },
    });
    expect(proposed.body.status).toBe('under-review');

    const work = (token: string, query: Record<string, string> = {}) =>
      t.call('GET /v1/halls/{hallId}/complaints', { params: { hallId: 'h1' }, query: { recipient: 'me', ...query }, token });
    expect((await work(hall.tokens.staffA)).body.items.map((c) => c.complaintId)).toEqual([atW1]);
    // The supervisor's own (nothing routable went to them), then the review: one page at a time.
    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await work(hall.tokens.supervisor, { limit: '1', ...(cursor ? { cursor } : {}) });
      pages.push(page.body.items.map((c) => c.complaintId));
      cursor = page.body.nextCursor;
      if (cursor) expect(page.body.items).toHaveLength(1); // never an empty page with a cursor
    } while (cursor);
    expect(pages.flat()).toEqual([unroutable, toReview]);
    const forged = await work(hall.tokens.supervisor, { cursor: Buffer.from(JSON.stringify({ list: 7 })).toString('base64url') });
    expect([forged.status, forged.error?.code]).toEqual([400, 'INVALID_CURSOR']);
    const mixed = await work(hall.tokens.staffA, { status: 'assigned' });
    expect([mixed.status, mixed.error?.details.map((d) => d.field)]).toEqual([400, ['query.recipient']]);
  });
});
