/** The OpenAPI 3.1 document, generated from the same route table and zod schemas the handlers validate with. */
import * as z from 'zod';
import { errorBody, openApiReply, pathParams, type PathParamName } from './common';
import { functionCatalog } from '#topology/catalog';
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
    operationId: spec.operationId,
    summary: spec.summary,
    tags: [spec.function],
    ...(spec.auth === 'jwt' ? { security: [{ bearer: [] }] } : { security: [] }),
    ...(parameters.length ? { parameters } : {}),
    ...(spec.body ? { requestBody: { required: !spec.body.safeParse(undefined).success, content: json(spec.body, 'input') } } : {}),
    responses: {
      [spec.reply.status]: {
        description: 'Success',
        ...(spec.reply.schema
          ? {
              content: {
                ...json(spec.reply.schema, 'output'),
                ...Object.fromEntries((spec.reply.formats ?? []).map((type) => [type, { schema: { type: 'string' } }])),
              },
            }
          : spec.reply.contentType
            ? { content: { [spec.reply.contentType]: { schema: { type: 'string' } } } }
            : {}),
      },
      ...(spec.reply.noContent ? { 204: { description: spec.reply.noContent } } : {}),
      ...errors,
    },
  };
}

let cached: z.output<typeof openApiReply> | undefined;

export function openApiDocument(): z.output<typeof openApiReply> {
  if (cached) return cached;
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [routeKey, spec] of Object.entries(routes) as [string, RouteSpec][]) {
    if (spec.aliasOf) continue;
    const [method = '', path = ''] = routeKey.split(' ');
    (paths[path] ??= {})[method.toLowerCase()] = operation(routeKey, spec);
  }
  cached = {
    openapi: '3.1.0',
    info: {
      title: 'Hall: government service hall backend',
      version: '1.0.0',
      description: 'The contract is docs/API.md; this document is generated from the schemas the handlers validate with.',
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
    },
    servers: [
      { url: 'http://127.0.0.1:3000', description: 'The local runtime (npm start)' },
      {
        url: 'https://{apiDomain}',
        description: "A regional deployment (the stack's Url output, or its custom domain)",
        variables: { apiDomain: { default: 'api.hall.internal', description: 'Host name of the deployment' } },
      },
    ],
    tags: Object.values(routes)
      .map((r) => r.function)
      .filter((fn, i, all) => all.indexOf(fn) === i)
      .map((name) => ({ name, description: functionCatalog[name].description })),
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    paths,
  };
  return cached;
}
