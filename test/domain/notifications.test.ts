/**
 * The notification rules (docs/DOMAIN.md "Notifications"): per event kind, who is told, by which
 * channel and with which text; opt-outs, quiet hours, masking, backoff, and the templates.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeholdersOf, providerWording, render, type Template } from '../../shared/domain/notification-template';
import { contactChannel, maskContact, toE164 } from '../../shared/domain/contacts';
import {
  AGENCY_NAME,
  eventKeyOf,
  heldUntil,
  MAX_ATTEMPTS,
  noticesFor,
  notificationId,
  NOTIFIED_EVENTS,
  retryDelaySeconds,
  subjectLabel,
  type Notice,
  type NotificationContext,
  type NotifiedEvent,
  type RuleDetail,
} from '../../shared/domain/notifications';
import { REMINDER_KINDS, type ReminderKind } from '../../shared/domain/reminders';

const HALL = '涟水县政务服务中心';

/** A hall with a window's A post, a supervisor (and one on leave), an item; the citizen reachable by SMS. */
function context(overrides: Partial<NotificationContext> = {}): NotificationContext {
  return {
    today: '2025-10-09',
    hallName: HALL,
    staff: [
      { staffId: 's-a', name: '张三', roles: ['window-staff'] },
      { staffId: 'sup-1', name: '钱督查', roles: ['supervisor'] },
      { staffId: 'sup-2', name: '孙督查', roles: ['supervisor'] },
    ],
    leaves: [{ staffId: 'sup-2', from: '2025-10-08', to: '2025-10-10' }],
    items: [{ itemId: 'licence', name: '食品经营许可' }],
    case: {
      caseId: 'C1',
      itemName: '食品经营许可',
      missingMaterials: ['身份证明', '经营场所平面图'],
      reason: '场所不符',
      remedy: '可申请行政复议',
    },
    complaint: { complaintId: 'K1', source: 'complaint', firstResponseDue: '2025-10-10', firstResponse: '已加开窗口' },
    citizen: { channel: 'sms', optedOut: false },
    channels: ['sms', 'work-message', 'email'],
    ...overrides,
  };
}

/** Recipients and texts, the way a person reads them. */
const summary = (notices: Notice[]) =>
  notices.map((n) => ({
    to: n.recipient.kind === 'staff' ? n.recipient.staffId : n.recipient.kind,
    channel: n.channel,
    essential: n.essential,
    text: n.message.text,
  }));

const reminder = (kind: ReminderKind, subjectId: string, recipient: string, workingDaysLeft: number): RuleDetail<'ReminderIssued'> => ({
  reminderId: `2025-10-09#${kind}#${subjectId}`,
  kind,
  subjectId,
  recipient,
  dueDate: '2025-10-10',
  workingDaysLeft,
});

const caseDetail = { caseId: 'C1', revision: 3, itemId: 'licence' };
const appointment = { appointmentId: 'A1', itemId: 'licence', date: '2025-10-10', start: '09:30' };

describe('who is told what, per event kind', () => {
  const cases: [string, NotifiedEvent, unknown, NotificationContext, ReturnType<typeof summary>][] = [
    [
      'a due-soon reminder: the recipient (A post, or B when A is on leave: the job names them)',
      'ReminderIssued',
      reminder('case-due-soon', 'C1', 's-a', 1),
      context(),
      [
        {
          to: 's-a',
          channel: 'work-message',
          essential: true,
          text: `【${HALL}】张三：办件C1将于2025-10-10到期（剩余1个工作日），请及时办理。`,
        },
      ],
    ],
    [
      'an overdue reminder: the recipient, escalated to the supervisors present',
      'ReminderIssued',
      reminder('complaint-overdue', 'K1', 's-a', -2),
      context(),
      [
        {
          to: 's-a',
          channel: 'work-message',
          essential: true,
          text: `【${HALL}】张三：投诉K1已于2025-10-10到期，现已超期2个工作日，请立即办理。`,
        },
        {
          to: 'sup-1',
          channel: 'work-message',
          essential: true,
          text: `【${HALL}】钱督查（督查）：投诉K1已于2025-10-10到期仍未办理，承办人：张三，请督办。`,
        },
      ],
    ],
    [
      'a first response due soon: the assignee',
      'ReminderIssued',
      reminder('response-due-soon', 'R-C1', 's-a', 0),
      context(),
      [
        {
          to: 's-a',
          channel: 'work-message',
          essential: true,
          text: `【${HALL}】张三：差评整改R-C1的首次响应将于2025-10-10到期（剩余0个工作日），请及时办理。`,
        },
      ],
    ],
    [
      'nobody to name: the supervisors present, never silent (and not told twice when it is overdue)',
      'ReminderIssued',
      reminder('case-overdue', 'C1', 'unassigned', -1),
      context(),
      [
        {
          to: 'sup-1',
          channel: 'work-message',
          essential: true,
          text: `【${HALL}】钱督查：办件C1已于2025-10-10到期，现已超期1个工作日，请立即办理。`,
        },
      ],
    ],
    [
      'review waiting: the supervisor it names',
      'ReminderIssued',
      reminder('review-waiting', 'R-C1', 'sup-1', 1),
      context(),
      [
        {
          to: 'sup-1',
          channel: 'work-message',
          essential: true,
          text: `【${HALL}】钱督查：差评整改R-C1的“不属实”认定待您复核，复核前仍计入考核。`,
        },
      ],
    ],
    [
      'a monthly report due',
      'ReminderIssued',
      reminder('report-due', 'report:w1:2025-09', 's-a', 1),
      context(),
      [
        {
          to: 's-a',
          channel: 'work-message',
          essential: true,
          text: `【${HALL}】张三：2025-09月度报送（窗口w1）须于2025-10-10前完成（剩余1个工作日）。`,
        },
      ],
    ],
    [
      'a complaint routed: its assignee, with both deadlines',
      'ComplaintRouted',
      { complaintId: 'K1', revision: 2, assignee: 's-a', dueDate: '2025-10-16' },
      context(),
      [
        {
          to: 's-a',
          channel: 'work-message',
          essential: true,
          text: `【${HALL}】张三：投诉K1已分派给您，请于2025-10-10前首次响应，2025-10-16前办结。`,
        },
      ],
    ],
    [
      'a complaint nobody could take: nobody here (the daily reminders report it)',
      'ComplaintRouted',
      { complaintId: 'K1', revision: 2, dueDate: '2025-10-16' },
      context(),
      [],
    ],
    [
      'the agency: a missing national schedule, by e-mail',
      'NationalCalendarMissing',
      { asOf: '2026-11-02', years: [2027] },
      context({ hallName: AGENCY_NAME }),
      [
        {
          to: 'agency',
          channel: 'email',
          essential: true,
          text: `【${AGENCY_NAME}】2026-11-02起60日内将进入2027年，但该年度国务院节假日安排尚未载入。涉及该年度的期限计算均标注为“临时”，请尽快载入该年度安排。`,
        },
      ],
    ],
    [
      'acceptance: the applicant by SMS',
      'CaseAccepted',
      { ...caseDetail, dueDate: '2025-10-10' },
      context(),
      [
        {
          to: 'citizen',
          channel: 'sms',
          essential: false,
          text: `【${HALL}】您申请的食品经营许可（办件号C1）已受理，承诺于2025-10-10前办结。可凭回执上的查询码查询进度。`,
        },
      ],
    ],
    [
      'the one-time notice: every missing material at once',
      'CaseAwaitingMaterials',
      caseDetail,
      context(),
      [
        {
          to: 'citizen',
          channel: 'sms',
          essential: true,
          text: `【${HALL}】您申请的食品经营许可（办件号C1）尚缺以下材料：身份证明、经营场所平面图。请备齐后到窗口补交，补齐之日起开始计算办理时限。`,
        },
      ],
    ],
    [
      'approved',
      'CaseConcluded',
      { ...caseDetail, outcome: 'approved' },
      context(),
      [
        {
          to: 'citizen',
          channel: 'sms',
          essential: true,
          text: `【${HALL}】您申请的食品经营许可（办件号C1）已办结，结果：准予办理。请按约定方式领取办理结果。`,
        },
      ],
    ],
    [
      'rejected: with the reason and the remedy',
      'CaseConcluded',
      { ...caseDetail, outcome: 'rejected' },
      context(),
      [
        {
          to: 'citizen',
          channel: 'sms',
          essential: true,
          text: `【${HALL}】您申请的食品经营许可（办件号C1）已办结，结果：不予办理。理由：场所不符。如不服，可申请行政复议。`,
        },
      ],
    ],
    [
      'a complaint answered: the complainant, by the channel of their contact',
      'ComplaintAnswered',
      { complaintId: 'K1', revision: 4 },
      context({ citizen: { channel: 'email', optedOut: false } }),
      [{ to: 'citizen', channel: 'email', essential: true, text: `【${HALL}】您反映的问题（编号K1）已有答复：已加开窗口` }],
    ],
    [
      'an appointment cancelled (a hall closure)',
      'AppointmentCancelled',
      { ...appointment, reason: '临时闭厅' },
      context(),
      [
        {
          to: 'citizen',
          channel: 'sms',
          essential: true,
          text: `【${HALL}】很抱歉，您预约的食品经营许可（2025-10-10 09:30）已取消，原因：临时闭厅。请重新预约。`,
        },
      ],
    ],
    [
      'an appointment tomorrow',
      'AppointmentTomorrow',
      appointment,
      context(),
      [
        {
          to: 'citizen',
          channel: 'sms',
          essential: false,
          text: `【${HALL}】提醒：您已预约食品经营许可，时间2025-10-10 09:30，请携带材料按时到厅办理。`,
        },
      ],
    ],
  ];

  it.each(cases)('%s', (_, event, detail, ctx, expected) => {
    expect(summary(noticesFor(event, detail as never, ctx))).toEqual(expected);
  });

  it('covers every event kind a rule exists for', () => {
    expect(new Set(cases.map(([, event]) => event))).toEqual(new Set(NOTIFIED_EVENTS));
  });

  it('names the hall in every notice', () => {
    for (const [, event, detail, ctx] of cases) {
      for (const n of noticesFor(event, detail as never, ctx)) expect(n.message.text.startsWith(`【${ctx.hallName}】`)).toBe(true);
    }
  });
});

describe('citizens: reach and opt-out', () => {
  const citizenEvents: [NotifiedEvent, unknown, boolean][] = [
    ['CaseAccepted', { ...caseDetail, dueDate: '2025-10-10' }, false],
    ['CaseAwaitingMaterials', caseDetail, true],
    ['CaseConcluded', { ...caseDetail, outcome: 'rejected' }, true],
    ['ComplaintAnswered', { complaintId: 'K1', revision: 4 }, true],
    ['AppointmentCancelled', appointment, true],
    ['AppointmentTomorrow', appointment, false],
  ];

  it.each(citizenEvents)('%s: essential %s — told after an opt-out only if essential', (event, detail, essential) => {
    const optedOut = noticesFor(event, detail as never, context({ citizen: { channel: 'sms', optedOut: true } }));
    expect(optedOut.length).toBe(essential ? 1 : 0);
    expect(noticesFor(event, detail as never, context()).map((n) => n.essential)).toEqual([essential]);
  });

  it.each(citizenEvents)('%s: nobody is told without a contact, or on a channel the deployment lacks', (event, detail) => {
    const { citizen: _none, ...unreachable } = context();
    expect(noticesFor(event, detail as never, unreachable)).toEqual([]);
    expect(
      noticesFor(event, detail as never, context({ citizen: { channel: 'email', optedOut: false }, channels: ['sms', 'work-message'] })),
    ).toEqual([]);
  });

  it('sends the agency warning to the agency work group where there is no e-mail (China regions)', () => {
    const [notice] = noticesFor(
      'NationalCalendarMissing',
      { asOf: '2026-11-02', years: [2027] },
      context({ channels: ['sms', 'work-message'] }),
    );
    expect(notice).toMatchObject({ recipient: { kind: 'agency' }, channel: 'work-message' });
  });
});

describe('one delivery per (event, recipient, channel)', () => {
  it('keys an event by its subject and revision, so a republished event is the same event', () => {
    expect(eventKeyOf('CaseAccepted', { ...caseDetail, dueDate: '2025-10-10' })).toBe('C1:r3');
    expect(eventKeyOf('ReminderIssued', reminder('case-due-soon', 'C1', 's-a', 1))).toBe('2025-10-09#case-due-soon#C1');
    const [notice] = noticesFor('CaseAccepted', { ...caseDetail, dueDate: '2025-10-10' }, context());
    expect(notificationId('CaseAccepted', 'C1:r3', notice!)).toBe('CaseAccepted:C1:r3/citizen/sms');
  });

  it('labels subjects as staff read them', () => {
    expect(subjectLabel('case-overdue', 'C9')).toBe('办件C9');
    expect(subjectLabel('complaint-due-soon', 'R-C9')).toBe('差评整改R-C9');
    expect(subjectLabel('response-overdue', 'K9')).toBe('投诉K9的首次响应');
    expect(subjectLabel('report-due', 'entries:score-1:2025-09')).toBe('2025-09考核评分录入');
  });

  it('has a text for every reminder kind', () => {
    for (const kind of REMINDER_KINDS) {
      expect(noticesFor('ReminderIssued', reminder(kind, 'C1', 's-a', 1), context()).length).toBeGreaterThan(0);
    }
  });
});

describe('quiet hours for SMS (21:00–08:00 Asia/Shanghai)', () => {
  it.each([
    ['2025-09-26T20:59:59+08:00', undefined],
    ['2025-09-26T21:00:00+08:00', '2025-09-27T00:00:00.000Z'],
    ['2025-09-26T23:30:00+08:00', '2025-09-27T00:00:00.000Z'],
    ['2025-09-27T00:10:00+08:00', '2025-09-27T00:00:00.000Z'],
    ['2025-09-27T07:59:59+08:00', '2025-09-27T00:00:00.000Z'],
    ['2025-09-27T08:00:00+08:00', undefined],
    ['2025-09-27T12:00:00+08:00', undefined],
  ])('an SMS due at %s goes out at %s', (now, until) => {
    expect(heldUntil('sms', new Date(now))?.toISOString()).toBe(until);
  });

  it('holds no staff or agency message', () => {
    expect(heldUntil('work-message', new Date('2025-09-26T23:00:00+08:00'))).toBeUndefined();
    expect(heldUntil('email', new Date('2025-09-26T23:00:00+08:00'))).toBeUndefined();
  });

  it('never holds longer than SQS can keep a message invisible (12 hours)', () => {
    for (let minute = 0; minute < 24 * 60; minute += 7) {
      const now = new Date(Date.parse('2025-09-26T00:00:00+08:00') + minute * 60_000);
      const until = heldUntil('sms', now);
      if (until) expect(until.getTime() - now.getTime()).toBeLessThanOrEqual(12 * 3600_000);
    }
  });
});

describe('contacts', () => {
  it.each([
    ['13912345678', '139****5678', 'sms'],
    ['+86 139-1234-5678', '139****5678', 'sms'],
    ['citizen@example.cn', 'c***@example.cn', 'email'],
    ['0517-82345678', '051****5678', undefined],
    ['微信 abc', '***', undefined],
  ])('%s is shown as %s and reached by %s', (contact, shown, channel) => {
    expect(maskContact(contact)).toBe(shown);
    expect(contactChannel(contact)).toBe(channel);
  });

  it('gives providers E.164', () => {
    expect(toE164('139 1234 5678')).toBe('+8613912345678');
    expect(toE164('+8613912345678')).toBe('+8613912345678');
  });
});

describe('retries', () => {
  it('back off 1, 2, 4, 8 minutes before the last attempt', () => {
    expect(Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => retryDelaySeconds(i + 1))).toEqual([60, 120, 240, 480]);
  });
});

describe('templates', () => {
  const dir = join(import.meta.dirname, '../../shared/domain/notification-templates');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  const load = async (file: string) => ((await import(join(dir, file))) as { default: Template }).default;

  it.each(files)('%s: its id is its file name, it names the hall, each placeholder once', async (file) => {
    const t = await load(file);
    expect(`${t.id}.ts`).toBe(file);
    expect(t.text.startsWith('【{hallName}】')).toBe(true);
    const names = placeholdersOf(t);
    expect(new Set(names).size).toBe(names.length);
    // The subject reads only what the text has.
    for (const [, name] of t.subject.matchAll(/\{(\w+)\}/g)) expect(names).toContain(name);
  });

  it('are registered with the SMS provider numbered in order, and rendered with the values in that order', async () => {
    const t = await load('case-accepted.ts');
    expect(providerWording(t)).toBe('【{1}】您申请的{2}（办件号{3}）已受理，承诺于{4}前办结。可凭回执上的查询码查询进度。');
    expect(render(t, { hallName: 'H', itemName: 'I', caseId: 'C', dueDate: 'D' }).params).toEqual(['H', 'I', 'C', 'D']);
  });
});
