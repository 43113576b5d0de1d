/**
 * The business metrics, described once: the functions record them (shared/adapters/metrics.ts,
 * CloudWatch embedded metric format on stdout) and the stack alarms on them and draws them
 * (infra/monitoring.ts). Pure data, like the catalog.
 */

/** The CloudWatch namespace of every business metric. */
export const METRICS_NAMESPACE = 'Hall';
/** The `service` dimension (Powertools' default dimension; the same name as the logger's service). */
export const METRICS_SERVICE = 'hall';
/**
 * Every metric also carries the deployment stage as a dimension, so a staging copy in the same
 * account never mixes its figures into production's. The stack sets it on every function.
 */
export const STAGE_ENVIRONMENT_VARIABLE = 'HALL_STAGE';

export type MetricUnitName = 'Count' | 'Milliseconds';

export interface BusinessMetricSpec {
  unit: MetricUnitName;
  /** Who records it, and when. */
  description: string;
}

export const businessMetrics = {
  CasesAccepted: { unit: 'Count', description: 'Cases accepted (the outbox, on publishing CaseAccepted)' },
  CasesConcluded: { unit: 'Count', description: 'Cases approved or rejected (the outbox, on publishing CaseConcluded)' },
  CasesConcludedOverdue: { unit: 'Count', description: 'Cases concluded after the end of their due date (the outbox)' },
  BadRatings: {
    unit: 'Count',
    description:
      'Ratings of level 1 or 2, with the receipt code or on a window device (the outbox, on publishing ComplaintRouted of the rectification each opens)',
  },
  ComplaintsRouted: { unit: 'Count', description: 'Complaints and rectifications assigned (complaint-router)' },
  ComplaintsAwaitingReview: {
    unit: 'Count',
    description: 'Resolutions that found a complaint unfounded and wait for a supervisor’s review (complaints)',
  },
  RemindersSent: { unit: 'Count', description: 'Reminders stored and published (deadline-reminders, per hall run)' },
  NotificationsSent: { unit: 'Count', description: 'Notifications delivered (the notification service)' },
  NotificationsFailed: { unit: 'Count', description: 'Notification deliveries that failed (the notification service)' },
  MonthEndScoringDuration: { unit: 'Milliseconds', description: 'Time to score one hall-month (month-end-scoring, per hall)' },
  MonthEndWindowsScored: { unit: 'Count', description: 'Windows ranked in one hall-month (month-end-scoring, per hall)' },
} as const satisfies Record<string, BusinessMetricSpec>;

export type BusinessMetric = keyof typeof businessMetrics;
