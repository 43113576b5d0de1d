/** The OpenAPI 3.1 document, generated from the same route table and zod schemas the handlers validate with. */
import * as z from 'zod';
import { errorBody, pathParams, type PathParamName } from './common';
import { routes, type RouteSpec } from './routes';

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(schema, { io, unrepresentable: 'any' });
const json = (schema: z.ZodType, io: 'input' | 'output') => ({ 'application/json': { schema: jsonSchema(schema, io) } });

const ERROR_STATUSES: Record<string, string> = {
  400: 'Malformed or invalid input; `details` names each bad field',
  401: 'No or invalid token',
  403: 'Not allowed for this role or hall',
  404: 'Not found',
  409: 'Conflict: duplicate, stale state, already done',
  413: 'Body over 64 KiB',
  422: 'Valid input that the rules refuse',
};

function operation(routeKey: string, spec: RouteSpec) {
  const path = routeKey.split(' ')[1] ?? '';
  const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as PathParamName);
  const parameters = [
    ...names.map((n) => ({ name: n, in: 'path', required: true, schema: jsonSchema(pathParams[n], 'input') })),
    ...Object.entries(spec.query?.shape ?? {}).map(([n, s]) => ({
      name: n,
      in: 'query',
      required: false,
      schema: jsonSchema(s as z.ZodType, 'input'),
    })),
  ];
  const errors = Object.fromEntries(
    Object.entries(ERROR_STATUSES).map(([status, description]) => [status, { description, content: json(errorBody, 'output') }]),
  );
  return {
    summary: spec.summary,
    ...(spec.auth === 'jwt' ? { security: [{ bearer: [] }] } : { security: [] }),
    ...(parameters.length ? { parameters } : {}),
    ...(spec.body ? { requestBody: { required: true, content: json(spec.body, 'input') } } : {}),
    responses: {
      [spec.reply.status]: { description: 'Success', ...(spec.reply.schema ? { content: json(spec.reply.schema, 'output') } : {}) },
      ...errors,
    },
  };
}

let cached: object | undefined;

export function openApiDocument(): object {
  if (cached) return cached;
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [routeKey, spec] of Object.entries(routes) as [string, RouteSpec][]) {
    const [method = '', path = ''] = routeKey.split(' ');
    (paths[path] ??= {})[method.toLowerCase()] = operation(routeKey, spec);
  }
  cached = {
    openapi: '3.1.0',
    info: { title: 'Hall: government service hall backend', version: '1.0.0' },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    paths,
  };
  return cached;
}
