import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../shared/domain/calendar';
import {
  CASE_STATUSES,
  decide,
  intake,
  isOverdue,
  publicView,
  receiveMaterials,
  requestSupplement,
  type Case,
  type CaseStatus,
  type IntakeInput,
  type ItemTerms,
} from '../../shared/domain/cases';
import { DomainError, type ErrorKind } from '../../shared/domain/errors';
import { packageSchedules } from '../../shared/domain/national-schedules';

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
  | 'reject without remedy';

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
};

type Outcome = { to: CaseStatus } | { refused: string; kind: ErrorKind };
const to = (status: CaseStatus): Outcome => ({ to: status });
const no = (code: string, kind: ErrorKind): Outcome => ({ refused: code, kind });
const CONCLUDED = no('CASE_CONCLUDED', 'conflict');

/** The whole transition table: every event from every status. */
const table: Record<CaseStatus, Record<Event, Outcome>> = {
  'awaiting-materials': {
    'receive some': to('awaiting-materials'),
    'receive the rest': to('accepted'),
    'receive unknown': no('UNKNOWN_MATERIAL', 'refused'),
    'request supplement': to('awaiting-materials'),
    'request unknown': no('UNKNOWN_MATERIAL', 'refused'),
    approve: no('CASE_NOT_ACCEPTED', 'conflict'),
    reject: no('CASE_NOT_ACCEPTED', 'conflict'),
    'reject without reason': no('CASE_NOT_ACCEPTED', 'conflict'),
    'reject without remedy': no('CASE_NOT_ACCEPTED', 'conflict'),
  },
  accepted: {
    'receive some': no('NOT_AWAITING_MATERIALS', 'conflict'),
    'receive the rest': no('NOT_AWAITING_MATERIALS', 'conflict'),
    'receive unknown': no('NOT_AWAITING_MATERIALS', 'conflict'),
    'request supplement': to('awaiting-materials'),
    'request unknown': no('UNKNOWN_MATERIAL', 'refused'),
    approve: to('approved'),
    reject: to('rejected'),
    'reject without reason': no('VALIDATION_FAILED', 'invalid'),
    'reject without remedy': no('VALIDATION_FAILED', 'invalid'),
  },
  approved: {
    'receive some': CONCLUDED,
    'receive the rest': CONCLUDED,
    'receive unknown': CONCLUDED,
    'request supplement': CONCLUDED,
    'request unknown': CONCLUDED,
    approve: CONCLUDED,
    reject: CONCLUDED,
    'reject without reason': CONCLUDED,
    'reject without remedy': CONCLUDED,
  },
  rejected: {
    'receive some': CONCLUDED,
    'receive the rest': CONCLUDED,
    'receive unknown': CONCLUDED,
    'request supplement': CONCLUDED,
    'request unknown': CONCLUDED,
    approve: CONCLUDED,
    reject: CONCLUDED,
    'reject without reason': CONCLUDED,
    'reject without remedy': CONCLUDED,
  },
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
    expect(before).toEqual(snapshot);
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
  it('shows only the seven public fields, with the name masked', () => {
    const open = caseIn('awaiting-materials');
    expect(publicView(open)).toStrictEqual({
      caseId: 'c1',
      itemName: '食品经营许可',
      status: 'awaiting-materials',
      receivedAt: '2025-09-26T09:00:00.000+08:00',
      dueDate: null,
      concludedAt: null,
      applicantName: '张*三',
    });
    const view = publicView(caseIn('rejected'));
    expect(Object.keys(view).sort()).toEqual(['applicantName', 'caseId', 'concludedAt', 'dueDate', 'itemName', 'receivedAt', 'status']);
    expect(view).toMatchObject({ status: 'rejected', dueDate: '2025-10-10', concludedAt: '2025-09-26T09:00:00.000+08:00' });
    const text = JSON.stringify(view);
    for (const secret of ['aes:id', 'aes:phone', 'ABCDEFGHJK', '张小三', '不符合条件']) expect(text).not.toContain(secret);
  });
});
