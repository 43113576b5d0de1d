/** Monthly statistics and the complaint analysis (docs/API.md "Statistics and search"). */
import * as z from 'zod';
import { once } from '#domain/lazy';
import { MONTH_STATUSES } from '#domain/assessment';
import { COUNT_COLUMNS, STATISTICS_VIEWS } from '#domain/statistics';

/** The documents the statistics also come as, by `?format=`. */
export const DOCUMENT_TYPES = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  html: 'text/html',
} as const;
export const STATISTICS_FORMATS = ['json', 'csv', 'xlsx', 'html'] as const;

export const statisticsQuery = once(() =>
  z.strictObject({
    /** The view (default `window`); the workbook and the page hold every view. */
    by: z.enum(STATISTICS_VIEWS).optional(),
    format: z.enum(STATISTICS_FORMATS).optional(),
  }),
);

const figures = once(() => ({
  ...(Object.fromEntries(COUNT_COLUMNS.map((c) => [c, z.number()])) as Record<(typeof COUNT_COLUMNS)[number], z.ZodNumber>),
  onTimeRate: z.number().nullable(),
  satisfactionRate: z.number().nullable(),
}));

/** How the figures stand: kept with the month's assessment (and its revision), or computed on demand. */
const standing = once(() => ({
  month: z.string(),
  status: z.enum(MONTH_STATUSES),
  /** Kept with the month's assessment (frozen once final); false: computed from the records now. */
  kept: z.boolean(),
  /** The assessment revision the kept figures were computed with. */
  revision: z.number().optional(),
  computedAt: z.string(),
}));

export const statisticsReply = once(() =>
  z.strictObject({
    ...standing(),
    by: z.enum(STATISTICS_VIEWS),
    rows: z.array(z.strictObject({ key: z.string(), name: z.string(), ...figures() })),
    /** The hall as a whole (every record once; rows of the staff view need not add up to it). */
    total: z.strictObject(figures()),
    /** The window view only: the walk-in queue, appointment no-shows and consultations per window. */
    frontDesk: z
      .array(
        z.strictObject({
          windowId: z.string(),
          name: z.string(),
          tickets: z.number(),
          served: z.number(),
          ticketNoShows: z.number(),
          transferred: z.number(),
          appointmentNoShows: z.number(),
          inquiries: z.number(),
          referralsReceived: z.number(),
        }),
      )
      .optional(),
  }),
);

const complaintFigures = once(() => ({ complaints: z.number(), substantiated: z.number() }));
export const complaintAnalysisReply = once(() =>
  z.strictObject({
    ...standing(),
    byCategory: z.array(z.strictObject({ category: z.string(), ...complaintFigures() })),
    byWindow: z.array(z.strictObject({ windowId: z.string(), name: z.string(), ...complaintFigures() })),
    byCategoryAndWindow: z.array(z.strictObject({ category: z.string(), windowId: z.string(), ...complaintFigures() })),
  }),
);
