/**
 * The notification sender's use case: an event from the notification queue → the rules
 * (shared/domain/notifications.ts) → one delivery per (event, recipient, channel), each
 * claimed once and attempted under a lease, so a redelivered event never sends twice; a failed
 * attempt is retried with backoff until the last, then `failed` and counted. Citizens' contacts
 * are decrypted here and nowhere else, never logged, and stored only masked.
 */
import { contactChannel, maskContact, toE164 } from '#domain/contacts';
import {
  eventKeyOf,
  heldUntil,
  MAX_ATTEMPTS,
  noticesFor,
  notificationId,
  notificationRules,
  retryDelaySeconds,
  AGENCY_NAME,
  type CitizenOf,
  type Notice,
  type NotificationContext,
  type NotifiedEvent,
  type RuleDetail,
} from '#domain/notifications';
import type { Appointment } from '#domain/appointments';
import type { Case } from '#domain/cases';
import type { Complaint } from '#domain/complaints';
import { businessDate, toOffsetIso } from '#domain/time';
import { appointmentRecords } from '#adapters/appointment-records';
import { caseRecords } from '#adapters/case-records';
import { complaintRecords } from '#adapters/complaint-records';
import type { CipherDeps, KeyedHashDeps, NotificationDeps, StoreDeps } from '#adapters/deps';
import type { CipherContext } from '#adapters/field-cipher';
import { hallRecords } from '#adapters/hall-records';
import { logger } from '#adapters/logger';
import { recordMetric } from '#adapters/metrics';
import { DeliveryError, PermanentDeliveryError, type Address } from '#adapters/notification-ports';
import { notificationRecords, optOutRecords, preferenceRecords } from '#adapters/notification-records';
import { AGENCY, eventSchemas, type EventDetail } from '#events/contracts';

export type SenderDeps = StoreDeps & CipherDeps & KeyedHashDeps & NotificationDeps;

/** What became of an event: done (every delivery sent, failed for good, or someone else's), or to come back later. */
export interface Outcome {
  retryAfterSeconds?: number;
}

/** An attempt holds its delivery this long: longer than the function may run, so only a dead sender's lease expires. */
const LEASE_MS = 90_000;

// Every rule reads fields its event's contract has: a rule that drifted from the contract fails the type check here.
type RulesMatchContracts = { [E in NotifiedEvent]: EventDetail<E> extends RuleDetail<E> ? true : never };
export const rulesMatchContracts: RulesMatchContracts = Object.fromEntries(
  Object.keys(notificationRules).map((e) => [e, true]),
) as RulesMatchContracts;

const isNotified = (type: string): type is NotifiedEvent => type in notificationRules;

/** A citizen's contact, decrypted, with its channel: only for this event's deliveries. */
interface Contact {
  value: string;
  channel: 'sms' | 'email';
}

interface Loaded {
  ctx: NotificationContext;
  contact?: Contact;
}

async function decryptContact(d: SenderDeps, cipher: string | undefined, context: CipherContext): Promise<Contact | undefined> {
  if (!cipher) return undefined;
  const value = await d.cipher.decrypt(cipher, context);
  const channel = contactChannel(value);
  return channel ? { value, channel } : undefined;
}

const applicantContact = (d: SenderDeps, c: Case | undefined) =>
  c ? decryptContact(d, c.applicant.phoneCipher, { hallId: c.hallId, caseId: c.caseId }) : undefined;

/** The complainant's contact; a bad rating's rectification answers the rated case's applicant. */
async function complainantContact(d: SenderDeps, c: Complaint | undefined, ofCase: Case | undefined): Promise<Contact | undefined> {
  if (!c) return undefined;
  if (c.contactCipher) return decryptContact(d, c.contactCipher, { hallId: c.hallId, complaintId: c.complaintId });
  return c.source === 'bad-rating' ? applicantContact(d, ofCase) : undefined;
}

/** The pseudonym a phone's opt-out is kept under: a keyed hash, so the record reveals no number. */
const phonePseudonym = (d: SenderDeps, phone: string) => d.keyedHash.digest('opt-out-phone', toE164(phone));

/** The phone the booking was taken with (encrypted under its hall and appointment). */
const bookerContact = (d: SenderDeps, a: Appointment | undefined) =>
  a ? decryptContact(d, a.phoneCipher, { hallId: a.hallId, appointmentId: a.appointmentId }) : undefined;

/** What an event is about, as far as reaching its citizen goes. */
interface Subjects {
  found: Case | undefined;
  complaint: Complaint | undefined;
  appointment: Appointment | undefined;
}

async function citizenContact(d: SenderDeps, who: CitizenOf | undefined, s: Subjects) {
  switch (who) {
    case 'applicant':
      return applicantContact(d, s.found);
    case 'complainant':
      return complainantContact(d, s.complaint, s.found);
    case 'booker':
      return bookerContact(d, s.appointment);
    case undefined:
      return undefined;
  }
}

const idIn = (detail: object, name: 'caseId' | 'complaintId' | 'appointmentId') => {
  const value: unknown = (detail as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
};

/** What the rules read about an event: the hall, its staff, the case or complaint, and the citizen's reach. */
async function load(d: SenderDeps, event: NotifiedEvent, detail: { hallId: string }, now: Date): Promise<Loaded> {
  const { hallId } = detail;
  const base = { today: businessDate(now), channels: d.channels.available };
  if (hallId === AGENCY) return { ctx: { ...base, hallName: AGENCY_NAME, staff: [], leaves: [], items: [] } };
  const ids = { caseId: idIn(detail, 'caseId'), complaintId: idIn(detail, 'complaintId'), appointmentId: idIn(detail, 'appointmentId') };
  const [hall, staff, leaves, items, complaint, appointment] = await Promise.all([
    hallRecords.getHall(d, hallId),
    hallRecords.listStaff(d, hallId),
    hallRecords.listLeaves(d, hallId),
    hallRecords.listAllItems(d, hallId),
    ids.complaintId ? complaintRecords.getInHall(d, hallId, ids.complaintId) : undefined,
    ids.appointmentId ? appointmentRecords.getInHall(d, hallId, ids.appointmentId) : undefined,
  ]);
  const caseId = ids.caseId ?? complaint?.caseId;
  const found = caseId ? await caseRecords.getInHall(d, hallId, caseId) : undefined;
  const contact = await citizenContact(d, notificationRules[event].citizen, { found, complaint, appointment });
  const optedOut = contact?.channel === 'sms' ? await optOutRecords.isOptedOut(d, await phonePseudonym(d, contact.value)) : false;
  const materialNames = new Map(items.find((i) => i.itemId === found?.itemId)?.materials.map((m) => [m.id, m.name]));
  const ctx: NotificationContext = {
    ...base,
    hallName: hall?.name ?? hallId,
    staff,
    leaves,
    items,
    ...(found
      ? {
          case: {
            caseId: found.caseId,
            itemName: found.itemName,
            missingMaterials: found.missingMaterials.map((m) => materialNames.get(m) ?? m),
            ...(found.reason ? { reason: found.reason } : {}),
            ...(found.remedy ? { remedy: found.remedy } : {}),
          },
        }
      : {}),
    ...(complaint
      ? {
          complaint: {
            complaintId: complaint.complaintId,
            source: complaint.source,
            ...(complaint.firstResponseDue ? { firstResponseDue: complaint.firstResponseDue } : {}),
            ...firstResponse(complaint),
          },
        }
      : {}),
    ...(contact ? { citizen: { channel: contact.channel, optedOut } } : {}),
  };
  return { ctx, ...(contact ? { contact } : {}) };
}

/** The message of the response recorded at `firstResponseAt`. */
function firstResponse(c: Complaint): { firstResponse?: string } {
  const entry =
    c.history.find((h) => h.action === 'responded' && h.at === c.firstResponseAt) ?? c.history.find((h) => h.action === 'responded');
  return entry?.note ? { firstResponse: entry.note } : {};
}

function addressOf(notice: Notice, hallId: string, contact: Contact | undefined): { to: Address; shown: string } {
  switch (notice.recipient.kind) {
    case 'staff':
      return { to: { kind: 'work-group', hallId }, shown: `staff:${notice.recipient.staffId}` };
    case 'agency':
      return { to: { kind: 'agency' }, shown: 'agency-admins' };
    case 'citizen':
      if (!contact) throw new Error('A citizen notice without a contact'); // the rules only address a citizen with one
      return {
        to: contact.channel === 'sms' ? { kind: 'phone', phone: contact.value } : { kind: 'email', address: contact.value },
        shown: maskContact(contact.value),
      };
  }
}

/** Stored on the record: our own errors say what happened without personal data; anything else by its name only. */
const errorLabel = (err: unknown) => (err instanceof DeliveryError ? err.message : err instanceof Error ? err.name : 'Error');

async function deliver(
  d: SenderDeps,
  event: NotifiedEvent,
  hallId: string,
  id: string,
  notice: Notice,
  address: { to: Address; shown: string },
): Promise<Outcome> {
  const now = d.clock.now();
  const claimed = await notificationRecords.claim(d, {
    notificationId: id,
    hallId,
    date: businessDate(now),
    event,
    kind: notice.message.template,
    channel: notice.channel,
    recipient: address.shown,
    status: 'queued',
    attempts: 0,
    createdAt: toOffsetIso(now),
  });
  if (!claimed && (await notificationRecords.get(d, id))?.status !== 'queued') return {}; // sent or failed already

  const held = heldUntil(notice.channel, now);
  if (held) {
    await notificationRecords.hold(d, id, toOffsetIso(held));
    return { retryAfterSeconds: Math.ceil((held.getTime() - now.getTime()) / 1000) };
  }
  const attempt = await notificationRecords.startAttempt(d, id, now.getTime(), LEASE_MS);
  // Another delivery of the same event is attempting it right now: theirs stands (and is retried if it fails).
  if (attempt === undefined) return {};
  try {
    await d.channels.send({ notificationId: id, hallId, channel: notice.channel, to: address.to, message: notice.message });
  } catch (err) {
    const final = err instanceof PermanentDeliveryError || attempt >= MAX_ATTEMPTS;
    const at = toOffsetIso(d.clock.now());
    await notificationRecords.finishAttempt(d, id, attempt, { status: final ? 'failed' : 'queued', at, error: errorLabel(err) });
    const fields = { notificationId: id, attempt, error: errorLabel(err) };
    if (!final) {
      logger.info('notification attempt failed; retrying later', fields);
      return { retryAfterSeconds: retryDelaySeconds(attempt) };
    }
    logger.warn('notification failed after its last attempt', fields);
    recordMetric('NotificationsFailed', 1, { channel: notice.channel });
    return {};
  }
  await notificationRecords.finishAttempt(d, id, attempt, { status: 'sent', at: toOffsetIso(d.clock.now()) });
  recordMetric('NotificationsSent', 1, { channel: notice.channel });
  return {};
}

/** The applicant's choice, kept per phone (its pseudonym) so it covers their other cases too. */
async function keepPreference(d: SenderDeps, detail: EventDetail<'NotificationPreferenceChanged'>): Promise<void> {
  const [found, preference] = await Promise.all([
    caseRecords.getInHall(d, detail.hallId, detail.caseId),
    preferenceRecords.get(d, detail.caseId),
  ]);
  const contact = await applicantContact(d, found);
  if (!preference || contact?.channel !== 'sms') return;
  await optOutRecords.choose(d, await phonePseudonym(d, contact.value), { optOut: preference.optOut, chosenAt: preference.updatedAt });
}

/** Handles one event from the notification queue. */
export async function notify(d: SenderDeps, type: string, rawDetail: unknown): Promise<Outcome> {
  if (type === 'NotificationPreferenceChanged') {
    await keepPreference(d, eventSchemas.NotificationPreferenceChanged.parse(rawDetail));
    return {};
  }
  if (!isNotified(type)) {
    logger.warn('an event no notification rule is for; ignored', { type });
    return {};
  }
  return notifyOf(d, type, parseDetail(type, rawDetail));
}

/** The contract's schema checks the detail; RulesMatchContracts proves its type is what the rule reads. */
function parseDetail<E extends NotifiedEvent>(type: E, raw: unknown): RuleDetail<E> & { hallId: string } {
  return eventSchemas[type].parse(raw) as RuleDetail<E> & { hallId: string };
}

async function notifyOf<E extends NotifiedEvent>(d: SenderDeps, type: E, detail: RuleDetail<E> & { hallId: string }): Promise<Outcome> {
  const { ctx, contact } = await load(d, type, detail, d.clock.now());
  const key = eventKeyOf(type, detail);
  const outcomes: Outcome[] = [];
  // One at a time: a burst is the queue's to absorb (its consumers are capped), not this loop's.
  for (const notice of noticesFor(type, detail, ctx)) {
    outcomes.push(
      await deliver(d, type, detail.hallId, notificationId(type, key, notice), notice, addressOf(notice, detail.hallId, contact)),
    );
  }
  const delays = outcomes.flatMap((o) => (o.retryAfterSeconds === undefined ? [] : [o.retryAfterSeconds]));
  return delays.length ? { retryAfterSeconds: Math.min(...delays) } : {};
}
