/**
 * What a route is (RouteSpec) and the builders the route tables are written with. The tables
 * themselves are per function (./routes/<function>.ts): each API function imports only its
 * own, so its bundle carries and builds only its routes' schemas; ./routes.ts assembles them
 * into the complete table for the stack, the local server, the OpenAPI document and the tests.
 */
import * as z from 'zod';
import { pageQuery } from './common';
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

/** A call with a JSON body behind the JWT authorizer (generic: handlers see the exact body type). */
export const write = <B extends z.ZodType, R extends z.ZodType, F extends FunctionName = FunctionName>(
  fn: F,
  operationId: string,
  summary: string,
  body: B,
  reply: R,
  status = 200,
) => ({
  function: fn,
  operationId,
  auth: 'jwt' as const,
  summary,
  body,
  reply: { status, schema: reply },
});

/** A call without a body (a GET, or a POST that takes none) behind the JWT authorizer. */
export const read = <R extends z.ZodType, Q extends z.ZodObject | undefined = undefined, F extends FunctionName = FunctionName>(
  fn: F,
  operationId: string,
  summary: string,
  reply: R,
  query?: Q,
) => ({
  function: fn,
  operationId,
  auth: 'jwt' as const,
  summary,
  query: query as Q,
  reply: { status: 200, schema: reply },
});

/** The same without a token: only under /v1/public (the stack refuses anything else). */
export const publicWrite = <B extends z.ZodType, R extends z.ZodType, F extends FunctionName = FunctionName>(
  fn: F,
  operationId: string,
  summary: string,
  body: B,
  reply: R,
  status: number,
) => ({
  ...write(fn, operationId, summary, body, reply, status),
  auth: 'public' as const,
});
export const publicReadIn = <R extends z.ZodType, Q extends z.ZodObject | undefined = undefined, F extends FunctionName = FunctionName>(
  fn: F,
  operationId: string,
  summary: string,
  reply: R,
  query?: Q,
) => ({
  ...read(fn, operationId, summary, reply, query),
  auth: 'public' as const,
});
export const publicRead = <R extends z.ZodType, Q extends z.ZodObject | undefined = undefined>(
  operationId: string,
  summary: string,
  reply: R,
  query?: Q,
) => publicReadIn('public-read', operationId, summary, reply, query);

export /** The query of a plain list: a page size and the cursor to go on from. */
const page = z.strictObject(pageQuery);

/** A JSON route that also answers with documents of other types. */
export const withFormats = <R extends { reply: { status: number; schema: z.ZodType } }>(route: R, formats: readonly string[]) => ({
  ...route,
  reply: { ...route.reply, formats },
});
