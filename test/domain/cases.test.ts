import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../shared/domain/calendar';
import {
  CASE_STATUSES,
  closeIfPastSupplementLimit,
  decide,
  extend,
  intake,
  isOverdue,
  NOTICE_KINDS,
  publicView,
  receiveMaterials,
  recomputeDueDate,
  refer,
  refuse,
  requestSupplement,
  requireNotice,
  resume,
  suspend,
  transfer,
  withdraw,
  type Case,
  type CaseStatus,
  type IntakeInput,
  type ItemTerms,
  type NoticeKind,
} from '../../shared/domain/cases';
import { DomainError, type ErrorKind } from '../../shared/domain/errors';
import { RECORD_BUDGET_BYTES } from '../../shared/domain/record-size';
import { nationalScheduleFromLists, packageSchedules } from '../../shared/domain/national-schedules';

const cal = buildCalendar({ packageYears: packageSchedules(), loadedYears: [], overrides: [] });

const ALL = ['application', 'id-card', 'floor-plan'];
const item: ItemTerms = {
  itemId: 'licence',
  name: '食品经营许可',
  kind: 'approval',
  windowIds: ['w1'],
  promisedLimitDays: 5,
  materials: [
    { id: 'application', name: '申请书' },
    { id: 'id-card', name: '身份证明' },
    { id: 'floor-plan', name: '经营场所平面图' },
  ],
};

const at = (iso: string) => new Date(iso);
const T0 = at('2025-09-26T09:00:00+08:00'); // Friday before the National Day week
const LATER = at('2025-09-26T10:00:00+08:00');
/** Long after any supplement limit of a case received at T0. */
const MUCH_LATER = at('2026-03-02T08:00:00+08:00');
const REMEDY = '可在60日内申请行政复议或6个月内提起行政诉讼';
/** The item as taken at two windows (for transfers). */
const atTwoWindows: ItemTerms = { ...item, windowIds: ['w1', 'w2'] };

function intakeInput(overrides: Partial<IntakeInput> = {}): IntakeInput {
  return {
    caseId: 'c1',
    publicCode: 'ABCDEFGHJK',
    hallId: 'h1',
    windowId: 'w1',
    item,
    applicant: { name: '张小三', idNumberCipher: 'aes:id', phoneCipher: 'aes:phone' },
    submittedMaterials: ALL,
    receivedAt: T0,
    by: 'staff-a',
    ...overrides,
  };
}

/** A case in `status`, reached through the lifecycle itself. */
function caseIn(status: CaseStatus): Case {
  switch (status) {
    case 'awaiting-materials':
      return intake(intakeInput({ submittedMaterials: ['application'] }), T0, cal);
    case 'accepted':
      return intake(intakeInput(), T0, cal);
    case 'approved':
      return decide(caseIn('accepted'), { outcome: 'approved' }, 'chief', T0);
    case 'rejected':
      return decide(caseIn('accepted'), { outcome: 'rejected', reason: '不符合条件', remedy: '60日内申请行政复议' }, 'chief', T0);
    case 'suspended':
      return suspend(caseIn('accepted'), '组织听证', 'staff-a', T0, cal);
    case 'referred':
      return refer(caseIn('accepted'), { opinion: '同意，报市局审批', authority: '市市场监管局' }, 'chief', T0);
    case 'not-accepted':
      return refuse(caseIn('awaiting-materials'), { reason: '不属于本中心受理范围', remedy: REMEDY }, 'staff-a', T0);
    case 'withdrawn':
      return withdraw(caseIn('accepted'), '申请人申请撤回', 'staff-a', T0);
    case 'closed-incomplete':
      return closeIfPastSupplementLimit(caseIn('awaiting-materials'), cal, 20, '2026-03-02', 'deadline-reminders', MUCH_LATER)!;
  }
}

function domainErrorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(DomainError);
    return err as DomainError;
  }
  throw new Error('expected the transition to be refused');
}

type Event =
  | 'receive some'
  | 'receive the rest'
  | 'receive unknown'
  | 'request supplement'
  | 'request unknown'
  | 'approve'
  | 'reject'
  | 'reject without reason'
  | 'reject without remedy'
  | 'refuse'
  | 'refuse without remedy'
  | 'withdraw'
  | 'extend by 5'
  | 'extend by 11'
  | 'extend twice'
  | 'suspend'
  | 'resume'
  | 'refer'
  | 'refer a service item'
  | 'transfer'
  | 'transfer to the same window'
  | 'transfer where the item is not taken'
  | 'close past the supplement limit';

const events: Record<Event, (c: Case) => Case> = {
  'receive some': (c) => receiveMaterials(c, item, ['id-card'], 'staff-b', LATER, cal),
  'receive the rest': (c) => receiveMaterials(c, item, ['id-card', 'floor-plan'], 'staff-b', LATER, cal),
  'receive unknown': (c) => receiveMaterials(c, item, ['passport'], 'staff-b', LATER, cal),
  'request supplement': (c) => requestSupplement(c, item, ['floor-plan'], '平面图不清晰', 'staff-b', LATER, cal),
  'request unknown': (c) => requestSupplement(c, item, ['passport'], '需要护照', 'staff-b', LATER, cal),
  approve: (c) => decide(c, { outcome: 'approved' }, 'chief', LATER),
  reject: (c) => decide(c, { outcome: 'rejected', reason: '材料不实', remedy: '60日内申请行政复议或6个月内提起诉讼' }, 'chief', LATER),
  'reject without reason': (c) => decide(c, { outcome: 'rejected', remedy: '60日内申请行政复议' }, 'chief', LATER),
  'reject without remedy': (c) => decide(c, { outcome: 'rejected', reason: '材料不实' }, 'chief', LATER),
  refuse: (c) => refuse(c, { reason: '不属于本中心受理范围', remedy: REMEDY }, 'staff-b', LATER),
  'refuse without remedy': (c) => refuse(c, { reason: '不属于本中心受理范围', remedy: '' }, 'staff-b', LATER),
  withdraw: (c) => withdraw(c, '申请人申请撤回', 'staff-b', LATER),
  'extend by 5': (c) => extend(c, { workingDays: 5, reason: '需现场核查' }, 'chief', LATER, cal),
  'extend by 11': (c) => extend(c, { workingDays: 11, reason: '需现场核查' }, 'chief', LATER, cal),
  'extend twice': (c) =>
    extend(
      extend(c, { workingDays: 5, reason: '需现场核查' }, 'chief', LATER, cal),
      { workingDays: 1, reason: '再延' },
      'chief',
      LATER,
      cal,
    ),
  suspend: (c) => suspend(c, '专家评审', 'staff-b', LATER, cal),
  resume: (c) => resume(c, 'staff-b', LATER, cal),
  refer: (c) => refer(c, { opinion: '同意，报市局审批', authority: '市市场监管局' }, 'chief', LATER),
  'refer a service item': (c) => refer({ ...c, itemKind: 'service' }, { opinion: '同意', authority: '市市场监管局' }, 'chief', LATER),
  transfer: (c) => transfer(c, atTwoWindows, { windowId: 'w2', reason: '属工程建设窗口办理' }, 'staff-b', LATER),
  'transfer to the same window': (c) => transfer(c, atTwoWindows, { windowId: 'w1', reason: '误转' }, 'staff-b', LATER),
  'transfer where the item is not taken': (c) => transfer(c, item, { windowId: 'w2', reason: '属工程建设窗口办理' }, 'staff-b', LATER),
  'close past the supplement limit': (c) => closeIfPastSupplementLimit(c, cal, 20, '2026-03-02', 'deadline-reminders', MUCH_LATER) ?? c,
};

type Outcome = { to: CaseStatus } | { refused: string; kind: ErrorKind };
const to = (status: CaseStatus): Outcome => ({ to: status });
const no = (code: string, kind: ErrorKind): Outcome => ({ refused: code, kind });
const CONCLUDED = no('CASE_CONCLUDED', 'conflict');
const NOT_ACCEPTED = no('CASE_NOT_ACCEPTED', 'conflict');
const NOT_AWAITING = no('NOT_AWAITING_MATERIALS', 'conflict');
const INVALID = no('VALIDATION_FAILED', 'invalid');
const everything = (outcome: Outcome) => Object.fromEntries(Object.keys(events).map((e) => [e, outcome])) as Record<Event, Outcome>;

/** The whole transition table: every event from every status. */
const table: Record<CaseStatus, Record<Event, Outcome>> = {
  'awaiting-materials': {
    'receive some': to('awaiting-materials'),
    'receive the rest': to('accepted'),
    'receive unknown': no('UNKNOWN_MATERIAL', 'refused'),
    'request supplement': to('awaiting-materials'),
    'request unknown': no('UNKNOWN_MATERIAL', 'refused'),
    approve: NOT_ACCEPTED,
    reject: NOT_ACCEPTED,
    'reject without reason': NOT_ACCEPTED,
    'reject without remedy': NOT_ACCEPTED,
    refuse: to('not-accepted'),
    'refuse without remedy': INVALID,
    withdraw: to('withdrawn'),
    'extend by 5': NOT_ACCEPTED,
    'extend by 11': NOT_ACCEPTED,
    'extend twice': NOT_ACCEPTED,
    suspend: NOT_ACCEPTED,
    resume: no('NOT_SUSPENDED', 'conflict'),
    refer: NOT_ACCEPTED,
    'refer a service item': NOT_ACCEPTED,
    transfer: to('awaiting-materials'),
    'transfer to the same window': no('ALREADY_AT_WINDOW', 'refused'),
    'transfer where the item is not taken': no('ITEM_NOT_AT_WINDOW', 'refused'),
    'close past the supplement limit': to('closed-incomplete'),
  },
  accepted: {
    'receive some': NOT_AWAITING,
    'receive the rest': NOT_AWAITING,
    'receive unknown': NOT_AWAITING,
    'request supplement': to('awaiting-materials'),
    'request unknown': no('UNKNOWN_MATERIAL', 'refused'),
    approve: to('approved'),
    reject: to('rejected'),
    'reject without reason': INVALID,
    'reject without remedy': INVALID,
    refuse: NOT_AWAITING,
    'refuse without remedy': NOT_AWAITING,
    withdraw: to('withdrawn'),
    'extend by 5': to('accepted'),
    'extend by 11': no('EXTENSION_TOO_LONG', 'refused'),
    'extend twice': no('EXTENSION_ALREADY_GRANTED', 'refused'),
    suspend: to('suspended'),
    resume: no('NOT_SUSPENDED', 'conflict'),
    refer: to('referred'),
    'refer a service item': no('NOT_AN_APPROVAL_ITEM', 'refused'),
    transfer: to('accepted'),
    'transfer to the same window': no('ALREADY_AT_WINDOW', 'refused'),
    'transfer where the item is not taken': no('ITEM_NOT_AT_WINDOW', 'refused'),
    'close past the supplement limit': NOT_AWAITING,
  },
  suspended: {
    'receive some': NOT_AWAITING,
    'receive the rest': NOT_AWAITING,
    'receive unknown': NOT_AWAITING,
    'request supplement': NOT_ACCEPTED,
    'request unknown': NOT_ACCEPTED,
    approve: NOT_ACCEPTED,
    reject: NOT_ACCEPTED,
    'reject without reason': NOT_ACCEPTED,
    'reject without remedy': NOT_ACCEPTED,
    refuse: NOT_AWAITING,
    'refuse without remedy': NOT_AWAITING,
    withdraw: to('withdrawn'),
    'extend by 5': NOT_ACCEPTED,
    'extend by 11': NOT_ACCEPTED,
    'extend twice': NOT_ACCEPTED,
    suspend: NOT_ACCEPTED,
    resume: to('accepted'),
    refer: NOT_ACCEPTED,
    'refer a service item': NOT_ACCEPTED,
    transfer: to('suspended'),
    'transfer to the same window': no('ALREADY_AT_WINDOW', 'refused'),
    'transfer where the item is not taken': no('ITEM_NOT_AT_WINDOW', 'refused'),
    'close past the supplement limit': NOT_AWAITING,
  },
  referred: {
    'receive some': NOT_AWAITING,
    'receive the rest': NOT_AWAITING,
    'receive unknown': NOT_AWAITING,
    'request supplement': NOT_ACCEPTED,
    'request unknown': NOT_ACCEPTED,
    approve: to('approved'),
    reject: to('rejected'),
    'reject without reason': INVALID,
    'reject without remedy': INVALID,
    refuse: NOT_AWAITING,
    'refuse without remedy': NOT_AWAITING,
    withdraw: to('withdrawn'),
    'extend by 5': NOT_ACCEPTED,
    'extend by 11': NOT_ACCEPTED,
    'extend twice': NOT_ACCEPTED,
    suspend: NOT_ACCEPTED,
    resume: no('NOT_SUSPENDED', 'conflict'),
    refer: NOT_ACCEPTED,
    'refer a service item': NOT_ACCEPTED,
    transfer: no('CASE_REFERRED', 'conflict'),
    'transfer to the same window': no('CASE_REFERRED', 'conflict'),
    'transfer where the item is not taken': no('CASE_REFERRED', 'conflict'),
    'close past the supplement limit': NOT_AWAITING,
  },
  approved: everything(CONCLUDED),
  rejected: everything(CONCLUDED),
  'not-accepted': everything(CONCLUDED),
  withdrawn: everything(CONCLUDED),
  'closed-incomplete': everything(CONCLUDED),
};

const rows = CASE_STATUSES.flatMap((from) =>
  (Object.keys(events) as Event[]).map((event) => ({ from, event, outcome: table[from][event] })),
);
const allowed = rows.flatMap((r) => ('to' in r.outcome ? [{ from: r.from, event: r.event, to: r.outcome.to }] : []));
const refusedRows = rows.flatMap((r) =>
  'refused' in r.outcome ? [{ from: r.from, event: r.event, code: r.outcome.refused, kind: r.outcome.kind }] : [],
);

describe('the lifecycle as a state machine', () => {
  it('has a row for every status and event', () => {
    expect(Object.keys(table).sort()).toEqual([...CASE_STATUSES].sort());
    expect(rows).toHaveLength(CASE_STATUSES.length * Object.keys(events).length);
  });

  it.each(allowed)('$from --$event--> $to', ({ from, event, to: status }) => {
    const before = caseIn(from);
    const snapshot = structuredClone(before);
    const after = events[event](before);
    expect(after.status).toBe(status);
    expect(after.history.length).toBeGreaterThan(before.history.length);
    expect(after.history.slice(0, before.history.length)).toEqual(before.history);
    expect(before).toEqual(snapshot); // pure: the input is never changed
  });

  it.each(refusedRows)('$from --$event--> refused with $code', ({ from, event, code, kind }) => {
    const before = caseIn(from);
    const snapshot = structuredClone(before);
    const err = domainErrorOf(() => events[event](before));
    expect(err.code).toBe(code);
    expect(err.kind).toBe(kind);
    // A transition from the wrong status names the status the case is in.
    if (kind === 'conflict') expect(err.message).toContain(` is ${from}`);
    expect(before).toEqual(snapshot);
  });

  // A record at its size budget: the steps that can repeat are refused, the ones that move the
  // case towards its end stay possible (RECORD_BUDGET_BYTES in record-size.ts).
  const REPEATABLE: Event[] = ['receive some', 'request supplement', 'suspend', 'transfer'];
  const atBudget = (c: Case): Case => ({ ...c, applicant: { ...c.applicant, name: '名'.repeat(RECORD_BUDGET_BYTES / 3) } });
  it.each(allowed)('at its size budget, $from --$event--> still $to unless the step repeats', ({ from, event, to: status }) => {
    const full = atBudget(caseIn(from));
    if (REPEATABLE.includes(event)) expect(domainErrorOf(() => events[event](full)).code).toBe('RECORD_FULL');
    else expect(events[event](full).status).toBe(status);
  });

  it('names the missing rejection fields', () => {
    const err = domainErrorOf(() => decide(caseIn('accepted'), { outcome: 'rejected' }, 'chief', LATER));
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.details.map((d) => d.field)).toEqual(['reason', 'remedy']);
    const blank = domainErrorOf(() => decide(caseIn('accepted'), { outcome: 'rejected', reason: '', remedy: '' }, 'chief', LATER));
    expect(blank.code).toBe('VALIDATION_FAILED');
  });
});

describe('intake', () => {
  it.each([
    { what: 'complete materials', submitted: ALL, status: 'accepted', missing: [] },
    { what: 'no materials', submitted: [], status: 'awaiting-materials', missing: ALL },
    { what: 'some materials', submitted: ['id-card'], status: 'awaiting-materials', missing: ['application', 'floor-plan'] },
    { what: 'duplicates', submitted: ['id-card', 'id-card', 'application'], status: 'awaiting-materials', missing: ['floor-plan'] },
  ])('with $what → $status, listing every missing material at once', ({ submitted, status, missing }) => {
    const c = intake(intakeInput({ submittedMaterials: submitted }), T0, cal);
    expect(c.status).toBe(status);
    expect(c.missingMaterials).toEqual(missing);
    expect(c.submittedMaterials).toEqual([...new Set(submitted)]);
    expect(c).toMatchObject({ secondNotices: 0, version: 1, receivedAt: '2025-09-26T09:00:00.000+08:00' });
    if (status === 'awaiting-materials') {
      // The clock has not started: no acceptance, no due date.
      expect(c.acceptedAt).toBeUndefined();
      expect(c.dueDate).toBeUndefined();
    } else {
      expect(c).toMatchObject({ acceptedAt: '2025-09-26T09:00:00.000+08:00', dueDate: '2025-10-10', provisional: false });
    }
  });

  it.each([
    { what: 'an item not taken at the window', input: { windowId: 'w2' }, code: 'ITEM_NOT_AT_WINDOW', kind: 'refused', field: 'windowId' },
    {
      what: 'an unknown material',
      input: { submittedMaterials: ['application', 'passport'] },
      code: 'UNKNOWN_MATERIAL',
      kind: 'refused',
      field: 'materials.1',
    },
    {
      what: 'a receivedAt in the future',
      input: { receivedAt: at('2025-09-26T09:00:00.001+08:00') },
      code: 'VALIDATION_FAILED',
      kind: 'invalid',
      field: 'receivedAt',
    },
  ])('refuses $what with $code', ({ input, code, kind, field }) => {
    const err = domainErrorOf(() => intake(intakeInput(input), T0, cal));
    expect(err.code).toBe(code);
    expect(err.kind).toBe(kind);
    expect(err.details.map((d) => d.field)).toEqual([field]);
  });

  it('accepts a backfilled receivedAt up to now, with the due date counted from it', () => {
    const backfilled = intake(intakeInput({ receivedAt: at('2025-09-01T10:00:00+08:00') }), T0, cal);
    expect(backfilled).toMatchObject({
      receivedAt: '2025-09-01T10:00:00.000+08:00',
      acceptedAt: '2025-09-01T10:00:00.000+08:00',
      dueDate: '2025-09-08',
    });
    expect(intake(intakeInput({ receivedAt: T0 }), T0, cal).status).toBe('accepted');
  });
});

describe('history: who, when, what', () => {
  it('appends an entry for every change', () => {
    const received = intake(intakeInput({ submittedMaterials: ['application'] }), T0, cal);
    expect(received.history).toEqual([
      { at: '2025-09-26T09:00:00.000+08:00', by: 'staff-a', action: 'intake', materials: ['application'] },
    ]);

    const partial = receiveMaterials(received, item, ['id-card'], 'staff-b', at('2025-09-26T10:00:00+08:00'), cal);
    const complete = receiveMaterials(partial, item, ['floor-plan'], 'staff-c', at('2025-09-29T11:00:00+08:00'), cal);
    const noticed = requestSupplement(complete, item, ['floor-plan'], '平面图不清晰', 'staff-b', at('2025-09-30T14:00:00+08:00'), cal);
    const resumed = receiveMaterials(noticed, item, ['floor-plan'], 'staff-a', at('2025-10-09T09:30:00+08:00'), cal);
    const rejected = decide(
      resumed,
      { outcome: 'rejected', reason: '材料不实', remedy: '60日内申请行政复议' },
      'chief',
      at('2025-10-10T16:00:00+08:00'),
    );

    expect(rejected.history).toEqual([
      { at: '2025-09-26T09:00:00.000+08:00', by: 'staff-a', action: 'intake', materials: ['application'] },
      { at: '2025-09-26T10:00:00.000+08:00', by: 'staff-b', action: 'materials-received', materials: ['id-card'] },
      { at: '2025-09-29T11:00:00.000+08:00', by: 'staff-c', action: 'materials-received', materials: ['floor-plan'] },
      // Accepted on Monday 09-29: 09-30, 10-09, 10-10, 10-11 (make-up Saturday), 10-13.
      { at: '2025-09-29T11:00:00.000+08:00', by: 'staff-c', action: 'accepted', dueDate: '2025-10-13' },
      { at: '2025-09-30T14:00:00.000+08:00', by: 'staff-b', action: 'second-notice', materials: ['floor-plan'], reason: '平面图不清晰' },
      { at: '2025-10-09T09:30:00.000+08:00', by: 'staff-a', action: 'materials-received', materials: ['floor-plan'] },
      // 4 working days were left after 09-30 (10-09, 10-10, 10-11, 10-13): 10-10, 10-11, 10-13, 10-14.
      { at: '2025-10-09T09:30:00.000+08:00', by: 'staff-a', action: 'accepted', dueDate: '2025-10-14' },
      { at: '2025-10-10T16:00:00.000+08:00', by: 'chief', action: 'rejected', reason: '材料不实', remedy: '60日内申请行政复议' },
    ]);
    expect(rejected).toMatchObject({
      status: 'rejected',
      acceptedAt: '2025-09-29T11:00:00.000+08:00', // the first acceptance is kept
      concludedAt: '2025-10-10T16:00:00.000+08:00',
      reason: '材料不实',
      remedy: '60日内申请行政复议',
      secondNotices: 1,
    });
  });

  it('records an approval without reason or remedy', () => {
    const approved = decide(caseIn('accepted'), { outcome: 'approved' }, 'chief', LATER);
    expect(approved.history.at(-1)).toEqual({ at: '2025-09-26T10:00:00.000+08:00', by: 'chief', action: 'approved' });
    expect(approved.reason).toBeUndefined();
    expect(approved.remedy).toBeUndefined();
  });
});

describe('due dates: the N-th working day after acceptance', () => {
  it.each([
    // National Day 2025: 09-28 (Sunday) and 10-11 (Saturday) are make-up days; 10-01..10-08 off.
    { acceptedAt: '2025-09-26T09:00:00+08:00', days: 5, due: '2025-10-10' },
    { acceptedAt: '2025-09-30T16:00:00+08:00', days: 1, due: '2025-10-09' },
    { acceptedAt: '2025-09-26T09:00:00+08:00', days: 1, due: '2025-09-28' },
    { acceptedAt: '2025-10-10T09:00:00+08:00', days: 1, due: '2025-10-11' },
    // Spring Festival 2026: 02-14 (Saturday) make-up, 02-15..02-23 off, 02-28 (Saturday) make-up.
    { acceptedAt: '2026-02-13T09:00:00+08:00', days: 1, due: '2026-02-14' },
    { acceptedAt: '2026-02-13T09:00:00+08:00', days: 2, due: '2026-02-24' },
    { acceptedAt: '2026-02-13T09:00:00+08:00', days: 3, due: '2026-02-25' },
    { acceptedAt: '2026-02-13T09:00:00+08:00', days: 6, due: '2026-02-28' },
    { acceptedAt: '2026-02-13T09:00:00+08:00', days: 7, due: '2026-03-02' },
    // Backfilled on a holiday: the acceptance day is not counted either way.
    { acceptedAt: '2026-02-16T10:00:00+08:00', days: 1, due: '2026-02-24' },
    // The acceptance date is the China date: 23:00 on 02-13 vs 00:30 on 02-14 (still 02-13 in UTC).
    { acceptedAt: '2026-02-13T15:00:00Z', days: 1, due: '2026-02-14' },
    { acceptedAt: '2026-02-13T16:30:00Z', days: 1, due: '2026-02-24' },
  ])('accepted $acceptedAt with $days promised days → $due', ({ acceptedAt, days, due }) => {
    const c = intake(
      intakeInput({ item: { ...item, promisedLimitDays: days }, receivedAt: at(acceptedAt) }),
      at('2026-12-31T00:00:00+08:00'),
      cal,
    );
    expect(c).toMatchObject({ status: 'accepted', dueDate: due, provisional: false });
    expect(c.history.at(-1)).toMatchObject({ action: 'accepted', dueDate: due });
  });

  it('is provisional when the count reaches 2027, a year without a national schedule', () => {
    const now = at('2026-12-30T12:00:00+08:00');
    const within = intake(intakeInput({ item: { ...item, promisedLimitDays: 1 }, receivedAt: now }), now, cal);
    expect(within).toMatchObject({ dueDate: '2026-12-31', provisional: false });
    const reaching = intake(intakeInput({ item: { ...item, promisedLimitDays: 5 }, receivedAt: now }), now, cal);
    expect(reaching).toMatchObject({ dueDate: '2027-01-06', provisional: true });
  });

  it('starts the clock when the last material arrives, not at intake', () => {
    const received = intake(
      intakeInput({
        item: { ...item, promisedLimitDays: 3 },
        submittedMaterials: ['application'],
        receivedAt: at('2026-02-10T09:00:00+08:00'),
      }),
      at('2026-02-10T09:00:00+08:00'),
      cal,
    );
    const accepted = receiveMaterials(
      received,
      { ...item, promisedLimitDays: 3 },
      ['id-card', 'floor-plan'],
      'staff-a',
      at('2026-02-13T15:00:00+08:00'),
      cal,
    );
    expect(accepted).toMatchObject({
      status: 'accepted',
      acceptedAt: '2026-02-13T15:00:00.000+08:00',
      dueDate: '2026-02-25',
      provisional: false,
      missingMaterials: [],
    });
  });
});

describe('a second notice on an accepted case', () => {
  // Accepted Friday 2025-09-26 with 5 days → due 2025-10-10.
  const accepted = caseIn('accepted');

  it('pauses the clock, counts the notice and carries the working days left over', () => {
    const noticed = requestSupplement(accepted, item, ['floor-plan'], '平面图不清晰', 'staff-b', at('2025-09-29T10:00:00+08:00'), cal);
    // Left after Monday 09-29: 09-30, 10-09, 10-10.
    expect(noticed).toMatchObject({
      status: 'awaiting-materials',
      missingMaterials: ['floor-plan'],
      secondNotices: 1,
      pausedWorkingDaysLeft: 3,
    });
    // While paused there is no due date: the case is not overdue, however long the applicant takes.
    expect(noticed.dueDate).toBeUndefined();
    expect(isOverdue(noticed, at('2025-10-20T09:00:00+08:00'))).toBe(false);

    const monday = receiveMaterials(noticed, item, ['floor-plan'], 'staff-a', at('2025-10-13T09:00:00+08:00'), cal);
    expect(monday).toMatchObject({ status: 'accepted', dueDate: '2025-10-16', acceptedAt: accepted.acceptedAt, missingMaterials: [] });
    expect(monday).not.toHaveProperty('pausedWorkingDaysLeft');

    // Resumed on Friday 10-10: the make-up Saturday 10-11 counts.
    const friday = receiveMaterials(noticed, item, ['floor-plan'], 'staff-a', at('2025-10-10T09:00:00+08:00'), cal);
    expect(friday.dueDate).toBe('2025-10-14');
  });

  it('on an overdue case keeps the old due date (the clock gives no time back)', () => {
    const noticed = requestSupplement(accepted, item, ['floor-plan'], '平面图不清晰', 'staff-b', at('2025-10-14T10:00:00+08:00'), cal);
    expect(noticed).toMatchObject({ secondNotices: 1, dueDate: '2025-10-10' });
    const resumed = receiveMaterials(noticed, item, ['floor-plan'], 'staff-a', at('2025-10-20T09:00:00+08:00'), cal);
    expect(resumed).toMatchObject({ status: 'accepted', dueDate: '2025-10-10' });
    expect(isOverdue(resumed, at('2025-10-20T09:00:00+08:00'))).toBe(true);
  });

  it('while awaiting materials only adds to the list, without a clock to pause', () => {
    const awaiting = caseIn('awaiting-materials');
    const first = requestSupplement(awaiting, item, ['id-card', 'application'], '复印件不清晰', 'staff-b', LATER, cal);
    expect(first).toMatchObject({
      status: 'awaiting-materials',
      missingMaterials: ['id-card', 'floor-plan', 'application'],
      secondNotices: 1,
    });
    expect(first.pausedWorkingDaysLeft).toBeUndefined();
    expect(first.dueDate).toBeUndefined();
    const second = requestSupplement(first, item, ['id-card'], '仍不清晰', 'staff-b', LATER, cal);
    expect(second).toMatchObject({ missingMaterials: ['id-card', 'floor-plan', 'application'], secondNotices: 2 });
  });
});

describe('isOverdue: the end of the due date in Asia/Shanghai', () => {
  const due = caseIn('accepted'); // due 2025-10-10
  const farLater = at('2026-06-01T00:00:00+08:00');

  it.each([
    { concluded: '2025-10-09T10:00:00+08:00', overdue: false },
    { concluded: '2025-10-10T23:59:59+08:00', overdue: false },
    { concluded: '2025-10-10T15:59:59Z', overdue: false }, // 23:59:59 in China
    { concluded: '2025-10-11T00:00:00+08:00', overdue: true },
    { concluded: '2025-10-10T16:00:00Z', overdue: true }, // still 10-10 in UTC, 10-11 00:00 in China
    { concluded: '2025-10-10T20:00:00Z', overdue: true },
  ])('concluded $concluded → overdue $overdue (whatever the time now)', ({ concluded, overdue }) => {
    const decided = decide(due, { outcome: 'approved' }, 'chief', at(concluded));
    expect(isOverdue(decided, farLater)).toBe(overdue);
    expect(isOverdue(decided, at('2025-09-27T00:00:00+08:00'))).toBe(overdue);
  });

  it.each([
    { now: '2025-10-10T23:59:59+08:00', overdue: false },
    { now: '2025-10-11T00:00:00+08:00', overdue: true },
    { now: '2025-10-10T16:00:00Z', overdue: true },
    { now: '2025-10-10T15:59:59.999Z', overdue: false },
  ])('open at $now → overdue $overdue', ({ now, overdue }) => {
    expect(isOverdue(due, at(now))).toBe(overdue);
  });

  it('is never overdue without a due date', () => {
    expect(isOverdue(caseIn('awaiting-materials'), farLater)).toBe(false);
  });
});

describe('publicView', () => {
  it('shows the public fields only, with the name masked and the missing materials by name', () => {
    const names = new Map(item.materials.map((m) => [m.id, m.name]));
    const open = caseIn('awaiting-materials');
    expect(publicView(open, (id) => names.get(id) ?? id)).toStrictEqual({
      caseId: 'c1',
      itemName: '食品经营许可',
      status: 'awaiting-materials',
      receivedAt: '2025-09-26T09:00:00.000+08:00',
      dueDate: null,
      concludedAt: null,
      applicantName: '张*三',
      missingMaterials: ['身份证明', '经营场所平面图'],
    });
    const view = publicView(caseIn('approved'));
    expect(Object.keys(view).sort()).toEqual([
      'applicantName',
      'caseId',
      'concludedAt',
      'dueDate',
      'itemName',
      'missingMaterials',
      'receivedAt',
      'status',
    ]);
    const text = JSON.stringify(publicView(caseIn('rejected')));
    for (const secret of ['aes:id', 'aes:phone', 'ABCDEFGHJK', '张小三']) expect(text).not.toContain(secret);
  });

  it.each<[CaseStatus, boolean]>([
    ['rejected', true],
    ['not-accepted', true],
    ['withdrawn', false],
    ['closed-incomplete', false],
    ['approved', false],
  ])('a case %s shows its reason and remedy: %s', (status, shown) => {
    const c = caseIn(status);
    const view = publicView(c);
    if (shown) expect(view).toMatchObject({ reason: c.reason, remedy: c.remedy });
    else {
      expect(view).not.toHaveProperty('reason');
      expect(view).not.toHaveProperty('remedy');
    }
  });
});

describe('refusal, withdrawal and closing for materials never supplemented', () => {
  it('a refusal (不予受理) concludes the case with its reason and remedy, never overdue', () => {
    const refused = caseIn('not-accepted');
    expect(refused).toMatchObject({
      status: 'not-accepted',
      reason: '不属于本中心受理范围',
      remedy: REMEDY,
      concludedAt: '2025-09-26T09:00:00.000+08:00',
    });
    expect(refused.history.at(-1)).toEqual({
      at: '2025-09-26T09:00:00.000+08:00',
      by: 'staff-a',
      action: 'not-accepted',
      reason: '不属于本中心受理范围',
      remedy: REMEDY,
    });
    expect(isOverdue(refused, MUCH_LATER)).toBe(false);
  });

  it('a withdrawn case is not overdue, even if it was when withdrawn', () => {
    const late = withdraw(caseIn('accepted'), '申请人撤回', 'staff-a', at('2025-10-20T09:00:00+08:00')); // due 10-10
    expect(late).toMatchObject({ status: 'withdrawn', reason: '申请人撤回', dueDate: '2025-10-10' });
    expect(isOverdue(late, MUCH_LATER)).toBe(false);
    expect(late).not.toHaveProperty('pausedWorkingDaysLeft');
    // From a suspension too: whatever was paused ends with the case.
    expect(withdraw(caseIn('suspended'), '撤回', 'staff-a', LATER)).not.toHaveProperty('pausedWorkingDaysLeft');
  });

  // Received Friday 2025-09-26 without two materials: 20 working days after the notice is 2025-10-30
  // (09-28 and 10-11 are make-up working days; 10-01..08 are National Day).
  it.each([
    { asOf: '2025-10-30', closed: false },
    { asOf: '2025-10-31', closed: true },
  ])('the supplement limit runs 20 working days from the notice: on $asOf closed $closed', ({ asOf, closed }) => {
    const awaiting = caseIn('awaiting-materials');
    const result = closeIfPastSupplementLimit(awaiting, cal, 20, asOf, 'deadline-reminders', at(`${asOf}T08:00:00+08:00`));
    expect(result !== undefined).toBe(closed);
    if (result) {
      expect(result).toMatchObject({ status: 'closed-incomplete', concludedAt: `${asOf}T08:00:00.000+08:00` });
      expect(result.history.at(-1)).toEqual({
        at: `${asOf}T08:00:00.000+08:00`,
        by: 'deadline-reminders',
        action: 'closed-incomplete',
        reason: 'materials not supplemented within 20 working days of the notice of 2025-09-26 (limit 2025-10-30): id-card, floor-plan',
      });
      expect(result.reason).toContain('limit 2025-10-30');
      expect(isOverdue(result, MUCH_LATER)).toBe(false);
    }
  });

  it('runs from the last notice: a second notice starts the limit again; materials brought in part do not', () => {
    const partly = receiveMaterials(caseIn('awaiting-materials'), item, ['id-card'], 'staff-a', at('2025-10-20T09:00:00+08:00'), cal);
    expect(closeIfPastSupplementLimit(partly, cal, 20, '2025-11-03', 'job', at('2025-11-03T08:00:00+08:00'))?.status).toBe(
      'closed-incomplete',
    );
    const noticed = requestSupplement(partly, item, ['application'], '申请书未签字', 'staff-a', at('2025-10-20T10:00:00+08:00'), cal);
    expect(closeIfPastSupplementLimit(noticed, cal, 20, '2025-11-03', 'job', at('2025-11-03T08:00:00+08:00'))).toBeUndefined();
    // 20 working days after Monday 10-20 is 11-17.
    expect(closeIfPastSupplementLimit(noticed, cal, 20, '2025-11-17', 'job', at('2025-11-17T08:00:00+08:00'))).toBeUndefined();
    expect(closeIfPastSupplementLimit(noticed, cal, 20, '2025-11-18', 'job', at('2025-11-18T08:00:00+08:00'))?.reason).toContain(
      'notice of 2025-10-20 (limit 2025-11-17)',
    );
  });
});

describe('extension (Art. 42)', () => {
  it('moves the due date by its working days, once, and records both dates', () => {
    // Due 2025-10-10; 5 working days later: 10-11 (make-up Saturday), 10-13, 10-14, 10-15, 10-16.
    const extended = extend(caseIn('accepted'), { workingDays: 5, reason: '需现场核查' }, 'chief', LATER, cal);
    expect(extended).toMatchObject({ status: 'accepted', dueDate: '2025-10-16', extendedBy: 5, provisional: false });
    expect(extended.history.at(-1)).toEqual({
      at: '2025-09-26T10:00:00.000+08:00',
      by: 'chief',
      action: 'extended',
      workingDays: 5,
      reason: '需现场核查',
      previousDueDate: '2025-10-10',
      dueDate: '2025-10-16',
    });
    const err = domainErrorOf(() => extend(extended, { workingDays: 1, reason: '再延' }, 'chief', LATER, cal));
    expect(err.message).toContain('already extended by 5 working days');
  });

  it.each([
    { when: '2025-10-10T17:00:00+08:00', allowed: true },
    { when: '2025-10-11T08:00:00+08:00', allowed: false },
  ])('is decided within the time limit (at $when: $allowed)', ({ when, allowed }) => {
    const attempt = () => extend(caseIn('accepted'), { workingDays: 3, reason: '需现场核查' }, 'chief', at(when), cal);
    if (allowed)
      expect(attempt().dueDate).toBe('2025-10-14'); // 10-11 (make-up Saturday), 10-13, 10-14
    else expect(domainErrorOf(attempt).code).toBe('DEADLINE_PASSED');
  });

  it('states the limit when asked for more than ten working days', () => {
    const err = domainErrorOf(() => extend(caseIn('accepted'), { workingDays: 11, reason: 'x' }, 'chief', LATER, cal));
    expect([err.code, err.message, err.details]).toEqual([
      'EXTENSION_TOO_LONG',
      'An extension is at most 10 working days (Art. 42), not 11',
      [{ field: 'workingDays', message: 'at most 10' }],
    ]);
  });
});

describe('suspension (Art. 45)', () => {
  it('stops the clock and carries the working days left over to the resumption', () => {
    // Due 10-10; suspended Monday 09-29 with 09-30, 10-09, 10-10 left.
    const suspended = suspend(caseIn('accepted'), '组织听证', 'staff-a', at('2025-09-29T10:00:00+08:00'), cal);
    expect(suspended).toMatchObject({ status: 'suspended', pausedWorkingDaysLeft: 3 });
    expect(suspended.dueDate).toBeUndefined();
    expect(isOverdue(suspended, MUCH_LATER)).toBe(false);
    expect(suspended.history.at(-1)).toEqual({
      at: '2025-09-29T10:00:00.000+08:00',
      by: 'staff-a',
      action: 'suspended',
      reason: '组织听证',
    });
    // Resumed Monday 10-20: 10-21, 10-22, 10-23.
    const resumed = resume(suspended, 'staff-a', at('2025-10-20T09:00:00+08:00'), cal);
    expect(resumed).toMatchObject({ status: 'accepted', dueDate: '2025-10-23', secondNotices: 0 });
    expect(resumed).not.toHaveProperty('pausedWorkingDaysLeft');
    expect(resumed.history.at(-1)).toEqual({
      at: '2025-10-20T09:00:00.000+08:00',
      by: 'staff-a',
      action: 'resumed',
      dueDate: '2025-10-23',
    });
  });

  it('gives an overdue case no time back', () => {
    const late = suspend(caseIn('accepted'), '专家评审', 'staff-a', at('2025-10-14T10:00:00+08:00'), cal);
    expect(late).toMatchObject({ dueDate: '2025-10-10', pausedWorkingDaysLeft: 0 });
    expect(resume(late, 'staff-a', at('2025-10-20T09:00:00+08:00'), cal).dueDate).toBe('2025-10-10');
  });
});

describe('referral (上报)', () => {
  it('stops the window clock: a referral on time stays on time whenever the authority decides', () => {
    const referred = caseIn('referred');
    expect(referred).toMatchObject({
      status: 'referred',
      dueDate: '2025-10-10',
      referral: { at: '2025-09-26T09:00:00.000+08:00', by: 'chief', opinion: '同意，报市局审批', authority: '市市场监管局' },
    });
    expect(isOverdue(referred, MUCH_LATER)).toBe(false);
    const decided = decide(referred, { outcome: 'approved' }, 'chief', MUCH_LATER);
    expect(isOverdue(decided, MUCH_LATER)).toBe(false);
  });

  it('a referral after the due date is late, and so is its decision', () => {
    const late = refer(caseIn('accepted'), { opinion: '同意', authority: '市市场监管局' }, 'chief', at('2025-10-13T09:00:00+08:00'));
    expect(isOverdue(late, at('2025-10-13T09:00:00+08:00'))).toBe(true);
    expect(isOverdue(decide(late, { outcome: 'approved' }, 'chief', at('2025-10-14T09:00:00+08:00')), MUCH_LATER)).toBe(true);
  });

  it('refuses a service item with the reason', () => {
    const err = domainErrorOf(() =>
      refer({ ...caseIn('accepted'), itemKind: 'service' }, { opinion: 'x', authority: 'y' }, 'chief', LATER),
    );
    expect(err.message).toContain('only approval items (审批) are referred');
  });
});

describe('transfer (转办)', () => {
  it('moves the case to the other window with its clock as it was', () => {
    const before = caseIn('accepted');
    const moved = transfer(before, atTwoWindows, { windowId: 'w2', reason: '属工程建设窗口办理' }, 'staff-a', LATER);
    expect(moved).toMatchObject({ windowId: 'w2', status: 'accepted', dueDate: before.dueDate, acceptedAt: before.acceptedAt });
    expect(moved.history.at(-1)).toEqual({
      at: '2025-09-26T10:00:00.000+08:00',
      by: 'staff-a',
      action: 'transferred',
      fromWindowId: 'w1',
      toWindowId: 'w2',
      reason: '属工程建设窗口办理',
    });
  });
});

describe('recomputeDueDate: the clock replayed with a changed calendar', () => {
  const closedOn = (date: string) =>
    buildCalendar({ packageYears: packageSchedules(), loadedYears: [], overrides: [{ date, open: false, reason: '台风停止办公' }] });

  it('a closure on or before the due date moves it, and the history keeps both dates', () => {
    const accepted = caseIn('accepted'); // due 2025-10-10
    const moved = recomputeDueDate(
      accepted,
      closedOn('2025-10-09'),
      'the hall is closed on 2025-10-09 (台风停止办公)',
      'due-date-recompute',
      LATER,
    );
    expect(moved).toMatchObject({ dueDate: '2025-10-11', provisional: false });
    expect(moved?.history.at(-1)).toEqual({
      at: '2025-09-26T10:00:00.000+08:00',
      by: 'due-date-recompute',
      action: 'due-date-recomputed',
      previousDueDate: '2025-10-10',
      dueDate: '2025-10-11',
      reason: 'the hall is closed on 2025-10-09 (台风停止办公)',
    });
    // Again with the same calendar: nothing left to move (a redelivered change writes nothing).
    expect(recomputeDueDate(moved!, closedOn('2025-10-09'), 'again', 'due-date-recompute', LATER)).toBeUndefined();
  });

  it('a closure after the due date moves nothing', () => {
    expect(recomputeDueDate(caseIn('accepted'), closedOn('2025-10-13'), 'x', 'due-date-recompute', LATER)).toBeUndefined();
  });

  it.each<CaseStatus>(['suspended', 'referred', 'approved', 'withdrawn'])('leaves a %s case alone', (status) => {
    expect(recomputeDueDate(caseIn(status), closedOn('2025-09-29'), 'x', 'due-date-recompute', LATER)).toBeUndefined();
  });

  it('a provisional due date becomes final once the year is loaded', () => {
    const now = at('2026-12-30T12:00:00+08:00');
    const reaching = intake(intakeInput({ item: { ...item, promisedLimitDays: 5 }, receivedAt: now }), now, cal);
    expect(reaching).toMatchObject({ dueDate: '2027-01-06', provisional: true });
    // 2027: New Year's Day on Friday 01-01; a make-up Sunday 01-03 (a made-up schedule for the test).
    const loaded = buildCalendar({
      packageYears: packageSchedules(),
      loadedYears: [nationalScheduleFromLists(2027, ['2027-01-01'], ['2027-01-03'], 'loaded')],
      overrides: [],
    });
    // 12-31, 01-03, 01-04, 01-05, 01-06 → due 01-06, no longer provisional.
    expect(recomputeDueDate(reaching, loaded, 'the national schedule of 2027 was loaded', 'due-date-recompute', now)).toMatchObject({
      dueDate: '2027-01-06',
      provisional: false,
    });
  });
});

describe('printed notices', () => {
  const rows: [CaseStatus, NoticeKind[]][] = [
    ['awaiting-materials', ['one-time-notice']],
    ['accepted', ['acceptance']],
    ['suspended', ['acceptance']],
    ['referred', ['acceptance']],
    ['approved', ['acceptance', 'decision']],
    ['rejected', ['acceptance', 'decision']],
    ['not-accepted', ['not-accepted']],
    ['withdrawn', ['acceptance']],
    ['closed-incomplete', []],
  ];

  it('has a row for every status', () => expect(rows.map(([s]) => s).sort()).toEqual([...CASE_STATUSES].sort()));

  it.each(rows)('a case %s has the notices %j', (status, kinds) => {
    const c = caseIn(status);
    for (const kind of NOTICE_KINDS) {
      if (kinds.includes(kind)) expect(() => requireNotice(c, kind)).not.toThrow();
      else {
        const err = domainErrorOf(() => requireNotice(c, kind));
        expect([err.code, err.message]).toEqual(['NOTICE_NOT_AVAILABLE', `Case c1 is ${status}: it has no ${kind} notice`]);
      }
    }
  });
});
