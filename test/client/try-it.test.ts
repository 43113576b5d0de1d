/**
 * The OpenAPI document as a client uses it: the README's try-it flow written with a client
 * generated from the document (openapi-typescript types, openapi-fetch calls) — `npm test`
 * type-checks it against test/client/hall-api.ts and this file runs it against the local
 * runtime — and every reply it gets is checked against the document's own JSON schema for
 * that operation (so the document lists every field a reply carries).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import createClient from 'openapi-fetch';
import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '#api/openapi';
import { matchRoute } from '#local/server';
import { startHarness, type Harness } from '#local/harness/runtime';
import { clientTypes, CLIENT_TYPES_FILE, SHIPPED_DOCUMENT_FILE, shippedDocument } from '#local/openapi';
import type { paths } from './hall-api';

const run = promisify(execFile);
const REDOCLY = join(dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')), 'bin', 'cli.js');

interface Seen {
  method: string;
  path: string;
  status: number;
  body: unknown;
}

let t: Harness;
const seen: Seen[] = [];

beforeAll(async () => {
  t = await startHarness({ clock: '2025-09-26T09:00:00+08:00' });
});
afterAll(() => t.stop());

/** A client of the generated types that records every reply (the fetch of a real client, observed). */
function client(token?: string) {
  return createClient<paths>({
    baseUrl: t.runtime.url,
    ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
    fetch: async (request: Request) => {
      const response = await fetch(request);
      const text = await response.clone().text();
      seen.push({
        method: request.method,
        path: new URL(request.url).pathname,
        status: response.status,
        body: text && (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text,
      });
      return response;
    },
  });
}

describe('a client generated from the OpenAPI document', () => {
  it('is generated from the current document (run `npm run openapi -- --types` after changing a schema)', async () => {
    expect(await readFile(CLIENT_TYPES_FILE, 'utf8')).toBe(await clientTypes());
  });

  it("runs the README's try-it flow", async () => {
    const agency = client(await t.token({ sub: 'agency-1', roles: ['agency-admin'] }));
    const admin = client(await t.token({ sub: 'admin-1', roles: ['hall-admin'], hallId: 'h1' }));
    const staff = client(await t.token({ sub: 's-a', roles: ['window-staff'], hallId: 'h1' }));
    const hallId = 'h1';

    const hall = await agency.PUT('/v1/halls/{hallId}', { params: { path: { hallId } }, body: { name: '涟水县政务服务中心' } });
    expect(hall.data?.openingHours).toEqual({ open: '08:00', close: '17:00' });
    await admin.PUT('/v1/halls/{hallId}/departments/{departmentId}', {
      params: { path: { hallId, departmentId: 'market' } },
      body: { name: '市场监管局' },
    });
    await admin.PUT('/v1/halls/{hallId}/windows/{windowId}', {
      params: { path: { hallId, windowId: 'w1' } },
      body: { name: '市场准入窗口', departmentId: 'market' },
    });
    await admin.PUT('/v1/halls/{hallId}/staff/{staffId}', {
      params: { path: { hallId, staffId: 's-a' } },
      body: { name: '张三', windowId: 'w1', post: 'A', roles: ['window-staff'] },
    });
    await admin.PUT('/v1/halls/{hallId}/items/{itemId}', {
      params: { path: { hallId, itemId: 'licence' } },
      body: {
        name: '食品经营许可',
        kind: 'service',
        departmentId: 'market',
        windowIds: ['w1'],
        legalLimitDays: 20,
        promisedLimitDays: 5,
        materials: [
          { id: 'application', name: '申请书' },
          { id: 'floor-plan', name: '平面图' },
        ],
      },
    });
    const guide = await client().GET('/v1/public/halls/{hallId}/items', { params: { path: { hallId } } });
    expect(guide.data?.items.map((i) => i.itemId)).toEqual(['licence']);

    const intake = await staff.POST('/v1/halls/{hallId}/cases', {
      params: { path: { hallId } },
      body: {
        itemId: 'licence',
        windowId: 'w1',
        applicant: { name: '王小明', phone: '13900000000' },
        submittedMaterials: ['application'],
      },
    });
    expect(intake.response.status).toBe(201);
    expect(intake.data?.status).toBe('awaiting-materials');
    expect(intake.data?.oneTimeNotice?.materials).toEqual([{ id: 'floor-plan', name: '平面图' }]);

    const plus = await client().GET('/v1/public/halls/{hallId}/calendar/{date}/plus/{n}', {
      params: { path: { hallId, date: '2025-09-26', n: 5 } },
    });
    expect(plus.data?.date).toBe('2025-10-10');

    const refused = await staff.POST('/v1/halls/{hallId}/cases', {
      params: { path: { hallId } },
      body: { itemId: 'licence', windowId: 'w1', applicant: { name: '' }, submittedMaterials: [] },
    });
    expect(refused.error?.error.code).toBe('VALIDATION_FAILED');
  });

  it('gets replies the document describes, field for field', () => {
    const document = openApiDocument() as { paths: Record<string, Record<string, { responses: Record<string, Response> }>> };
    type Response = { content?: { 'application/json'?: { schema: unknown } } };
    const checked = seen.filter((s) => s.status < 300);
    expect(checked.length).toBeGreaterThanOrEqual(8);
    for (const reply of checked) {
      const match = matchRoute(reply.method, reply.path);
      if (!match || match === 'malformed') throw new Error(`no route for ${reply.method} ${reply.path}`);
      const template = match.route.routeKey.split(' ')[1] ?? '';
      const schema = document.paths[template]?.[reply.method.toLowerCase()]?.responses[reply.status]?.content?.['application/json']?.schema;
      expect(schema, `${reply.method} ${template} ${reply.status}`).toBeDefined();
      // Strict: the JSON schema says additionalProperties: false, so an unlisted field fails here.
      const result = z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0]).safeParse(reply.body);
      expect(result.success, `${reply.method} ${reply.path}: ${result.error ? z.prettifyError(result.error) : ''}`).toBe(true);
    }
  });

  it('the document rejects a reply with a field it does not list', () => {
    const document = openApiDocument() as {
      paths: Record<string, Record<string, { responses: Record<string, { content: { 'application/json': { schema: unknown } } }> }>>;
    };
    const schema =
      document.paths['/v1/halls/{hallId}/departments/{departmentId}']?.put?.responses['200']?.content['application/json'].schema;
    const reply = { hallId: 'h1', departmentId: 'market', name: '市场监管局', updatedAt: '2025-09-26T09:00:00.000+08:00' };
    const parse = (body: unknown) => z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0]).safeParse(body).success;
    expect(parse(reply)).toBe(true);
    expect(parse({ ...reply, secret: 'x' })).toBe(false);
  });
});

describe('the OpenAPI document public-read ships beside its bundle and serves', () => {
  it('is the current one (run `npm run openapi -- --types` after changing a schema)', async () => {
    expect(await readFile(SHIPPED_DOCUMENT_FILE, 'utf8')).toBe(shippedDocument());
  });
});

describe('the OpenAPI document, linted', () => {
  it('passes redocly lint with its recommended rules: no error, no warning', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hall-openapi-'));
    try {
      const file = join(dir, 'openapi.json');
      await writeFile(file, JSON.stringify(openApiDocument()));
      // Run from the temporary folder so no configuration file changes the rules.
      const { stdout } = await run(process.execPath, [REDOCLY, 'lint', file, '--extends=recommended', '--format=json'], {
        cwd: dir,
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      }).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }));
      const report = JSON.parse(stdout) as {
        totals: { errors: number; warnings: number };
        problems: { ruleId: string; message: string }[];
      };
      expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
      expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
