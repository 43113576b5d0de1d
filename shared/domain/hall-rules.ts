/**
 * A hall's own rules: the per-hall settings of docs/DOMAIN.md, with its defaults. One record,
 * versioned by the month it takes effect (shared/adapters/hall-rules.ts); each consumer takes
 * the pick it needs — the assessment its weights and deadlines, routing its service levels,
 * the reminders their thresholds — so none of them depends on another's module.
 */

/** Automatic deduction items, in the order of every breakdown. */
export const AUTOMATIC_ITEMS = [
  'overdueConclusion',
  'openOverdue',
  'badRatingLevel2',
  'badRatingLevel1',
  'substantiatedComplaint',
  'secondNotice',
] as const;
export type AutomaticItem = (typeof AUTOMATIC_ITEMS)[number];

export interface HallRules {
  /** Base score of every window (百分制). */
  base: number;
  /** Points deducted per occurrence of each automatic item (positive numbers). */
  deductions: Record<AutomaticItem, number>;
  /** Optional maximum total deduction per automatic item per month (positive numbers). */
  caps: Partial<Record<AutomaticItem, number>>;
  /** Windows report their monthly data before this day of M+1 (holiday-adjusted). */
  reportDeadlineDay: number;
  /** Scoring departments enter scores by this day of M+1 (holiday-adjusted). */
  entryDeadlineDay: number;
  topCount: number;
  bottomCount: number;
  /** Working days to rectify a bad rating (local rules: 5 to 15). */
  rectificationDays: number;
  /** Working days to resolve a complaint. */
  complaintResolutionDays: number;
  /** Working days to the first response to a complaint. */
  complaintFirstResponseDays: number;
  /** Reminder threshold for cases and report deadlines (working days before the due date). */
  caseDueSoonDays: number;
  /** Reminder threshold for complaints and rectifications (working days). */
  complaintDueSoonDays: number;
  /** Natural days after which an unrated concluded case counts as 基本满意; null = off. */
  autoRateAfterDays: number | null;
  /**
   * Abuse limits on anonymous feedback, per hour: per source address (everyone behind a hall's
   * Wi-Fi or a carrier NAT shares one) and for the whole hall. Ratings are also one per case,
   * and a hall's own rating devices are not counted per address.
   */
  ratingsPerAddressPerHour: number;
  ratingsPerHallPerHour: number;
  complaintsPerAddressPerHour: number;
  complaintsPerHallPerHour: number;
  /**
   * Abuse limits on online appointments (在线预约), so nobody books a day empty: per phone and
   * day (its keyed hash; one booking per item and day is a rule of its own), and per source
   * address and hour (a script behind one address with many phones).
   */
  appointmentsPerPhonePerDay: number;
  appointmentsPerAddressPerHour: number;
  /**
   * Kiosk tickets (排队取号) per hour: per source address (a hall's kiosks share one) and for the
   * whole hall, so a script cannot take a day's numbers; the daily caps per group bound the rest.
   */
  ticketsPerAddressPerHour: number;
  ticketsPerHallPerHour: number;
  /**
   * Reads of the public queue view per source address and hour (no hall-wide limit: one abuser
   * must not blank every screen). The hall's screens poll from its address: one every 3 s is 1,200.
   */
  queueViewsPerAddressPerHour: number;
  /** Working days after the last notice asking for materials within which they must be supplemented (逾期未补正 closes the case). */
  supplementLimitDays: number;
}

/** What scoring and ranking read. */
export type AssessmentRules = Pick<
  HallRules,
  'base' | 'deductions' | 'caps' | 'reportDeadlineDay' | 'entryDeadlineDay' | 'topCount' | 'bottomCount'
>;
/** Due dates of complaints and rectifications. */
export type ServiceLevels = Pick<HallRules, 'rectificationDays' | 'complaintResolutionDays' | 'complaintFirstResponseDays'>;
/** When the daily job reminds. */
export type ReminderThresholds = Pick<HallRules, 'caseDueSoonDays' | 'complaintDueSoonDays'>;
/** When the daily job closes a case whose materials never came. */
export type SupplementLimit = Pick<HallRules, 'supplementLimitDays'>;

function deepFreeze<T extends object>(o: T): Readonly<T> {
  for (const v of Object.values(o)) if (typeof v === 'object' && v !== null) deepFreeze(v);
  return Object.freeze(o);
}

/** The defaults of docs/DOMAIN.md (Lianshui rules, generalised). Frozen: copy to change. */
export const DEFAULT_HALL_RULES: HallRules = deepFreeze({
  base: 100,
  deductions: {
    overdueConclusion: 2,
    openOverdue: 2,
    badRatingLevel2: 1,
    badRatingLevel1: 2,
    substantiatedComplaint: 3,
    secondNotice: 1,
  },
  caps: {},
  reportDeadlineDay: 1,
  entryDeadlineDay: 3,
  topCount: 5,
  bottomCount: 5,
  rectificationDays: 5,
  complaintResolutionDays: 5,
  complaintFirstResponseDays: 1,
  caseDueSoonDays: 2,
  complaintDueSoonDays: 1,
  autoRateAfterDays: null,
  ratingsPerAddressPerHour: 300,
  ratingsPerHallPerHour: 5000,
  complaintsPerAddressPerHour: 20,
  complaintsPerHallPerHour: 500,
  appointmentsPerPhonePerDay: 10,
  appointmentsPerAddressPerHour: 60,
  ticketsPerAddressPerHour: 300,
  ticketsPerHallPerHour: 3000,
  queueViewsPerAddressPerHour: 7200,
  supplementLimitDays: 20,
});

export type AbuseLimits = Pick<
  HallRules,
  | 'ratingsPerAddressPerHour'
  | 'ratingsPerHallPerHour'
  | 'complaintsPerAddressPerHour'
  | 'complaintsPerHallPerHour'
  | 'appointmentsPerPhonePerDay'
  | 'appointmentsPerAddressPerHour'
  | 'ticketsPerAddressPerHour'
  | 'ticketsPerHallPerHour'
  | 'queueViewsPerAddressPerHour'
>;

export interface AnonymousLimit {
  name: string;
  limit: number;
  windowSeconds: number;
  /** What is counted: one source address in the hall, the hall as a whole, or one phone (a booking's) in the hall. */
  per: 'address' | 'hall' | 'phone';
}

/** What anonymous callers do that is limited. */
export type AnonymousKind = 'ratings' | 'complaints' | 'appointments' | 'tickets' | 'queue-views';

/** The limits an anonymous rating, complaint, booking, kiosk ticket or queue view passes through (each must have room). */
export function anonymousLimits(rules: AbuseLimits, kind: AnonymousKind): AnonymousLimit[] {
  const hour = 3600;
  switch (kind) {
    case 'ratings':
      return [
        { name: 'ratings-per-address', limit: rules.ratingsPerAddressPerHour, windowSeconds: hour, per: 'address' },
        { name: 'ratings-per-hall', limit: rules.ratingsPerHallPerHour, windowSeconds: hour, per: 'hall' },
      ];
    case 'complaints':
      return [
        { name: 'complaints-per-address', limit: rules.complaintsPerAddressPerHour, windowSeconds: hour, per: 'address' },
        { name: 'complaints-per-hall', limit: rules.complaintsPerHallPerHour, windowSeconds: hour, per: 'hall' },
      ];
    case 'appointments':
      // The address first: a script's many phones then spend nothing of a real phone's allowance.
      return [
        { name: 'appointments-per-address', limit: rules.appointmentsPerAddressPerHour, windowSeconds: hour, per: 'address' },
        { name: 'appointments-per-phone', limit: rules.appointmentsPerPhonePerDay, windowSeconds: 24 * hour, per: 'phone' },
      ];
    case 'tickets':
      return [
        { name: 'tickets-per-address', limit: rules.ticketsPerAddressPerHour, windowSeconds: hour, per: 'address' },
        { name: 'tickets-per-hall', limit: rules.ticketsPerHallPerHour, windowSeconds: hour, per: 'hall' },
      ];
    case 'queue-views':
      // No hall-wide limit: one abuser must not blank every screen of the hall.
      return [{ name: 'queue-views-per-address', limit: rules.queueViewsPerAddressPerHour, windowSeconds: hour, per: 'address' }];
  }
}

/** A partial change on top of the rules in force: the deduction weights and caps merge item by item. */
export type HallRulesChange = Partial<Omit<HallRules, 'deductions' | 'caps'>> & {
  deductions?: Partial<Record<AutomaticItem, number>>;
  caps?: Partial<Record<AutomaticItem, number>>;
};

export function withChanges(current: HallRules, change: HallRulesChange): HallRules {
  const { deductions, caps, ...scalars } = change;
  return { ...current, ...scalars, deductions: { ...current.deductions, ...deductions }, caps: { ...current.caps, ...caps } };
}
