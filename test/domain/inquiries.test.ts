/** The consultation log (首问负责, 文字咨询): recording, whose list an inquiry is on, and the counts. */
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/domain/errors';
import { inquiryCounts, listWindowOf, recordInquiry, type Inquiry, type InquiryInput } from '../../shared/domain/inquiries';

const AT = new Date('2025-10-09T23:59:59+08:00');
let seq = 0;
const input = (overrides: Partial<InquiryInput>): InquiryInput => ({
  inquiryId: `i${(seq += 1)}`,
  hallId: 'h1',
  windowId: 'w1',
  by: 's-a',
  topic: '个体户登记要带什么',
  ...overrides,
});

describe('recordInquiry', () => {
  it('records an answer on the local day it was given', () => {
    expect(recordInquiry(input({ inquiryId: 'i-1', itemId: 'record', answer: '带身份证和申请书' }), AT)).toEqual({
      inquiryId: 'i-1',
      hallId: 'h1',
      day: '2025-10-09',
      at: '2025-10-09T23:59:59.000+08:00',
      windowId: 'w1',
      by: 's-a',
      topic: '个体户登记要带什么',
      itemId: 'record',
      answer: '带身份证和申请书',
    });
  });

  it.each([
    { what: 'neither answered nor referred', overrides: {}, field: 'answer' },
    { what: 'both answered and referred', overrides: { answer: '去二号窗口', referral: { windowId: 'w2' } }, field: 'answer' },
    { what: 'referred to its own window', overrides: { referral: { windowId: 'w1' } }, field: 'referral.windowId' },
  ])('refuses an inquiry $what (400, naming the field)', ({ overrides, field }) => {
    let error: unknown;
    try {
      recordInquiry(input(overrides), AT);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ kind: 'invalid', code: 'VALIDATION_FAILED' });
    expect((error as DomainError).details.map((d) => d.field)).toContain(field);
  });
});

describe('listWindowOf', () => {
  it.each([
    { what: 'answered at w1', i: { windowId: 'w1' }, list: 'w1' },
    { what: 'referred from w1 to w2', i: { windowId: 'w1', referral: { windowId: 'w2' } }, list: 'w2' },
    { what: 'referred from w1 to a department', i: { windowId: 'w1', referral: { departmentId: 'housing' } }, list: undefined },
  ])('$what → $list', ({ i, list }) => {
    expect(listWindowOf(i)).toBe(list);
  });
});

describe('inquiryCounts (a day counted by hand)', () => {
  const day: Inquiry[] = [
    recordInquiry(input({ windowId: 'w1', answer: '可以' }), AT),
    recordInquiry(input({ windowId: 'w1', answer: '不可以' }), AT),
    recordInquiry(input({ windowId: 'w1', referral: { windowId: 'w2' } }), AT),
    recordInquiry(input({ windowId: 'w1', referral: { departmentId: 'housing' } }), AT),
    recordInquiry(input({ windowId: 'w3', referral: { windowId: 'w2' } }), AT),
    recordInquiry(input({ windowId: 'w2', answer: '请稍等' }), AT),
  ];

  it('w1 recorded 4 (2 answered, 2 referred); w2 recorded 1 and received 2; w3 referred its one', () => {
    expect(inquiryCounts(day)).toEqual([
      { windowId: 'w1', recorded: 4, answered: 2, referred: 2, referralsReceived: 0 },
      { windowId: 'w2', recorded: 1, answered: 1, referred: 0, referralsReceived: 2 },
      { windowId: 'w3', recorded: 1, answered: 0, referred: 1, referralsReceived: 0 },
    ]);
  });

  it('nothing recorded, nothing counted', () => {
    expect(inquiryCounts([])).toEqual([]);
  });
});
