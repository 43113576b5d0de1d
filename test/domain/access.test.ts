/**
 * The authorization decision table: every action × every caller role × every relation the
 * caller can have to the subject, against the expected decision written out row by row.
 */
import { describe, expect, it } from 'vitest';
import { ACTIONS, can, type Action, type Principal, type Role, type StaffStanding, type Subject } from '../../shared/domain/access';

/** "Assignee" also stands for the author of an assessment entry: the one person a record names. */
type Relation = 'same hall, own window' | 'same hall, other window' | 'same hall, assignee' | 'other hall';

interface Caller {
  principal: Principal;
  standing?: StaffStanding;
}

const caller = (
  id: string,
  roles: Role[],
  hallId: string | undefined,
  standing?: Omit<StaffStanding, 'staffId'>,
  windowId?: string,
): Caller => ({
  principal: { id, roles: new Set(roles), ...(hallId ? { hallId } : {}), ...(windowId ? { windowId } : {}) },
  ...(standing ? { standing: { staffId: id, ...standing } } : {}),
});

/** Callers in hall h1 (w1 is "their" window); the agency admin has no hall. */
const callers = {
  'agency-admin': caller('agency-1', ['agency-admin'], undefined),
  'hall-admin': caller('admin-1', ['hall-admin'], 'h1'),
  'window-staff': caller('s-a', ['window-staff'], 'h1', { windowId: 'w1' }),
  'chief representative': caller('s-chief', ['window-staff'], 'h1', { windowId: 'w1', chiefRepresentative: true }),
  // AB岗 across windows: the B post of w1, who works at (and is chief representative of) w3.
  'B post of w1 from w3': caller('s-w3', ['window-staff'], 'h1', { windowId: 'w3', chiefRepresentative: true, bPostOf: ['w1'] }),
  'scoring-dept': caller('score-1', ['scoring-dept'], 'h1'),
  supervisor: caller('sup-1', ['supervisor'], 'h1'),
  // The rating device (评价器) at w1: its token names the window.
  'rating device of w1': caller('device-w1', ['rating-device'], 'h1', undefined, 'w1'),
};
type CallerName = keyof typeof callers;

/** The subject as each relation makes it, for a caller (the assignee relation names the caller). */
function subject(relation: Relation, c: Caller, itemKind: 'approval' | 'service' = 'service'): Subject {
  switch (relation) {
    case 'same hall, own window':
      return { hallId: 'h1', windowId: 'w1', itemKind, assignee: 'someone-else', author: 'someone-else' };
    case 'same hall, other window':
      return { hallId: 'h1', windowId: 'w2', itemKind, assignee: 'someone-else', author: 'someone-else' };
    case 'same hall, assignee':
      return { hallId: 'h1', windowId: 'w2', itemKind, assignee: c.principal.id, author: c.principal.id };
    case 'other hall':
      return { hallId: 'h2', windowId: 'w1', itemKind, assignee: c.principal.id, author: c.principal.id };
  }
}

const RELATIONS: Relation[] = ['same hall, own window', 'same hall, other window', 'same hall, assignee', 'other hall'];
const ALL = RELATIONS;
const NONE: Relation[] = [];
const IN_HALL: Relation[] = ['same hall, own window', 'same hall, other window', 'same hall, assignee'];
const OWN_WINDOW: Relation[] = ['same hall, own window'];
const ASSIGNEE: Relation[] = ['same hall, assignee'];

/** Where each caller may do each hall action (approval items for decide-case; service items below). */
const TABLE: Record<Exclude<Action, 'administer-agency'>, Record<CallerName, Relation[]>> = {
  // Only the window's own device: no administrator rates in a citizen's place.
  'rate-at-window': {
    'agency-admin': NONE,
    'hall-admin': NONE,
    'window-staff': NONE,
    'chief representative': NONE,
    'B post of w1 from w3': NONE,
    'scoring-dept': NONE,
    supervisor: NONE,
    'rating device of w1': OWN_WINDOW,
  },
  'read-notifications': {
    'agency-admin': ALL,
    'hall-admin': IN_HALL,
    'window-staff': NONE,
    'chief representative': NONE,
    'B post of w1 from w3': NONE,
    'scoring-dept': NONE,
    supervisor: NONE,
    'rating device of w1': NONE,
  },
  'administer-hall': {
    'agency-admin': ALL,
    'hall-admin': IN_HALL,
    'window-staff': NONE,
    'chief representative': NONE,
    'B post of w1 from w3': NONE,
    'scoring-dept': NONE,
    supervisor: NONE,
    'rating device of w1': NONE,
  },
  'read-hall': {
    'agency-admin': ALL,
    'hall-admin': IN_HALL,
    'window-staff': IN_HALL,
    'chief representative': IN_HALL,
    'B post of w1 from w3': IN_HALL,
    'scoring-dept': IN_HALL,
    supervisor: IN_HALL,
    'rating device of w1': NONE,
  },
  'read-staff': {
    'agency-admin': ALL,
    'hall-admin': IN_HALL,
    'window-staff': NONE,
    'chief representative': NONE,
    'B post of w1 from w3': NONE,
    'scoring-dept': NONE,
    supervisor: IN_HALL,
    'rating device of w1': NONE,
  },
  'work-at-window': {
    'agency-admin': ALL,
    'hall-admin': IN_HALL,
    'window-staff': OWN_WINDOW,
    'chief representative': OWN_WINDOW,
    'B post of w1 from w3': OWN_WINDOW,
    'scoring-dept': NONE,
    supervisor: NONE,
    'rating device of w1': NONE,
  },
  'decide-case': {
    'agency-admin': ALL,
    'hall-admin': IN_HALL,
    'window-staff': NONE,
    'chief representative': OWN_WINDOW,
    'B post of w1 from w3': NONE,
    'scoring-dept': NONE,
    supervisor: NONE,
    'rating device of w1': NONE,
  },
  'extend-case': {
    'agency-admin': ALL,
    'hall-admin': IN_HALL,
    'window-staff': NONE,
    'chief representative': OWN_WINDOW,
    'B post of w1 from w3': NONE,
    'scoring-dept': NONE,
    supervisor: NONE,
    'rating device of w1': NONE,
  },
  'refer-case': {
    'agency-admin': ALL,
    'hall-admin': IN_HALL,
    'window-staff': NONE,
    'chief representative': OWN_WINDOW,
    'B post of w1 from w3': NONE,
    'scoring-dept': NONE,
    supervisor: NONE,
    'rating device of w1': NONE,
  },
  'backfill-case': {
    'agency-admin': ALL,
    'hall-admin': IN_HALL,
    'window-staff': NONE,
    'chief representative': NONE,
    'B post of w1 from w3': NONE,
    'scoring-dept': NONE,
    supervisor: NONE,
    'rating device of w1': NONE,
  },
  'read-personal-data': {
    'agency-admin': ALL,
    'hall-admin': IN_HALL,
    'window-staff': OWN_WINDOW,
    'chief representative': OWN_WINDOW,
    'B post of w1 from w3': OWN_WINDOW,
    'scoring-dept': NONE,
    supervisor: NONE,
    'rating device of w1': NONE,
  },
  'work-on-complaint': {
    'agency-admin': ALL,
    'hall-admin': IN_HALL,
    'window-staff': ASSIGNEE,
    'chief representative': ASSIGNEE,
    'B post of w1 from w3': ASSIGNEE,
    'scoring-dept': ASSIGNEE,
    supervisor: IN_HALL,
    'rating device of w1': NONE,
  },
  'review-finding': {
    'agency-admin': ALL,
    'hall-admin': IN_HALL,
    'window-staff': NONE,
    'chief representative': NONE,
    'B post of w1 from w3': NONE,
    'scoring-dept': NONE,
    supervisor: IN_HALL,
    'rating device of w1': NONE,
  },
  'enter-score': {
    'agency-admin': ALL,
    'hall-admin': IN_HALL,
    'window-staff': NONE,
    'chief representative': NONE,
    'B post of w1 from w3': NONE,
    'scoring-dept': IN_HALL,
    supervisor: NONE,
    'rating device of w1': NONE,
  },
  'void-entry': {
    'agency-admin': ALL,
    'hall-admin': IN_HALL,
    'window-staff': NONE,
    'chief representative': NONE,
    'B post of w1 from w3': NONE,
    'scoring-dept': ASSIGNEE,
    supervisor: NONE,
    'rating device of w1': NONE,
  },
  'override-deadline': {
    'agency-admin': ALL,
    'hall-admin': IN_HALL,
    'window-staff': NONE,
    'chief representative': NONE,
    'B post of w1 from w3': NONE,
    'scoring-dept': NONE,
    supervisor: NONE,
    'rating device of w1': NONE,
  },
  // Wherever the applicant arrives first: any window's staff of the hall.
  'check-in-appointment': {
    'agency-admin': ALL,
    'hall-admin': IN_HALL,
    'window-staff': IN_HALL,
    'chief representative': IN_HALL,
    'B post of w1 from w3': IN_HALL,
    'scoring-dept': NONE,
    supervisor: NONE,
    'rating device of w1': NONE,
  },
};

const rows = (Object.keys(TABLE) as (keyof typeof TABLE)[]).flatMap((action) =>
  (Object.keys(callers) as CallerName[]).flatMap((name) =>
    RELATIONS.map((relation) => ({ action, name, relation, allowed: TABLE[action][name].includes(relation) })),
  ),
);

describe('the decision table', () => {
  it('covers every action', () => {
    expect([...Object.keys(TABLE), 'administer-agency'].sort()).toEqual([...ACTIONS].sort());
  });

  it.each(rows)('$action by $name ($relation) → $allowed', ({ action, name, relation, allowed }) => {
    const c = callers[name];
    expect(can(c.principal, action, subject(relation, c, 'approval'), c.standing)).toBe(allowed);
  });

  it('service items are decided by any staff of the window, approval items only by its chief representative', () => {
    const { principal, standing } = callers['window-staff'];
    expect(can(principal, 'decide-case', subject('same hall, own window', callers['window-staff'], 'service'), standing)).toBe(true);
    expect(can(principal, 'decide-case', subject('same hall, own window', callers['window-staff'], 'approval'), standing)).toBe(false);
    expect(can(principal, 'decide-case', subject('same hall, other window', callers['window-staff'], 'service'), standing)).toBe(false);
  });

  it('a B post covering another window works its cases and decides its service items, but is not its chief representative', () => {
    const { principal, standing } = callers['B post of w1 from w3'];
    const w1 = (itemKind: 'approval' | 'service') => ({ hallId: 'h1', windowId: 'w1', itemKind });
    expect(can(principal, 'work-at-window', w1('service'), standing)).toBe(true);
    expect(can(principal, 'decide-case', w1('service'), standing)).toBe(true);
    expect(can(principal, 'decide-case', w1('approval'), standing)).toBe(false);
    expect(can(principal, 'extend-case', w1('approval'), standing)).toBe(false);
    // At the window where the record names them chief representative, they are.
    const w3 = { hallId: 'h1', windowId: 'w3', itemKind: 'approval' as const };
    expect([
      can(principal, 'decide-case', w3, standing),
      can(principal, 'extend-case', w3, standing),
      can(principal, 'refer-case', w3, standing),
    ]).toEqual([true, true, true]);
    // Without the bPostOf entry, w1 is just another window.
    expect(can(principal, 'work-at-window', w1('service'), { ...standing!, bPostOf: [] })).toBe(false);
  });

  it.each(Object.keys(callers) as CallerName[])('administer-agency: only the agency admin (%s)', (name) => {
    expect(can(callers[name].principal, 'administer-agency')).toBe(name === 'agency-admin');
  });

  it('a window-staff token without a staff record acts at no window', () => {
    const { principal } = callers['window-staff'];
    expect(can(principal, 'work-at-window', { hallId: 'h1', windowId: 'w1' })).toBe(false);
  });

  it('a device token is only a rating device, whatever else it carries; without a window it rates nowhere', () => {
    const w1 = { hallId: 'h1', windowId: 'w1' };
    const everything = caller('device-x', ['rating-device', 'hall-admin', 'agency-admin', 'window-staff'], 'h1', { windowId: 'w1' }, 'w1');
    const allowed = ACTIONS.filter(
      (action) => action !== 'administer-agency' && can(everything.principal, action, w1, everything.standing),
    );
    expect(allowed).toEqual(['rate-at-window']);
    expect(can(everything.principal, 'administer-agency')).toBe(false);
    expect(can(caller('device-y', ['rating-device'], 'h1').principal, 'rate-at-window', w1)).toBe(false);
  });

  it("a hall admin's token for another hall is nobody there", () => {
    const { principal } = callers['hall-admin'];
    expect(can(principal, 'read-hall', { hallId: 'h2' })).toBe(false);
  });
});
