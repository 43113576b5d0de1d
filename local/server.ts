/**
 * The local HTTP front door: what API Gateway (HTTP API, payload format 2.0) does in AWS.
 * Requests are matched against the same route table the CDK stack deploys, bearer tokens are
 * verified like the JWT authorizer does, and the real handlers receive the same events.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { routes, type RouteKey } from '#api/routes';
import { errorReply } from '#lambda/errors';
import { logger } from '#adapters/logger';
import { bearerVerifier, type LocalKeys } from './auth';
import type { Invoke } from './functions';

/** API Gateway's own payload limit is 10 MB; the handlers enforce the contract's 64 KiB. */
const MAX_REQUEST_BYTES = 10 * 1024 * 1024;
/** API Gateway HTTP APIs take at most 10 KB of request headers. */
const MAX_HEADER_BYTES = 10 * 1024;

interface CompiledRoute {
  routeKey: RouteKey;
  method: string;
  pattern: RegExp;
  params: string[];
}

const compiled: CompiledRoute[] = (Object.keys(routes) as RouteKey[]).map((routeKey) => {
  const [method = '', path = ''] = routeKey.split(' ');
  const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
  const pattern = new RegExp(`^${path.replace(/\{\w+\}/g, '([^/]+)')}$`);
  return { routeKey, method, pattern, params };
});

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined; // malformed percent-encoding
  }
}

/** The route a request takes, as API Gateway matches it ('malformed' for bad percent-encoding). */
export function matchRoute(method: string, path: string) {
  for (const route of compiled) {
    if (route.method !== method) continue;
    const m = route.pattern.exec(path);
    if (!m) continue;
    const values = route.params.map((_, i) => decode(m[i + 1] ?? ''));
    if (values.some((v) => v === undefined)) return 'malformed' as const;
    return { route, pathParameters: Object.fromEntries(route.params.map((p, i) => [p, values[i] ?? ''])) };
  }
  return undefined;
}

async function readRequestBody(req: http.IncomingMessage): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_REQUEST_BYTES) return 'too-large';
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function toEvent(
  req: http.IncomingMessage,
  url: URL,
  routeKey: RouteKey,
  pathParameters: Record<string, string>,
  body: Buffer,
  claims?: Record<string, string>,
): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(',') : v;
  const query: Record<string, string> = {};
  for (const [k, v] of url.searchParams) query[k] = k in query ? `${query[k]},${v}` : v;
  const now = new Date();
  return {
    version: '2.0',
    routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
    ...(Object.keys(pathParameters).length ? { pathParameters } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'local',
      http: {
        method: req.method ?? 'GET',
        path: url.pathname,
        protocol: 'HTTP/1.1',
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey,
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
      ...(claims ? { authorizer: { jwt: { claims, scopes: [] } } } : {}),
    },
    ...(body.length ? { body: body.toString('utf8') } : {}),
    isBase64Encoded: false,
  };
}

function send(res: http.ServerResponse, result: APIGatewayProxyStructuredResultV2): void {
  res.writeHead(result.statusCode ?? 200, result.headers as http.OutgoingHttpHeaders);
  // Binary replies (a workbook) come base64-encoded, as API Gateway takes them from Lambda.
  res.end(result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64') : (result.body ?? ''));
}

type Verify = ReturnType<typeof bearerVerifier>;

async function serve(verify: Verify, invokeFunction: Invoke, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const match = matchRoute(req.method ?? 'GET', url.pathname);
  if (!match) return send(res, errorReply(404, 'ROUTE_NOT_FOUND', `No route for ${req.method} ${url.pathname}`));
  if (match === 'malformed') return send(res, errorReply(400, 'MALFORMED_PATH', 'The path is not valid percent-encoding'));
  const spec = routes[match.route.routeKey];
  let claims: Record<string, string> | undefined;
  if (spec.auth === 'jwt') {
    claims = await verify(req.headers.authorization);
    if (!claims) return send(res, errorReply(401, 'UNAUTHENTICATED', 'A valid bearer token is required'));
  }
  const body = await readRequestBody(req);
  if (body === 'too-large') return send(res, errorReply(413, 'PAYLOAD_TOO_LARGE', 'The request is too large'));
  const event = toEvent(req, url, match.route.routeKey, match.pathParameters, body, claims);
  send(res, (await invokeFunction(spec.function, event)) as APIGatewayProxyStructuredResultV2);
}

/** How long a stopping server lets requests under way finish. */
const CLOSE_GRACE_MS = 5000;

export async function startHttpServer(
  keys: LocalKeys,
  invokeFunction: Invoke,
  port: number,
  host = '127.0.0.1',
): Promise<{ url: string; close(graceMs?: number): Promise<void> }> {
  const verify = bearerVerifier(keys);
  const server = http.createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    serve(verify, invokeFunction, req, res).catch((err: unknown) => {
      logger.error('local server failure', { error: err as Error });
      if (!res.headersSent) send(res, errorReply(500, 'INTERNAL', 'An internal error occurred'));
    });
  });
  // Node answers an oversized or malformed request line itself, with a bare status: give it the error shape.
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
    const reply = tooLarge
      ? errorReply(431, 'HEADERS_TOO_LARGE', `The request headers exceed ${MAX_HEADER_BYTES} bytes`)
      : errorReply(400, 'MALFORMED_REQUEST', 'The request is not valid HTTP');
    if (socket.writable) {
      const body = String(reply.body);
      socket.end(
        `HTTP/1.1 ${reply.statusCode} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
          `content-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
      );
    }
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${actual}`,
    // Graceful: no new connections, idle ones closed, requests under way answered (within the grace period).
    close: (graceMs = CLOSE_GRACE_MS) =>
      new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
