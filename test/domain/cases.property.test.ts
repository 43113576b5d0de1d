/**
 * Invariants of the case clock: a suspension moves the due date by exactly the working days it
 * lasted; a calendar change applied by recomputation gives what the whole lifecycle gives with
 * the new calendar from the start; and a change after the due date never moves it (why the
 * recomputation may read only the due index from the changed date on).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, buildCalendar, workingDaysBetween, type Calendar, type HallOverride } from '../../shared/domain/calendar';
import {
  awaitsWindow,
  extend,
  intake,
  receiveMaterials,
  recomputeDueDate,
  requestSupplement,
  resume,
  suspend,
  type Case,
  type Clock,
  type ItemTerms,
} from '../../shared/domain/cases';
import { DomainError } from '../../shared/domain/errors';
import { packageSchedules } from '../../shared/domain/national-schedules';
import { addDays, compareDates, daysBetween, type IsoDate } from '../../shared/domain/time';

const FIRST = '2025-01-01';
const SPAN = 540; // 2025-01-01 .. mid 2026: every due date stays within the package's years

const item: ItemTerms = {
  itemId: 'licence',
  name: '食品经营许可',
  kind: 'approval',
  windowIds: ['w1'],
  promisedLimitDays: 5,
  materials: [
    { id: 'application', name: '申请书' },
    { id: 'floor-plan', name: '平面图' },
  ],
};

const dayIn = (span: number) => fc.integer({ min: 0, max: span }).map((i) => addDays(FIRST, i));
const overrideArb = fc.record({ date: dayIn(SPAN + 200), open: fc.boolean() });
const calendarOf = (overrides: readonly { date: IsoDate; open: boolean }[]): Calendar =>
  buildCalendar({
    packageYears: packageSchedules(),
    loadedYears: [],
    overrides: overrides.map((o): HallOverride => ({ ...o, reason: o.open ? '开厅' : '临时闭厅' })),
  });
const calendarArb = fc.array(overrideArb, { maxLength: 20 }).map(calendarOf);

/** 10:00 China time on a date. */
const at = (date: IsoDate) => new Date(`${date}T10:00:00+08:00`);

function accepted(cal: Calendar, on: IsoDate, promisedLimitDays: number): Case {
  return intake(
    {
      caseId: 'c1',
      publicCode: 'ABCDEFGHJK',
      hallId: 'h1',
      windowId: 'w1',
      item: { ...item, promisedLimitDays },
      applicant: { name: '张三' },
      submittedMaterials: ['application', 'floor-plan'],
      receivedAt: at(on),
      by: 's-a',
    },
    at(on),
    cal,
  );
}

const clock = (c: Case): Clock => ({
  ...(c.dueDate ? { dueDate: c.dueDate } : {}),
  provisional: c.provisional ?? false,
  ...(c.pausedWorkingDaysLeft !== undefined ? { pausedWorkingDaysLeft: c.pausedWorkingDaysLeft } : {}),
});

describe('suspension (Art. 45)', () => {
  it('a suspension of k working days moves the due date by exactly k working days', () => {
    fc.assert(
      fc.property(
        calendarArb,
        dayIn(SPAN - 120),
        fc.integer({ min: 1, max: 30 }),
        fc.nat(),
        fc.integer({ min: 0, max: 60 }),
        (cal, acceptedOn, limit, suspendAt, lasting) => {
          const before = accepted(cal, acceptedOn, limit);
          const due = before.dueDate!;
          // Suspended before the due date (a case already due gets no time back: see the unit tests).
          const suspendedOn = addDays(acceptedOn, suspendAt % daysBetween(acceptedOn, due));
          const resumedOn = addDays(suspendedOn, lasting);
          const k = workingDaysBetween(cal, suspendedOn, resumedOn).days;

          const suspended = suspend(before, '专家评审', 's-a', at(suspendedOn), cal);
          const after = resume(suspended, 's-a', at(resumedOn), cal);

          expect(after.dueDate).toBe(k === 0 ? due : addWorkingDays(cal, due, k).date);
          // The working days that were left carry over exactly.
          expect(workingDaysBetween(cal, resumedOn, after.dueDate!).days).toBe(workingDaysBetween(cal, suspendedOn, due).days);
          expect(suspended.pausedWorkingDaysLeft).toBe(workingDaysBetween(cal, suspendedOn, due).days);
        },
      ),
    );
  });
});

/** One step of a case's life, some days after the previous one. */
type Step = { kind: 'bring materials' | 'second notice' | 'suspend' | 'resume' | 'extend'; afterDays: number; workingDays: number };
const stepArb = fc.record({
  kind: fc.constantFrom('bring materials', 'second notice', 'suspend', 'resume', 'extend' as const),
  afterDays: fc.integer({ min: 0, max: 12 }),
  workingDays: fc.integer({ min: 1, max: 10 }),
}) as fc.Arbitrary<Step>;

/**
 * The case after intake and `steps`, with `cal` throughout; steps the case's status does not
 * allow are skipped (the same whatever the calendar); an extension the rules refuse is skipped
 * too, and listed (it can depend on the calendar: the time limit may have passed).
 */
function live(cal: Calendar, receivedOn: IsoDate, complete: boolean, steps: readonly Step[]): { c: Case; skipped: number[] } {
  let c = intake(
    {
      caseId: 'c1',
      publicCode: 'ABCDEFGHJK',
      hallId: 'h1',
      windowId: 'w1',
      item,
      applicant: { name: '张三' },
      submittedMaterials: complete ? ['application', 'floor-plan'] : ['application'],
      receivedAt: at(receivedOn),
      by: 's-a',
    },
    at(receivedOn),
    cal,
  );
  let day = receivedOn;
  const skipped: number[] = [];
  steps.forEach((step, i) => {
    day = addDays(day, step.afterDays);
    const when = at(day);
    try {
      if (step.kind === 'bring materials' && c.status === 'awaiting-materials')
        c = receiveMaterials(c, item, c.missingMaterials, 's-a', when, cal);
      if (step.kind === 'second notice' && c.status === 'accepted')
        c = requestSupplement(c, item, ['floor-plan'], '不清晰', 's-a', when, cal);
      if (step.kind === 'suspend' && c.status === 'accepted') c = suspend(c, '听证', 's-a', when, cal);
      if (step.kind === 'resume' && c.status === 'suspended') c = resume(c, 's-a', when, cal);
      if (step.kind === 'extend' && c.status === 'accepted')
        c = extend(c, { workingDays: step.workingDays, reason: '核查' }, 's-chief', when, cal);
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      skipped.push(i);
    }
  });
  return { c, skipped };
}

const lifeArb = fc.record({
  receivedOn: dayIn(SPAN - 200),
  complete: fc.boolean(),
  steps: fc.array(stepArb, { maxLength: 8 }),
});

describe('due dates that follow the calendar', () => {
  it('recomputation after a calendar change equals computing from scratch with the new calendar', () => {
    fc.assert(
      fc.property(
        fc.array(overrideArb, { maxLength: 15 }),
        fc.array(overrideArb, { minLength: 1, maxLength: 5 }),
        lifeArb,
        (overrides, changes, { receivedOn, complete, steps }) => {
          const [before, after] = [calendarOf(overrides), calendarOf([...overrides, ...changes])];
          const lived = live(before, receivedOn, complete, steps);
          const fromScratch = live(after, receivedOn, complete, steps);
          fc.pre(lived.skipped.join() === fromScratch.skipped.join());
          fc.pre(awaitsWindow(lived.c));

          const recomputed = recomputeDueDate(lived.c, after, 'the calendar changed', 'due-date-recompute', at('2026-07-01')) ?? lived.c;
          expect(recomputed.status).toBe(fromScratch.c.status);
          expect(clock(recomputed)).toEqual(clock(fromScratch.c));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a change of the working days after the due date never moves it', () => {
    fc.assert(
      fc.property(
        calendarArb,
        lifeArb,
        fc.integer({ min: 1, max: 200 }),
        fc.boolean(),
        (cal, { receivedOn, complete, steps }, gap, open) => {
          const { c } = live(cal, receivedOn, complete, steps);
          fc.pre(awaitsWindow(c) && c.dueDate !== undefined);
          const changed = buildCalendar({
            packageYears: packageSchedules(),
            loadedYears: [],
            overrides: [...cal.overrides.values(), { date: addDays(c.dueDate, gap), open, reason: '调整' }],
          });
          expect(compareDates(addDays(c.dueDate, gap), c.dueDate)).toBeGreaterThan(0);
          expect(recomputeDueDate(c, changed, 'x', 'due-date-recompute', at('2026-07-01'))).toBeUndefined();
        },
      ),
    );
  });
});
