/**
 * Complaint and rectification transitions: every status × every action, and the rule that the
 * assessed window never judges itself (a "not substantiated" from its own staff waits for review).
 */
import { describe, expect, it } from 'vitest';
import {
  COMPLAINT_STATUSES,
  fileComplaint,
  isUnfoundedRectification,
  rectificationFor,
  resolve,
  respond,
  review,
  type Complaint,
  type ComplaintStatus,
} from '../../shared/domain/complaints';
import { DomainError, type ErrorCode } from '../../shared/domain/errors';

const at = new Date('2025-09-26T09:00:00+08:00');
const base = fileComplaint({ complaintId: 'c1', hallId: 'h1', category: '服务态度', description: '态度生硬', windowId: 'w1' }, at);

const inStatus = (status: ComplaintStatus): Complaint => ({
  ...base,
  status,
  ...(status === 'under-review' ? { proposedFinding: { resolution: '不属实', by: 's-a', at: '2025-09-26T10:00:00.000+08:00' } } : {}),
  ...(status === 'resolved' ? { substantiated: true, resolution: '已整改', resolvedBy: 's-a' } : {}),
});

type Action = 'resolve substantiated' | 'propose unfounded' | 'find unfounded' | 'review' | 'respond';
const act: Record<Action, (c: Complaint) => Complaint> = {
  'resolve substantiated': (c) => resolve(c, 's-a', { substantiated: true, resolution: '已整改' }, at, false),
  'propose unfounded': (c) => resolve(c, 's-a', { substantiated: false, resolution: '不属实' }, at, false),
  'find unfounded': (c) => resolve(c, 'sup-1', { substantiated: false, resolution: '不属实' }, at, true),
  review: (c) => review(c, 'sup-1', { unfounded: true, note: '复核' }, at),
  respond: (c) => respond(c, 's-a', '已收到，正在处理', at),
};

/** The status each action leads to, or the error code it refuses with. */
const TABLE: Record<ComplaintStatus, Record<Action, ComplaintStatus | ErrorCode>> = {
  received: {
    'resolve substantiated': 'resolved',
    'propose unfounded': 'under-review',
    'find unfounded': 'resolved',
    review: 'NOT_UNDER_REVIEW',
    respond: 'received',
  },
  assigned: {
    'resolve substantiated': 'resolved',
    'propose unfounded': 'under-review',
    'find unfounded': 'resolved',
    review: 'NOT_UNDER_REVIEW',
    respond: 'assigned',
  },
  'under-review': {
    'resolve substantiated': 'COMPLAINT_NOT_OPEN',
    'propose unfounded': 'COMPLAINT_NOT_OPEN',
    'find unfounded': 'COMPLAINT_NOT_OPEN',
    review: 'resolved',
    respond: 'under-review',
  },
  resolved: {
    'resolve substantiated': 'COMPLAINT_RESOLVED',
    'propose unfounded': 'COMPLAINT_RESOLVED',
    'find unfounded': 'COMPLAINT_RESOLVED',
    review: 'NOT_UNDER_REVIEW',
    respond: 'COMPLAINT_RESOLVED',
  },
};

const rows = COMPLAINT_STATUSES.flatMap((status) =>
  (Object.keys(act) as Action[]).map((action) => ({ status, action, expected: TABLE[status][action] })),
);

describe('every status × every action', () => {
  it.each(rows)('$status + $action → $expected', ({ status, action, expected }) => {
    const before = inStatus(status);
    const attempt = () => act[action](before);
    if ((COMPLAINT_STATUSES as readonly string[]).includes(expected)) {
      const after = attempt();
      expect(after.status).toBe(expected);
      expect(after.history).toHaveLength(before.history.length + 1);
    } else {
      expect(attempt).toThrow(DomainError);
      try {
        attempt();
      } catch (err) {
        expect((err as DomainError).code).toBe(expected);
      }
    }
  });
});

describe('the assessed never judge themselves', () => {
  const rectification = rectificationFor({
    caseId: 'k1',
    hallId: 'h1',
    windowId: 'w1',
    level: 1,
    ratedAt: '2025-09-26T09:00:00.000+08:00',
  });

  it('a proposed "not substantiated" does not make a bad rating unfounded; the review does', () => {
    const proposed = act['propose unfounded'](rectification);
    expect(proposed).toMatchObject({ status: 'under-review', proposedFinding: { by: 's-a', resolution: '不属实' } });
    expect(proposed.substantiated).toBeUndefined();
    expect(isUnfoundedRectification(proposed)).toBe(false);
    const confirmed = review(proposed, 'sup-1', { unfounded: true, note: '回访核实' }, at);
    expect(confirmed).toMatchObject({
      status: 'resolved',
      substantiated: false,
      resolvedBy: 's-a',
      review: { by: 'sup-1', unfounded: true },
    });
    expect(isUnfoundedRectification(confirmed)).toBe(true);
    const overturned = review(proposed, 'sup-1', { unfounded: false, note: '差评属实' }, at);
    expect(overturned).toMatchObject({ status: 'resolved', substantiated: true });
    expect(isUnfoundedRectification(overturned)).toBe(false);
  });

  it('a response keeps the status and records the first response once', () => {
    const first = respond(inStatus('assigned'), 's-a', '已收到', at);
    const second = respond(first, 's-a', '正在核查', new Date('2025-09-27T09:00:00+08:00'));
    expect(second).toMatchObject({ status: 'assigned', firstResponseAt: first.firstResponseAt });
    expect(second.history.slice(-2).map((h) => h.note)).toEqual(['已收到', '正在核查']);
  });
});
