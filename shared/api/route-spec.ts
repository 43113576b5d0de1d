/**
 * What a route is (RouteSpec) and the builders the route tables are written with. The tables
 * themselves are per function (./routes/<function>.ts): each API function imports only its
 * own, so its bundle carries and builds only its routes' schemas; ./routes.ts assembles them
 * into the complete table for the stack, the local server, the OpenAPI document and the tests.
 */
import * as z from 'zod';
import { once } from '#domain/lazy';
import { pageQuery } from './fields';
import type { FunctionName } from '#topology/catalog';

export interface RouteSpec {
  function: FunctionName;
  /** The operation's name in the OpenAPI document (and in clients generated from it). */
  operationId: string;
  /**
   * The canonical route this one is another path for: served, but not listed in the OpenAPI
   * document (whose paths must resolve unambiguously).
   */
  aliasOf?: string;
  /** The one route that may name a hall that does not exist yet (it creates it); all others answer 404. */
  createsHall?: true;
  /** `jwt`: behind the API Gateway JWT authorizer; `public`: no token (only /v1/public). */
  auth: 'jwt' | 'public';
  summary: string;
  body?: z.ZodType;
  query?: z.ZodObject;
  /**
   * A JSON reply described by its schema, or a document of another type (HTML, CSV); `formats`:
   * the other types a JSON route also answers with (`?format=`, `Accept`); `noContent`: when the
   * call may also answer 204, what that means.
   */
  reply: { status: number; schema?: z.ZodType; contentType?: string; formats?: readonly string[]; noContent?: string };
}

/**
 * A schema as a route table names it: built at its first read (shared/domain/lazy.ts `once`),
 * so a function's cold start builds none of its routes' schemas and a request builds only its
 * own route's body and query. Lambda never reads a reply schema; the OpenAPI document and the
 * test harness do.
 */
type Schema<S> = () => S;

/**
 * A JSON route. Its schemas are getters: reading `body`, `query` or `reply.schema` builds that
 * schema (once). Never spread a route: that would read, and so build, every schema at once.
 */
const jsonRoute = <
  A extends 'jwt' | 'public',
  F extends FunctionName,
  B extends z.ZodType | undefined,
  Q extends z.ZodObject | undefined,
  R extends z.ZodType,
>(
  auth: A,
  fn: F,
  operationId: string,
  summary: string,
  schemas: { body?: Schema<B>; query?: Schema<Q>; reply: Schema<R> },
  status: number,
) => ({
  function: fn,
  operationId,
  auth,
  summary,
  get body() {
    return schemas.body?.() as B;
  },
  get query() {
    return schemas.query?.() as Q;
  },
  reply: {
    status,
    get schema() {
      return schemas.reply();
    },
  },
});

/** A call with a JSON body behind the JWT authorizer (generic: handlers see the exact body type). */
export const write = <B extends z.ZodType, R extends z.ZodType, F extends FunctionName = FunctionName>(
  fn: F,
  operationId: string,
  summary: string,
  body: Schema<B>,
  reply: Schema<R>,
  status = 200,
) => jsonRoute<'jwt', F, B, undefined, R>('jwt', fn, operationId, summary, { body, reply }, status);

/** A call without a body (a GET, or a POST that takes none) behind the JWT authorizer. */
export const read = <R extends z.ZodType, Q extends z.ZodObject | undefined = undefined, F extends FunctionName = FunctionName>(
  fn: F,
  operationId: string,
  summary: string,
  reply: Schema<R>,
  query?: Schema<Q>,
) => jsonRoute<'jwt', F, undefined, Q, R>('jwt', fn, operationId, summary, { query, reply }, 200);

/** The same without a token: only under /v1/public (the stack refuses anything else). */
export const publicWrite = <B extends z.ZodType, R extends z.ZodType, F extends FunctionName = FunctionName>(
  fn: F,
  operationId: string,
  summary: string,
  body: Schema<B>,
  reply: Schema<R>,
  status: number,
) => jsonRoute<'public', F, B, undefined, R>('public', fn, operationId, summary, { body, reply }, status);
export const publicReadIn = <R extends z.ZodType, Q extends z.ZodObject | undefined = undefined, F extends FunctionName = FunctionName>(
  fn: F,
  operationId: string,
  summary: string,
  reply: Schema<R>,
  query?: Schema<Q>,
) => jsonRoute<'public', F, undefined, Q, R>('public', fn, operationId, summary, { query, reply }, 200);
export const publicRead = <R extends z.ZodType, Q extends z.ZodObject | undefined = undefined>(
  operationId: string,
  summary: string,
  reply: Schema<R>,
  query?: Schema<Q>,
) => publicReadIn('public-read', operationId, summary, reply, query);

/** The query of a plain list: a page size and the cursor to go on from. */
export const page = once(() => z.strictObject(pageQuery()));

/**
 * A JSON route's reply that also says what else it answers: documents of other types
 * (`formats`), or a 204 and what it means (`noContent`). Added to the route itself: a copy
 * would read its schemas, and so build them.
 */
export const withReply = <
  R extends { reply: { status: number; schema: z.ZodType } },
  E extends { formats?: readonly string[]; noContent?: string },
>(
  route: R,
  extra: E,
): R & { reply: E } => {
  Object.assign(route.reply, extra);
  return route as R & { reply: E };
};

/**
 * A route with more of RouteSpec's fields (`aliasOf`, `createsHall`), also added to the route
 * itself: a copy (`{ ...route, aliasOf }`) would read its schemas, and so build them.
 */
export const withSpec = <R extends object, E extends Pick<RouteSpec, 'aliasOf' | 'createsHall'>>(route: R, extra: E): R & E =>
  Object.assign(route, extra);
