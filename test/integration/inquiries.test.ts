/**
 * The consultation log (首问负责, 文字咨询) over HTTP: staff record what they were asked and either
 * the answer or where they sent the visitor; a referral reaches the other window's list; the
 * counts per window are kept with the day's statistics and read per month by the adapter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inquiryRecords } from '#adapters/inquiry-records';
import { settableClock } from '#local/clock';
import { setUpHall, type HallFixture } from '#local/harness/hall';
import { startHarness, type Harness } from '#local/harness/runtime';

const clock = settableClock('2025-10-21T09:00:00+08:00');
let t: Harness;
let hall: HallFixture;

beforeAll(async () => {
  t = await startHarness({ clock });
  hall = await setUpHall(t);
});
afterAll(() => t.stop());

const record = (body: object, token = hall.tokens.staffA) =>
  t.call('POST /v1/halls/{hallId}/inquiries', { params: { hallId: 'h1' }, token, body });
const list = (query: { date?: string; windowId?: string } = {}) =>
  t.call('GET /v1/halls/{hallId}/inquiries', { params: { hallId: 'h1' }, token: hall.tokens.supervisor, query });
const topics = async (query: { date?: string; windowId?: string } = {}) => (await list(query)).body.items.map((i) => i.topic);

describe('the consultation log', () => {
  it('records answers and referrals; a referral is on the list of the window it was sent to', async () => {
    const answered = await record({ windowId: 'w1', topic: '个体户登记要带什么', itemId: 'record', answer: '身份证和申请书' });
    expect(answered.status, answered.text).toBe(201);
    expect(answered.body).toMatchObject({
      hallId: 'h1',
      day: '2025-10-21',
      windowId: 'w1',
      by: 's-a',
      itemId: 'record',
      answer: '身份证和申请书',
    });
    expect((await record({ windowId: 'w1', topic: '施工许可怎么办', referral: { windowId: 'w2' } })).status).toBe(201);
    expect((await record({ windowId: 'w1', topic: '公积金提取', referral: { departmentId: 'housing' } })).status).toBe(201);
    expect((await record({ windowId: 'w2', topic: '竣工验收', answer: '下周再来' }, hall.tokens.staffW2)).status).toBe(201);

    expect(await topics({ windowId: 'w2' })).toEqual(['施工许可怎么办', '竣工验收']);
    expect(await topics({ windowId: 'w1' })).toEqual(['个体户登记要带什么']);
    expect(await topics()).toEqual(['个体户登记要带什么', '施工许可怎么办', '公积金提取', '竣工验收']);
    expect(await topics({ date: '2025-10-22' })).toEqual([]);
  });

  it('bad input is a clear 4xx and stores nothing', async () => {
    const refused = [
      await record({ windowId: 'w1', topic: '既答又转', answer: '好', referral: { windowId: 'w2' } }),
      await record({ windowId: 'w1', topic: '没有答复' }),
      await record({ windowId: 'w1', topic: '转给自己', referral: { windowId: 'w1' } }),
      await record({ windowId: 'w1', topic: '转到不存在的窗口', referral: { windowId: 'w9' } }),
      await record({ windowId: 'w1', topic: '不存在的事项', itemId: 'passport', answer: '没有' }),
      await record({ windowId: 'w1', topic: '转给两个', referral: { windowId: 'w2', departmentId: 'housing' } }),
      await record({ windowId: 'w1', topic: '\u202E反向文字', answer: '好' }),
      await record({ windowId: 'w1', topic: '别的窗口的人', answer: '好' }, hall.tokens.staffW2),
    ];
    expect(refused.map((r) => [r.status, r.error?.code])).toEqual([
      [400, 'VALIDATION_FAILED'],
      [400, 'VALIDATION_FAILED'],
      [400, 'VALIDATION_FAILED'],
      [422, 'UNKNOWN_REFERENCE'],
      [422, 'UNKNOWN_REFERENCE'],
      [400, 'VALIDATION_FAILED'],
      [400, 'VALIDATION_FAILED'],
      [403, 'FORBIDDEN'],
    ]);
    expect(await topics()).toHaveLength(4);
  });

  it('counts per window go with the day statistics, and per month from the adapter', async () => {
    const counts = [
      { windowId: 'w1', recorded: 3, answered: 1, referred: 2, referralsReceived: 0 },
      { windowId: 'w2', recorded: 1, answered: 1, referred: 0, referralsReceived: 1 },
    ];
    const today = await t.call('GET /v1/halls/{hallId}/queue-statistics/{date}', {
      params: { hallId: 'h1', date: '2025-10-21' },
      token: hall.tokens.staffA,
    });
    expect(today.body).toMatchObject({ final: false, inquiries: counts });
    clock.set('2025-10-22T09:00:00+08:00');
    await record({ windowId: 'w2', topic: '第二天', answer: '好' }, hall.tokens.staffW2);
    expect(await inquiryRecords.countsByWindow(t.runtime.deps, 'h1', { month: '2025-10' })).toEqual([
      counts[0],
      { ...counts[1], recorded: 2, answered: 2 },
    ]);
    expect(await inquiryRecords.countsByWindow(t.runtime.deps, 'h1', { day: '2025-10-21' })).toEqual(counts);
  });
});
