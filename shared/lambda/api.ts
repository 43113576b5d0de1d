/**
 * The one wrapper every API function uses (middy): it finds the route, reads the principal
 * from the authorizer's claims, enforces the 64 KiB body limit, validates path, query and
 * body with the route's zod schemas, calls the route handler and shapes the reply. Errors
 * are mapped in one place (./errors) and every request is logged once, without bodies.
 */
import type middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import * as z from 'zod';
import { DomainError, forbidden, invalid, notFound, tooLarge, unauthenticated } from '#domain/errors';
import type { Principal, StaffStanding } from '#domain/access';
import type { StoreDeps } from '#adapters/deps';
import { auditRecords, type AuditRecord } from '#adapters/audit-records';
import { hallRecords } from '#adapters/hall-records';
import { setupCache, type HallSetupView } from '#adapters/setup-cache';
import { toOffsetIso } from '#domain/time';
import { AGENCY } from '#events/contracts';
import { principalFromClaims, type Claims } from '#adapters/auth';
import { logger } from '#adapters/logger';
import { pathParams, type PathParamName } from '#api/fields';
import type { routes, RouteKey, RouteSpec, RoutesOf, RouteTableOf } from '#api/routes';
import type { FunctionName } from '#topology/catalog';
import { lambdaEntry, type DepsOf } from './entry';
import { JSON_HEADERS, toErrorReply, zodDetails } from './errors';

export const MAX_BODY_BYTES = 64 * 1024;

export type ParamNames<P extends string> = P extends `${string}{${infer N}}${infer Rest}` ? N | ParamNames<Rest> : never;
type Route<K extends RouteKey> = (typeof routes)[K];
type FunctionOf<K extends RouteKey> = Route<K>['function'];
type Params<K extends RouteKey> = { [N in ParamNames<K> & PathParamName]: z.output<(typeof pathParams)[N]> };
type Body<K extends RouteKey> = Route<K> extends { body: infer B extends z.ZodType } ? z.output<B> : undefined;
type Query<K extends RouteKey> = Route<K> extends { query: infer Q extends z.ZodType } ? z.output<Q> : Record<string, never>;
/** What a route answers on success, as its reply schema says (the OpenAPI document shows the same). */
export type ReplyBody<K extends RouteKey> = Route<K>['reply'] extends { schema: infer S extends z.ZodType } ? z.input<S> : unknown;

export interface RequestContext<K extends RouteKey> {
  routeKey: K;
  /** Present on every `jwt` route (the wrapper answers 401 otherwise). */
  principal: Route<K>['auth'] extends 'jwt' ? Principal : undefined;
  params: Params<K>;
  query: Query<K>;
  body: Body<K>;
  /** Lower-cased header names. */
  headers: Record<string, string | undefined>;
  /** The caller's address as API Gateway saw it (abuse limits on anonymous calls). */
  sourceIp: string;
  /** The caller's staff record in their hall (window, posts, chief representative), if they have one. */
  standing: StaffStanding | undefined;
  /** The set-up (items, calendar, rules) of the hall in the path, cached per container and checked per staff request. */
  setup: 'hallId' extends ParamNames<K> ? (Route<K>['auth'] extends 'jwt' ? HallSetupView : undefined) : undefined;
  /**
   * Runs the request's last write together with its audit record, in one round trip instead
   * of the audit's own after it: for handlers whose every refusal is decided before that write.
   * Without it, a staff write's audit record is written once the handler returned.
   */
  audited: <T>(write: () => Promise<T>) => Promise<T>;
  /** The ports of the route's function (DepsOf its catalog entry). */
  deps: DepsOf<FunctionOf<K>>;
  /** The instant the request is handled, read once from the clock. */
  now: Date;
}

/** A reply other than the route's default status with a JSON body. */
export class Reply {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
    /** Already-serialized body (e.g. CSV; bytes for a workbook, sent base64-encoded as API Gateway wants); `body` is ignored when set. */
    readonly raw?: string | Uint8Array,
  ) {}
}

export type RouteHandler<K extends RouteKey> = (ctx: RequestContext<K>) => Promise<ReplyBody<K> | Reply>;
export type RouteHandlers<F extends FunctionName> = { [K in RoutesOf<F>]: RouteHandler<K> };

function readBody(event: APIGatewayProxyEventV2): unknown {
  if (event.body === undefined || event.body === '') return undefined;
  const raw = event.isBase64Encoded ? Buffer.from(event.body, 'base64') : Buffer.from(event.body, 'utf8');
  if (raw.byteLength > MAX_BODY_BYTES) throw tooLarge(`The body must not exceed ${MAX_BODY_BYTES} bytes`);
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw invalid('The body is not valid JSON', [{ field: '(body)', message: 'invalid JSON' }], 'INVALID_JSON');
  }
}

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, prefix: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw invalid('The request is not valid', zodDetails(result.error, prefix));
  return result.data;
}

/** Lists hand out `nextCursor`; clients may send it back as `?cursor=` or under the same name. */
function withCursorAlias(raw: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  const { nextCursor, ...rest } = raw;
  return nextCursor !== undefined && rest.cursor === undefined ? { ...rest, cursor: nextCursor } : rest;
}

/** The route's query schema, or none: a parameter the route does not know is refused, never ignored. */
function parseQuery(spec: RouteSpec, raw: Record<string, string | undefined> | undefined): unknown {
  if (spec.query) return parseOrThrow(spec.query, withCursorAlias(raw), 'query');
  const unknown = Object.keys(raw ?? {});
  if (unknown.length)
    throw invalid(
      'The request is not valid',
      unknown.map((name) => ({ field: `query.${name}`, message: 'not a parameter of this call' })),
    );
  return {};
}

/**
 * What every request in a hall needs first, read in one round trip: that the hall exists (404
 * on every route of a hall that does not), the caller's staff record, which decides what
 * window staff may do and refuses everything to a deactivated account, and for staff requests
 * the revision the hall's cached set-up is checked against.
 */
async function requestStanding(d: StoreDeps, spec: RouteSpec, principal: Principal | undefined, hallId: string | undefined) {
  const inHall = hallId !== undefined && !spec.createsHall ? hallId : undefined;
  const staffKey = principal?.hallId !== undefined ? { hallId: principal.hallId, staffId: principal.id } : undefined;
  if (inHall === undefined && !staffKey) return { staff: undefined, setup: undefined };
  const setUp = spec.auth === 'jwt';
  const { hall, staff, setupRevision } = await hallRecords.forRequest(d, {
    ...(inHall !== undefined ? { hallId: inHall } : {}),
    ...(staffKey ? { staff: staffKey } : {}),
    setUp,
  });
  if (inHall !== undefined && !hall) throw notFound('HALL_NOT_FOUND', 'Hall not found');
  if (staff?.active === false) throw new DomainError('forbidden', 'STAFF_INACTIVE', 'This staff account is deactivated');
  return { staff, setup: inHall !== undefined && setUp ? setupCache.of(d, inHall, setupRevision) : undefined };
}

/**
 * The audit record of a staff write (DOMAIN: security rules), and how it is written: with the
 * handler's last write when the handler asks for that (`audited`), after the handler otherwise.
 * An audit record written beside a write that then failed is marked as not completed.
 */
function auditTrail(d: StoreDeps, record: AuditRecord | undefined) {
  let written = false;
  return {
    audited: async <T>(write: () => Promise<T>): Promise<T> => {
      if (!record || written) return write();
      written = true;
      const [outcome, audit] = await Promise.allSettled([write(), auditRecords.write(d, record)]);
      if (outcome.status === 'rejected') {
        // The write's own failure is what the caller learns; a failed marking is only logged.
        if (audit.status === 'fulfilled') {
          await auditRecords.markNotCompleted(d, record).catch((error: unknown) => {
            logger.error('audit record not marked as not completed', { error: error as Error });
          });
        }
        throw outcome.reason;
      }
      if (audit.status === 'rejected') throw audit.reason;
      return outcome.value;
    },
    afterwards: async (): Promise<void> => {
      if (record && !written) await auditRecords.write(d, record);
    },
  };
}

function validateParams(routeKey: RouteKey, raw: Record<string, string | undefined> = {}): Record<string, unknown> {
  return parseOrThrow(pathSchemaOf(routeKey), raw, 'path');
}

/**
 * A route's path parameters as one schema, built the first time the route is called and kept:
 * zod compiles an object schema on its first parse, which would otherwise be paid per request.
 */
const pathSchemas = new Map<RouteKey, z.ZodType<Record<string, unknown>>>();
function pathSchemaOf(routeKey: RouteKey): z.ZodType<Record<string, unknown>> {
  let schema = pathSchemas.get(routeKey);
  if (!schema) {
    const names = [...routeKey.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as PathParamName);
    schema = z.object(Object.fromEntries(names.map((n) => [n, pathParams[n]])));
    pathSchemas.set(routeKey, schema);
  }
  return schema;
}

function shape(status: number, result: unknown): APIGatewayProxyStructuredResultV2 {
  if (result instanceof Reply) {
    // No content, no content type (RFC 9110 §15.3.5).
    if (result.status === 204) return { statusCode: 204, headers: result.headers, body: '' };
    const headers = { ...JSON_HEADERS, ...result.headers };
    if (result.raw instanceof Uint8Array) {
      return { statusCode: result.status, headers, body: Buffer.from(result.raw).toString('base64'), isBase64Encoded: true };
    }
    return { statusCode: result.status, headers, body: result.raw ?? (result.body === undefined ? '' : JSON.stringify(result.body)) };
  }
  return { statusCode: status, headers: JSON_HEADERS, body: JSON.stringify(result) };
}

async function handle<F extends FunctionName>(
  table: RouteTableOf<F>,
  handlers: RouteHandlers<F>,
  deps: DepsOf<F>,
  event: APIGatewayProxyEventV2,
): Promise<APIGatewayProxyStructuredResultV2> {
  const routeKey = event.routeKey as RoutesOf<F>;
  const handler = handlers[routeKey] as unknown as RouteHandler<RouteKey> | undefined;
  const spec = (table as Record<string, RouteSpec>)[routeKey];
  if (!handler || !spec) throw new Error(`No handler for route ${event.routeKey}`);

  const claims = (event.requestContext as { authorizer?: { jwt?: { claims?: Claims } } }).authorizer?.jwt?.claims;
  const principal = spec.auth === 'jwt' ? principalFromClaims(claims) : undefined;
  if (spec.auth === 'jwt' && !principal) throw unauthenticated();
  // A token with the hall claim and no role is how access is often revoked (groups removed).
  if (principal && principal.roles.size === 0) throw forbidden('The token carries none of the known roles');

  const params = validateParams(routeKey, event.pathParameters);
  const query = parseQuery(spec, event.queryStringParameters);
  const rawBody = readBody(event);
  let body: unknown;
  if (spec.body) {
    // A body schema that accepts nothing makes the body optional (e.g. compute, or revise).
    if (rawBody === undefined && !spec.body.safeParse(undefined).success) {
      throw invalid('A JSON body is required', [{ field: '(body)', message: 'required' }]);
    }
    body = parseOrThrow(spec.body, rawBody, '');
  }
  const headers = Object.fromEntries(Object.entries(event.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  logger.appendKeys({ routeKey, principal: principal?.id, hallId: event.pathParameters?.hallId });
  const store = deps as StoreDeps; // every API function has the table (the catalog grants RO or RW)
  const { staff: standing, setup } = await requestStanding(store, spec, principal, (params as { hallId?: string }).hallId);
  const now = deps.clock.now();
  const trail = auditTrail(
    store,
    principal && routeKey.split(' ')[0] !== 'GET'
      ? {
          hallId: (params as { hallId?: string }).hallId ?? principal.hallId ?? AGENCY,
          at: toOffsetIso(now),
          actor: principal.id,
          roles: [...principal.roles],
          action: spec.operationId,
          subject: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
          requestId: event.requestContext?.requestId ?? 'unknown',
        }
      : undefined,
  );
  const result = await handler({
    routeKey,
    principal,
    params,
    query,
    body,
    headers,
    // Always set by API Gateway (and the local server); a hand-made event may lack it.
    sourceIp: event.requestContext?.http?.sourceIp ?? 'unknown',
    standing,
    setup,
    audited: trail.audited,
    deps,
    now,
  } as unknown as RequestContext<RouteKey>);
  // Every staff write is attributable (DOMAIN: security rules): recorded once it succeeded.
  await trail.afterwards();
  return shape(spec.reply.status, result);
}

/** Logs every request once (status and duration, never bodies) and maps every error to the contract's shape. */
const requestLog: middy.MiddlewareObj<
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Error,
  Context,
  Record<string, unknown>
> = {
  before: (request) => {
    request.internal.startedAt = Date.now();
  },
  after: (request) => {
    logger.info('request', { status: request.response?.statusCode, ms: Date.now() - Number(request.internal.startedAt) });
  },
  onError: (request) => {
    const { reply, internal } = toErrorReply(request.error);
    if (internal) logger.error('request failed', { status: reply.statusCode, error: request.error as Error });
    else logger.info('request refused', { status: reply.statusCode, body: reply.body });
    request.response = reply;
  },
};

/**
 * The Lambda handler of an API function: its own route table (shared/api/routes/<function>.ts,
 * never the complete one: the bundle builds only these schemas), its routes' handlers, and the
 * ports its catalog entry grants.
 */
export function apiHandler<F extends FunctionName>(
  fn: F,
  table: RouteTableOf<F>,
  handlers: RouteHandlers<F>,
  fromEnvironment: () => DepsOf<F>,
) {
  return lambdaEntry(fn, fromEnvironment, (deps) => (event: APIGatewayProxyEventV2) => handle(table, handlers, deps, event), [requestLog]);
}
