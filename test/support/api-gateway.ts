/** API Gateway HTTP API (payload 2.0) events, for calling a handler directly. */
import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from 'aws-lambda';

export interface EventOptions {
  pathParameters?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
  /** The verified claims, flattened as API Gateway passes them (`roles: "[hall-admin]"`). */
  claims?: Record<string, string>;
}

let requests = 0;

export function apiGatewayEvent(
  routeKey: string,
  { pathParameters = {}, body, headers = {}, claims = {} }: EventOptions = {},
): APIGatewayProxyEventV2WithJWTAuthorizer {
  const [method = 'GET', template = '/'] = routeKey.split(' ');
  const rawPath = template.replace(/\{(\w+)\}/g, (_, name: string) => pathParameters[name] ?? '');
  return {
    version: '2.0',
    routeKey,
    rawPath,
    rawQueryString: '',
    headers: { 'content-type': 'application/json', ...headers },
    pathParameters,
    isBase64Encoded: false,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    requestContext: {
      accountId: '123456789012',
      apiId: 'api',
      domainName: 'api.example.cn',
      domainPrefix: 'api',
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '203.0.113.1', userAgent: 'vitest' },
      requestId: `req-${++requests}`,
      routeKey,
      stage: '$default',
      time: '26/Sep/2025:01:00:00 +0000',
      timeEpoch: Date.parse('2025-09-26T01:00:00Z'),
      authorizer: { principalId: '', integrationLatency: 0, jwt: { claims, scopes: [] } },
    },
  };
}

export const lambdaContext = {
  functionName: 'test',
  awsRequestId: 'test-request',
  getRemainingTimeInMillis: () => 10_000,
} as unknown as Context;
