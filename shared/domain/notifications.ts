/**
 * Notifications (docs/DOMAIN.md "Notifications"): for each event kind on the hall bus, who is
 * told, by which channel, with which text. Pure: the sender loads what the rules read (the
 * hall's name and staff, the case or complaint, whether the citizen can be reached and has
 * opted out), asks this module, and delivers.
 *
 * A new event kind is one entry of `notificationRules` (its dedupe key and its notices) and one
 * template file under ./notification-templates/.
 */
import type { Rendered } from './notification-template';
import appointmentCancelled from './notification-templates/appointment-cancelled';
import appointmentTomorrow from './notification-templates/appointment-tomorrow';
import calendarMissing from './notification-templates/calendar-missing';
import caseAccepted from './notification-templates/case-accepted';
import caseApproved from './notification-templates/case-approved';
import caseAwaitingMaterials from './notification-templates/case-awaiting-materials';
import caseRejected from './notification-templates/case-rejected';
import complaintAnswered from './notification-templates/complaint-answered';
import complaintAssigned from './notification-templates/complaint-assigned';
import reminderDueSoon from './notification-templates/reminder-due-soon';
import reminderEscalation from './notification-templates/reminder-escalation';
import reminderOverdue from './notification-templates/reminder-overdue';
import reportDue from './notification-templates/report-due';
import reviewWaiting from './notification-templates/review-waiting';
import { render } from './notification-template';
import type { ReminderKind } from './reminders';
import { isOnLeave, SUPERVISOR_ROLE, type LeaveRange } from './routing';
import { addDays, atBusinessMinutes, businessDate, minutesIntoBusinessDay, type IsoDate } from './time';

/** SMS for citizens; the hall's group robot (WeCom / DingTalk) for staff; e-mail for the agency. */
export const CHANNELS = ['sms', 'work-message', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];

export const DELIVERY_STATUSES = ['queued', 'sent', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * Who is told. Staff by their staff id (addressed by name in the hall's work group); the
 * citizen the event is about (the applicant of the case, the complainant, the booker), whose
 * contact only the sender reads; the agency's administrators.
 */
export type Recipient = { kind: 'staff'; staffId: string } | { kind: 'citizen' } | { kind: 'agency' };

export interface Notice {
  recipient: Recipient;
  channel: Channel;
  /**
   * Essential notices reach the citizen even after an opt-out: the one-time notice, the result
   * (with reason and remedy), a cancelled appointment and the answer to their complaint. An
   * acceptance or a booking reminder is a courtesy and respects the opt-out.
   */
  essential: boolean;
  message: Rendered;
}

export interface StaffMember {
  staffId: string;
  name: string;
  roles: readonly string[];
}

/** What the rules read besides the event itself (loaded by the sender). */
export interface NotificationContext {
  /** The business date the event is handled on (who is on leave). */
  today: IsoDate;
  hallName: string;
  staff: readonly StaffMember[];
  leaves: readonly LeaveRange[];
  items: readonly { itemId: string; name: string }[];
  case?: {
    caseId: string;
    itemName: string;
    reason?: string;
    remedy?: string;
    /** Names of the materials still missing (the one-time notice). */
    missingMaterials: readonly string[];
  };
  complaint?: {
    complaintId: string;
    source: 'complaint' | 'bad-rating';
    firstResponseDue?: IsoDate;
    /** The first response's message (ComplaintAnswered). */
    firstResponse?: string;
  };
  /** How the citizen the event is about can be reached (never the contact itself); absent: not at all. */
  citizen?: { channel: 'sms' | 'email'; optedOut: boolean };
  /** The channels this deployment has (no e-mail where SES is not offered, e.g. the China regions). */
  channels: readonly Channel[];
}

/** The name agency notices carry where hall notices carry the hall's. */
export const AGENCY_NAME = '政务服务管理机构';

/** The citizen an event is about, whose contact the sender reads when a rule may tell them. */
export type CitizenOf = 'applicant' | 'complainant' | 'booker';

export interface Rule<D> {
  /** The event's identity, stable across redeliveries and republishing (the outbox publishes again on a retry). */
  key: (detail: D) => string;
  /** Whom `NotificationContext.citizen` describes: the case's applicant, the complainant, the booker; absent: nobody. */
  citizen?: CitizenOf;
  notices: (detail: D, ctx: NotificationContext) => Notice[];
}

const rule = <D>(r: Rule<D>): Rule<D> => r;

/** The citizen, by the channel they can be reached on, unless they cannot or opted out of what is not essential. */
function toCitizen(ctx: NotificationContext, essential: boolean, message: Rendered): Notice[] {
  const { citizen } = ctx;
  if (!citizen || (citizen.optedOut && !essential) || !ctx.channels.includes(citizen.channel)) return [];
  return [{ recipient: { kind: 'citizen' }, channel: citizen.channel, essential, message }];
}

const staffName = (ctx: NotificationContext, staffId: string) => ctx.staff.find((s) => s.staffId === staffId)?.name;

/** A staff member by id, addressed by name (someone not on the hall's staff list is not told). */
function toStaff(ctx: NotificationContext, staffId: string, message: (name: string) => Rendered): Notice[] {
  const name = staffName(ctx, staffId);
  return name === undefined
    ? []
    : [{ recipient: { kind: 'staff', staffId }, channel: 'work-message', essential: true, message: message(name) }];
}

/** The hall's supervisors not on leave today. */
function supervisorsPresent(ctx: NotificationContext): StaffMember[] {
  return ctx.staff.filter((s) => s.roles.includes(SUPERVISOR_ROLE) && !isOnLeave(s.staffId, ctx.today, ctx.leaves));
}

const itemName = (ctx: NotificationContext, itemId: string) => ctx.items.find((i) => i.itemId === itemId)?.name ?? itemId;

/** How a subject reads in a message: 办件 C1, 投诉 X, 差评整改 R-C1, a monthly report or scoring. */
export function subjectLabel(kind: ReminderKind | 'complaint', subjectId: string): string {
  if (kind.startsWith('case-')) return `办件${subjectId}`;
  if (kind === 'report-due') {
    const [what, whose, month] = subjectId.split(':');
    return what === 'report' ? `${month}月度报送（窗口${whose}）` : `${month}考核评分录入`;
  }
  const label = subjectId.startsWith('R-') ? `差评整改${subjectId}` : `投诉${subjectId}`;
  return kind.startsWith('response-') ? `${label}的首次响应` : label;
}

interface ReminderDetail {
  reminderId: string;
  kind: ReminderKind;
  subjectId: string;
  recipient: string;
  dueDate: string;
  workingDaysLeft: number;
}

const OVERDUE_KINDS: readonly ReminderKind[] = ['case-overdue', 'complaint-overdue', 'response-overdue'];

function reminderNotices(d: ReminderDetail, ctx: NotificationContext): Notice[] {
  const hallName = ctx.hallName;
  const subject = subjectLabel(d.kind, d.subjectId);
  const overdue = OVERDUE_KINDS.includes(d.kind);
  const forRecipient = (name: string): Rendered => {
    if (d.kind === 'review-waiting') return render(reviewWaiting, { hallName, staffName: name, subject });
    if (d.kind === 'report-due')
      return render(reportDue, { hallName, staffName: name, subject, dueDate: d.dueDate, workingDaysLeft: d.workingDaysLeft });
    if (overdue)
      return render(reminderOverdue, { hallName, staffName: name, subject, dueDate: d.dueDate, workingDaysLate: -d.workingDaysLeft });
    return render(reminderDueSoon, { hallName, staffName: name, subject, dueDate: d.dueDate, workingDaysLeft: d.workingDaysLeft });
  };
  const responsible = staffName(ctx, d.recipient);
  // The one who must act; nobody named (unassigned): the supervisors present, so it is never silent.
  const direct = responsible
    ? toStaff(ctx, d.recipient, forRecipient)
    : supervisorsPresent(ctx).flatMap((s) => toStaff(ctx, s.staffId, forRecipient));
  // Overdue: escalated to the supervisors (督办).
  const escalation = overdue
    ? supervisorsPresent(ctx).flatMap((s) =>
        toStaff(ctx, s.staffId, (name) =>
          render(reminderEscalation, { hallName, staffName: name, subject, dueDate: d.dueDate, responsible: responsible ?? '未分派' }),
        ),
      )
    : [];
  return [...direct, ...escalation];
}

const revisionKey = (id: string, revision: number) => `${id}:r${revision}`;

interface CaseDetail {
  caseId: string;
  revision: number;
  itemId: string;
}

const caseParams = (d: CaseDetail, ctx: NotificationContext) => ({
  hallName: ctx.hallName,
  itemName: ctx.case?.itemName ?? itemName(ctx, d.itemId),
  caseId: d.caseId,
});

interface AppointmentDetail {
  appointmentId: string;
  itemId: string;
  date: string;
  start: string;
  reason?: string;
}

const appointmentParams = (d: AppointmentDetail, ctx: NotificationContext) => ({
  hallName: ctx.hallName,
  itemName: itemName(ctx, d.itemId),
  date: d.date,
  start: d.start,
});

/**
 * Per event kind: its dedupe key and who is told what. Checked against the event contracts by
 * the sender (shared/services/notifications.ts), whose queue subscribes to exactly these kinds.
 */
export const notificationRules = {
  ReminderIssued: rule<ReminderDetail>({ key: (d) => d.reminderId, notices: reminderNotices }),

  ComplaintRouted: rule<{ complaintId: string; revision: number; assignee?: string; dueDate: string }>({
    key: (d) => revisionKey(d.complaintId, d.revision),
    notices: (d, ctx) =>
      d.assignee
        ? toStaff(ctx, d.assignee, (staffName) =>
            render(complaintAssigned, {
              hallName: ctx.hallName,
              staffName,
              subject: subjectLabel('complaint', d.complaintId),
              firstResponseDue: ctx.complaint?.firstResponseDue ?? d.dueDate,
              dueDate: d.dueDate,
            }),
          )
        : [], // unassigned: the daily reminders report it to the supervisors
  }),

  NationalCalendarMissing: rule<{ asOf: string; years: readonly number[] }>({
    key: (d) => d.asOf,
    notices: (d, ctx) => [
      {
        recipient: { kind: 'agency' },
        // E-mail where the deployment has it; else the agency's own group robot.
        channel: ctx.channels.includes('email') ? 'email' : 'work-message',
        essential: true,
        message: render(calendarMissing, { hallName: AGENCY_NAME, asOf: d.asOf, years: d.years.join('、') }),
      },
    ],
  }),

  CaseAccepted: rule<CaseDetail & { dueDate: string }>({
    citizen: 'applicant',
    key: (d) => revisionKey(d.caseId, d.revision),
    notices: (d, ctx) => toCitizen(ctx, false, render(caseAccepted, { ...caseParams(d, ctx), dueDate: d.dueDate })),
  }),

  CaseAwaitingMaterials: rule<CaseDetail>({
    citizen: 'applicant',
    key: (d) => revisionKey(d.caseId, d.revision),
    notices: (d, ctx) =>
      toCitizen(
        ctx,
        true,
        render(caseAwaitingMaterials, { ...caseParams(d, ctx), materials: (ctx.case?.missingMaterials ?? []).join('、') }),
      ),
  }),

  CaseConcluded: rule<CaseDetail & { outcome: 'approved' | 'rejected' }>({
    citizen: 'applicant',
    key: (d) => revisionKey(d.caseId, d.revision),
    notices: (d, ctx) =>
      toCitizen(
        ctx,
        true,
        d.outcome === 'approved'
          ? render(caseApproved, caseParams(d, ctx))
          : render(caseRejected, { ...caseParams(d, ctx), reason: ctx.case?.reason ?? '', remedy: ctx.case?.remedy ?? '' }),
      ),
  }),

  ComplaintAnswered: rule<{ complaintId: string; revision: number }>({
    citizen: 'complainant',
    key: (d) => revisionKey(d.complaintId, d.revision),
    notices: (d, ctx) =>
      toCitizen(
        ctx,
        true,
        render(complaintAnswered, { hallName: ctx.hallName, complaintId: d.complaintId, message: ctx.complaint?.firstResponse ?? '' }),
      ),
  }),

  AppointmentCancelled: rule<AppointmentDetail>({
    citizen: 'booker',
    key: (d) => d.appointmentId,
    notices: (d, ctx) =>
      toCitizen(ctx, true, render(appointmentCancelled, { ...appointmentParams(d, ctx), reason: d.reason ?? '大厅临时闭厅' })),
  }),

  AppointmentTomorrow: rule<AppointmentDetail>({
    citizen: 'booker',
    key: (d) => `${d.appointmentId}:${d.date}`,
    notices: (d, ctx) => toCitizen(ctx, false, render(appointmentTomorrow, appointmentParams(d, ctx))),
  }),
} as const;

export type NotifiedEvent = keyof typeof notificationRules;
export const NOTIFIED_EVENTS = Object.keys(notificationRules) as NotifiedEvent[];

/** The detail a rule reads. */
export type RuleDetail<E extends NotifiedEvent> = (typeof notificationRules)[E] extends Rule<infer D> ? D : never;

export const recipientKey = (r: Recipient) => (r.kind === 'staff' ? `staff:${r.staffId}` : r.kind);

/** One delivery per (event, recipient, channel): the id its record is claimed under. */
export const notificationId = (event: NotifiedEvent, eventKey: string, n: Pick<Notice, 'recipient' | 'channel'>) =>
  `${event}:${eventKey}/${recipientKey(n.recipient)}/${n.channel}`;

/** The notices of an event, one per recipient and channel (a supervisor told directly is not told again by escalation). */
export function noticesFor<E extends NotifiedEvent>(event: E, detail: RuleDetail<E>, ctx: NotificationContext): Notice[] {
  const notices = (notificationRules[event] as Rule<RuleDetail<E>>).notices(detail, ctx);
  const seen = new Set<string>();
  return notices.filter((n) => {
    const id = `${recipientKey(n.recipient)}/${n.channel}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

export const eventKeyOf = <E extends NotifiedEvent>(event: E, detail: RuleDetail<E>): string =>
  (notificationRules[event] as Rule<RuleDetail<E>>).key(detail);

/** Quiet hours for SMS: no texts from 21:00 to 08:00 Asia/Shanghai. */
export const QUIET_HOURS = { from: 21 * 60, to: 8 * 60 } as const;

/**
 * When an SMS due now may go out: undefined (now), or the end of the quiet hours (08:00 the same
 * or the next morning). Other channels are not held: staff and agency messages are work.
 */
export function heldUntil(channel: Channel, now: Date): Date | undefined {
  if (channel !== 'sms') return undefined;
  const minutes = minutesIntoBusinessDay(now);
  if (minutes >= QUIET_HOURS.to && minutes < QUIET_HOURS.from) return undefined;
  const today = businessDate(now);
  return atBusinessMinutes(minutes >= QUIET_HOURS.from ? addDays(today, 1) : today, QUIET_HOURS.to);
}

/** Attempts per delivery before it is `failed` (and counted in the NotificationsFailed metric). */
export const MAX_ATTEMPTS = 5;

/** Seconds before the next attempt after `attempt` failed: 1, 2, 4, 8 minutes. */
export function retryDelaySeconds(attempt: number): number {
  return Math.min(60 * 2 ** Math.max(attempt - 1, 0), 3600);
}
