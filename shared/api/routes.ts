/**
 * The complete route table, assembled from the functions' own tables (./routes/<function>.ts):
 * one definition with several consumers. The CDK stack creates an API Gateway route and
 * integration per entry; the local server routes requests with it; the OpenAPI document is
 * generated from it and the test harness checks replies against it. The functions themselves
 * never import it: each passes its own table to its handler wrapper, which validates bodies and
 * queries with those schemas (a function's bundle builds only its own routes' schemas).
 */
import type { FunctionName } from '#topology/catalog';
import type { RouteSpec } from './route-spec';
import { setupRoutes } from './routes/setup';
import { publicReadRoutes } from './routes/public-read';
import { casesRoutes } from './routes/cases';
import { publicFeedbackRoutes } from './routes/public-feedback';
import { complaintsRoutes } from './routes/complaints';
import { assessmentsRoutes } from './routes/assessments';
import { remindersRoutes } from './routes/reminders';
import { statisticsRoutes } from './routes/statistics';
import { appointmentsRoutes } from './routes/appointments';
import { publicAppointmentsRoutes } from './routes/public-appointments';
import { queueRoutes } from './routes/queue';

export type { RouteSpec } from './route-spec';

export const routes = {
  ...setupRoutes,
  ...publicReadRoutes,
  ...casesRoutes,
  ...publicFeedbackRoutes,
  ...complaintsRoutes,
  ...assessmentsRoutes,
  ...remindersRoutes,
  ...statisticsRoutes,
  ...appointmentsRoutes,
  ...publicAppointmentsRoutes,
  ...queueRoutes,
} as const satisfies Record<string, RouteSpec>;

export type RouteKey = keyof typeof routes;
export type RoutesOf<F extends FunctionName> = {
  [K in RouteKey]: (typeof routes)[K]['function'] extends F ? K : never;
}[RouteKey];
/** The route table of function F, as its entry file passes it to `apiHandler`. */
export type RouteTableOf<F extends FunctionName> = Pick<typeof routes, RoutesOf<F>>;
