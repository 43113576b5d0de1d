/**
 * Property-based fuzzing of every route over HTTP, against the real local runtime (one for the
 * file). For each entry of the route table (iterated, never listed by hand) fast-check makes
 * requests with path parameters, query strings, bodies, headers and tokens that range from
 * "valid and coherent with the fixture" (to reach the handlers' rules and the store) to junk.
 *
 * Every reply must be in 200..499 (a 5xx is our fault), a 4xx must carry the error shape of
 * docs/API.md and a 2xx must be JSON (or CSV for the ranking export). After every accepted
 * write a few reads and the month's scoring must still answer below 500 (a value accepted
 * once must not break the hall later). A failure names the route, the request and the
 * server's `request failed` log line. The 5xx it found are kept as regressions at the end of the
 * file; a bug found and not yet fixed goes to KNOWN_BUGS with an `it.fails` repro.
 *
 * FUZZ_RUNS (default 25 per route) and FUZZ_SEED (a fast-check seed) tune a run; FUZZ_VERBOSE=1
 * prints the statuses seen per route, FUZZ_TRACE=<part of a route key> every request to it.
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  errorBody,
  id as idSchema,
  isoDate as isoDateSchema,
  month as monthSchema,
  pathParams,
  type PathParamName,
} from '../../shared/api/common';
import { routes, type RouteKey, type RouteSpec } from '../../shared/api/routes';
import { MAX_BODY_BYTES } from '#lambda/api';
import { NOTICE_KINDS } from '#domain/cases';
import { logger } from '../../shared/adapters/logger';
import { RECORD_ITEM, setUpHall, type HallFixture } from '#local/harness/hall';
import { CALLERS, ROUTE_AUDIENCE, expectedAccess, type Access, type Caller } from '../support/authorization-matrix';
import { startHarness, type Harness } from '#local/harness/runtime';

const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

let t: Harness;
let hall: HallFixture;

/** Everything the generators draw "valid" values from, filled in by beforeAll. */
const fixture = {
  caseIds: [] as string[],
  publicCodes: [] as string[],
  complaintIds: [] as string[],
  entryIds: [] as string[],
  appointmentIds: [] as string[],
  ticketIds: [] as string[],
  /** Real `nextCursor`s handed out by each list (valid, then mutated by the generators). */
  cursors: new Map<RouteKey, string[]>(),
  tokens: [] as { label: string; token: string; weight: number }[],
};

beforeAll(async () => {
  t = await startHarness({ clock: '2025-09-26T09:00:00+08:00' });
  hall = await setUpHall(t);
  const { tokens } = hall;
  const must = async (method: string, path: string, token: string | undefined, body?: unknown, expected = [200, 201, 202]) => {
    const reply = await t.request(method, path, { ...(token ? { token } : {}), ...(body !== undefined ? { body } : {}) });
    if (!expected.includes(reply.status)) throw new Error(`fuzz set-up ${method} ${path}: ${reply.status} ${reply.text}`);
    return reply.body as Record<string, string>;
  };

  // Cases: one complete, one waiting for materials, one to be rated badly (a rectification).
  const intake = (materials: string[], phone?: string) =>
    must('POST', '/v1/halls/h1/cases', tokens.staffA, {
      itemId: 'licence',
      windowId: 'w1',
      applicant: { name: '王小明', idNumber: '11010519491231002X', ...(phone ? { phone } : {}) },
      submittedMaterials: materials,
    });
  for (const c of [
    await intake(['application', 'id-card', 'floor-plan'], '13900000000'),
    await intake(['application']),
    await intake(['application', 'id-card', 'floor-plan']),
  ]) {
    fixture.caseIds.push(c.caseId!);
    fixture.publicCodes.push(c.publicCode!);
  }
  await must('POST', `/v1/halls/h1/cases/${fixture.caseIds[2]}/decision`, tokens.chief, { outcome: 'approved' });
  const rating = await must('POST', `/v1/public/cases/${fixture.caseIds[2]}/rating`, undefined, { code: fixture.publicCodes[2], level: 1 });
  if (rating.rectificationId) fixture.complaintIds.push(rating.rectificationId);
  for (const description of ['窗口人员态度差', '排队时间太长']) {
    const receipt = await must('POST', '/v1/public/halls/h1/complaints', undefined, {
      category: '服务态度',
      description,
      caseId: fixture.caseIds[0],
      contact: '13800000000',
    });
    fixture.complaintIds.push(receipt.complaintId!);
  }
  await t.runtime.settle(); // the complaint router assigns them
  const entry = await must('POST', '/v1/halls/h1/assessments/2025-09/entries', tokens.scoring, {
    windowId: 'w1',
    category: 'commendation',
    points: 1,
    reason: '表彰',
  });
  fixture.entryIds.push(entry.entryId!);
  // The queue: a group, two tickets, one of them called at w1.
  await must('PUT', '/v1/halls/h1/ticket-groups', tokens.admin, { groups: [{ group: 'A', itemIds: ['licence', 'record'], dailyCap: 50 }] });
  for (const itemId of ['licence', 'record'])
    fixture.ticketIds.push((await must('POST', '/v1/public/halls/h1/tickets', undefined, { itemId })).ticketId!);
  await must('POST', '/v1/halls/h1/windows/w1/call-next', tokens.staffA);
  await must('POST', '/v1/halls/h1/assessments/2025-09/compute', tokens.admin);
  // Appointments: the service item takes them; one booked for the next working day.
  await must('PUT', '/v1/halls/h1/items/record/slots', tokens.admin, { slotMinutes: 30, capacity: 3, horizonDays: 30 });
  const booking = await must('POST', '/v1/public/halls/h1/appointments', undefined, {
    itemId: 'record',
    date: '2025-09-28',
    start: '09:00',
    name: '王小明',
    phone: '13900000001',
  });
  fixture.appointmentIds.push(booking.appointmentId!);

  // Harvest real cursors (lists with more than one entry, one per page).
  const lists: [RouteKey, string][] = [
    ['GET /v1/public/halls/{hallId}/items', '/v1/public/halls/h1/items?limit=1'],
    ['GET /v1/halls/{hallId}/cases', '/v1/halls/h1/cases?limit=1'],
    ['GET /v1/halls/{hallId}/cases', '/v1/halls/h1/cases?limit=1&windowId=w1'],
    ['GET /v1/halls/{hallId}/cases', '/v1/halls/h1/cases?limit=1&status=accepted'],
    ['GET /v1/halls/{hallId}/cases', '/v1/halls/h1/cases?limit=1&month=2025-09'],
    ['GET /v1/halls/{hallId}/complaints', '/v1/halls/h1/complaints?limit=1'],
    ['GET /v1/halls/{hallId}/complaints', '/v1/halls/h1/complaints?limit=1&status=received'],
    ['GET /v1/halls/{hallId}/complaints', '/v1/halls/h1/complaints?limit=1&assignee=s-a'],
  ];
  for (const [routeKey, path] of lists) {
    const reply = await t.request('GET', path, { token: tokens.admin });
    const { nextCursor } = reply.body as { nextCursor?: unknown };
    if (reply.status === 200 && typeof nextCursor === 'string')
      fixture.cursors.set(routeKey, [...(fixture.cursors.get(routeKey) ?? []), nextCursor]);
  }
  if (fixture.cursors.size < 3) throw new Error(`fuzz set-up: cursors only for ${[...fixture.cursors.keys()].join(', ')}`);

  fixture.tokens = [
    { label: 'agency-admin', token: tokens.agency, weight: 3 },
    { label: 'hall-admin h1', token: tokens.admin, weight: 5 },
    { label: 'window-staff s-a (A post, w1)', token: tokens.staffA, weight: 3 },
    { label: 'window-staff s-b (B post, w1)', token: tokens.staffB, weight: 1 },
    { label: 'window-staff s-chief (chief representative, w1)', token: tokens.chief, weight: 1 },
    { label: 'supervisor h1', token: tokens.supervisor, weight: 1 },
    { label: 'scoring-dept h1', token: tokens.scoring, weight: 2 },
    { label: 'hall-admin h2', token: tokens.otherHallAdmin, weight: 1 },
    { label: 'window-staff of h2', token: await t.token({ sub: 's-x', roles: ['window-staff'], hallId: 'h2' }), weight: 1 },
    { label: 'no roles, hall h1', token: await t.token({ sub: 'nobody', roles: [], hallId: 'h1' }), weight: 1 },
    { label: 'unknown roles', token: await t.token({ sub: 'root', roles: ['root', 'admin'], hallId: 'h1' }), weight: 1 },
    {
      label: 'every role, no hall',
      token: await t.token({ sub: 'all-1', roles: ['agency-admin', 'hall-admin', 'window-staff', 'supervisor', 'scoring-dept'] }),
      weight: 1,
    },
    // Subjects the identity provider would hardly issue, but that the API takes as they come.
    {
      label: LONG_SUBJECT,
      token: await t.token({ sub: 'x'.repeat(2100), roles: ['hall-admin', 'scoring-dept'], hallId: 'h1' }),
      weight: 1,
    },
    {
      label: 'rating device of w1',
      token: await t.token({ sub: 'device-w1', roles: ['rating-device'], hallId: 'h1', windowId: 'w1' }),
      weight: 2,
    },
    {
      label: 'hall-admin h1 with subject "管理员#1/.."',
      token: await t.token({ sub: '管理员#1/..', roles: ['hall-admin'], hallId: 'h1' }),
      weight: 1,
    },
  ];
});
afterAll(() => t?.stop());

const LONG_SUBJECT = 'hall-admin + scoring-dept h1 with a subject of 2100 characters';

// ---------------------------------------------------------------------------------------------
// Strings and values of interest

const ASCII_JUNK = [
  '',
  ' ',
  '..',
  '.',
  '%',
  '%zz',
  '%E4%B8',
  '%00',
  '%2F',
  '%2e%2e',
  '%252F',
  '%C0%AF',
  '%FF%FE',
  '%uD800',
  'a%2Fb',
  '9999-99-99',
  '2025-02-30',
  '2025-13-01',
  '0000-01-01',
  '1899-12-31',
  '2200-01-01',
  '9999-12-31',
  '2025-9-1',
  '20250926',
  '2025-09',
  '2025-13',
  '9999-12',
  '0000-00',
  '1e3',
  '0x7D0',
  '0b11111010000',
  '-1',
  '0',
  '1001',
  '2000.5',
  'Infinity',
  'NaN',
  ' 5',
  '2025-Q0',
  '2025-Q5',
  '0000-Q1',
  '9999-Q4',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'HALL#h1',
  'CASE#x',
  "' OR 1=1 --",
  '<script>',
];
const UNICODE_JUNK = ['涟水县', '𠮷𠮷', '\u0000', '\uFEFF', '\u202E', 'é', '\u{1F600}', 'Ω≈ç√', '\uD800', '\n\r\t'];

/** A dictionary of strings that tend to matter, plus arbitrary ones. */
const junkString = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...ASCII_JUNK, ...UNICODE_JUNK) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 1, arbitrary: fc.integer({ min: 65, max: 3000 }).map((n) => 'x'.repeat(n)) },
  );

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const dayString = (d: Date) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;

const isoDateArb = (): fc.Arbitrary<string> =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom('2025-09-26', '2025-09-30', '2025-10-01', '2025-10-08', '2025-10-09', '2025-12-31', '2026-02-28'),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom('1900-01-01', '2199-12-31', '2024-02-29', '2100-02-28', '2000-01-01', '2100-12-31', '2199-12-01'),
    },
    {
      weight: 3,
      arbitrary: fc
        .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
        .map(dayString),
    },
  );
const monthArb = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('2025-09', '2025-08', '2025-10', '2025-01', '2024-12') },
    { weight: 1, arbitrary: fc.constantFrom('1900-01', '2199-12', '2000-01', '2100-12') },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m, 2)}`),
    },
  );

const FIXTURE_IDS = [
  'h1',
  'h2',
  'w1',
  'w2',
  'market',
  'housing',
  's-a',
  's-b',
  's-chief',
  's-w2',
  'sup-1',
  'licence',
  'record',
  'application',
  'id-card',
  'floor-plan',
];
const idArb = (pool: () => string[] = () => FIXTURE_IDS): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant(null).chain(() => fc.constantFrom(...pool())) },
    { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/) },
    { weight: 1, arbitrary: fc.constantFrom('x'.repeat(64), '-', '_', 'A'.repeat(63)) },
  );

// ---------------------------------------------------------------------------------------------
// Values from zod schemas (zod 4 introspection): mostly valid, sometimes just out of range.

type Schema = z.core.$ZodType;

/**
 * A schema's definition as zod's union of its schema classes has it (zod 4's way to walk a
 * schema): switching on its `type` narrows it to that class's (innerType, element, shape, …).
 */
const defOf = (schema: Schema) => (schema as z.core.$ZodTypes)._zod.def;
interface Limits {
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  int: boolean;
  multipleOf?: number;
  regexes: RegExp[];
}

function limitsOf(schema: Schema): Limits {
  const limits: Limits = { int: false, regexes: [] };
  for (const check of schema._zod.def.checks ?? []) {
    // zod's union of its checks, narrowed by `check` like the schemas by `type`.
    const def = (check as z.core.$ZodChecks)._zod.def;
    if (def.check === 'min_length') limits.minLength = def.minimum;
    else if (def.check === 'max_length') limits.maxLength = def.maximum;
    else if (def.check === 'length_equals') limits.minLength = limits.maxLength = def.length;
    else if (def.check === 'greater_than') limits.min = Number(def.value);
    else if (def.check === 'less_than') limits.max = Number(def.value);
    else if (def.check === 'multiple_of') limits.multipleOf = Number(def.value);
    else if (def.check === 'number_format' && /int/.test(def.format)) limits.int = true;
    else if (def.check === 'string_format' && def.pattern instanceof RegExp) limits.regexes.push(def.pattern);
  }
  return limits;
}

function stringFrom(schema: Schema, strict: boolean): fc.Arbitrary<string> {
  if (schema === isoDateSchema) return isoDateArb();
  if (schema === monthSchema) return monthArb();
  if (schema === idSchema) return idArb();
  const def = schema._zod.def;
  const limits = limitsOf(schema);
  // String formats (z.iso.datetime() and the like) have a format and its pattern.
  const format = 'format' in def ? def.format : undefined;
  if (format && format !== 'regex' && schema._zod.pattern) limits.regexes.push(schema._zod.pattern);
  const max = limits.maxLength ?? 200;
  const min = limits.minLength ?? 0;
  const base = limits.regexes[0]
    ? fc.stringMatching(limits.regexes[0])
    : fc.oneof(
        fc.constantFrom('营业执照遗失', '材料齐全', '态度很好', 'ok', '  trimmed  '),
        fc.string({ unit: 'grapheme', minLength: Math.max(min, 1), maxLength: Math.min(max, 40) }),
      );
  if (strict) return fc.oneof({ weight: 8, arbitrary: base }, { weight: 1, arbitrary: fc.constant('字'.repeat(max)) });
  return fc.oneof(
    { weight: 8, arbitrary: base },
    { weight: 1, arbitrary: fc.constantFrom('字'.repeat(max), 'a'.repeat(max + 1), ' '.repeat(Math.max(min, 1)), '') },
  );
}

function numberFrom(schema: Schema, strict: boolean): fc.Arbitrary<number> {
  const l = limitsOf(schema);
  const min = l.min ?? -1e6;
  const max = l.max ?? 1e6;
  const inRange = l.int
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : l.multipleOf
      ? fc
          .integer({ min: Math.ceil(min / l.multipleOf), max: Math.floor(max / l.multipleOf) })
          .map((k) => Number((k * l.multipleOf!).toFixed(6)))
      : fc.oneof(
          { weight: 1, arbitrary: fc.double({ min, max, noNaN: true, noDefaultInfinity: true }) },
          // Steps of 0.5 (what entry points need) and three decimals (one more than scoring keeps).
          { weight: 2, arbitrary: fc.integer({ min: Math.ceil(min * 2), max: Math.floor(max * 2) }).map((k) => k / 2) },
          { weight: 1, arbitrary: fc.integer({ min: Math.ceil(min * 1000), max: Math.floor(max * 1000) }).map((k) => k / 1000) },
        );
  if (strict)
    return fc.oneof({ weight: 8, arbitrary: inRange }, { weight: 1, arbitrary: fc.constantFrom(Math.ceil(min), Math.floor(max)) });
  return fc.oneof(
    { weight: 8, arbitrary: inRange },
    { weight: 2, arbitrary: fc.constantFrom(min, max, min - 1, max + 1, 0, -0, 0.5, 1.005, -1, 1e9, 1e308, Number.MAX_SAFE_INTEGER + 2) },
  );
}

/** Ids of the fixture by the name of the field that holds them, so coherent bodies refer to real records. */
const POOLS: Record<string, () => string[]> = {
  hallId: () => ['h1'],
  itemId: () => ['licence', 'record'],
  windowId: () => ['w1', 'w2'],
  windowIds: () => ['w1', 'w2'],
  departmentId: () => ['market', 'housing'],
  staffId: () => ['s-a', 's-b', 's-chief', 's-w2', 'sup-1'],
  assignee: () => ['s-a', 's-b', 's-chief', 's-w2', 'sup-1'],
  caseId: () => fixture.caseIds,
  complaintId: () => fixture.complaintIds,
  materials: () => ['application', 'id-card', 'floor-plan'],
  submittedMaterials: () => ['application', 'id-card', 'floor-plan'],
  id: () => ['application', 'id-card', 'floor-plan'],
  code: () => fixture.publicCodes,
  phone: () => ['13900000002', '+86 139 0000 0003', '１３９００００００４'],
  start: () => ['08:00', '09:00', '09:30', '16:30', '17:00'],
  // National schedules of 2025: the National Day holidays and the weekend days worked instead.
  holidays: () => ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06', '2025-10-07', '2025-10-08'],
  workdays: () => ['2025-09-28', '2025-10-11'],
};

/**
 * A value the schema accepts (strict) or mostly accepts, with values just out of range. `key`
 * is the name of the field (or of the array) the value goes in.
 */
function valueFrom(schema: Schema, strict = false, key?: string): fc.Arbitrary<unknown> {
  const inner = (s: Schema, k = key) => valueFrom(s, strict, k);
  const def = defOf(schema);
  const pool = key !== undefined ? POOLS[key] : undefined;
  switch (def.type) {
    case 'string':
      return pool
        ? fc.oneof(
            { weight: strict ? 9 : 4, arbitrary: fc.constant(null).chain(() => fc.constantFrom(...pool())) },
            { weight: 1, arbitrary: stringFrom(schema, strict) },
          )
        : stringFrom(schema, strict);
    case 'number':
      return numberFrom(schema, strict);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'literal':
      return fc.constantFrom(...def.values);
    case 'enum':
      return fc.oneof(
        { weight: 9, arbitrary: fc.constantFrom(...Object.values(def.entries)) },
        { weight: strict ? 0 : 1, arbitrary: junkString() },
      );
    case 'optional':
      return fc.option(inner(def.innerType), { nil: undefined, freq: 3 });
    case 'nullable':
      return fc.option(inner(def.innerType), { nil: null, freq: 4 });
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return fc.option(inner(def.innerType), { nil: undefined, freq: 3 });
    case 'pipe':
      return inner(def.in);
    case 'union':
      return fc.oneof(...def.options.map((o) => inner(o)));
    case 'array': {
      const l = limitsOf(schema);
      const maxLength = Math.min(l.maxLength ?? 8, 8);
      return fc.oneof(
        {
          weight: 9,
          arbitrary: strict
            ? // Distinct elements (ids, dates): what most bodies need to be valid.
              fc.uniqueArray(inner(def.element), {
                minLength: Math.min(l.minLength ?? 0, maxLength),
                maxLength,
                selector: (v) => JSON.stringify(v && typeof v === 'object' && 'id' in v ? v.id : v),
              })
            : fc.array(inner(def.element), { minLength: Math.min(l.minLength ?? 0, maxLength), maxLength }),
        },
        {
          weight: strict ? 0 : 1,
          arbitrary:
            l.maxLength !== undefined
              ? fc.array(inner(def.element), { minLength: l.maxLength + 1, maxLength: l.maxLength + 1 })
              : fc.constant([]),
        },
      );
    }
    case 'record': {
      const keyDef = defOf(def.keyType);
      const keys = keyDef.type === 'enum' ? Object.values(keyDef.entries) : undefined;
      const value = inner(def.valueType);
      if (keys) return fc.record(Object.fromEntries(keys.map((k) => [k, value])), { requiredKeys: [] });
      return fc.dictionary(fc.string({ maxLength: 10 }), value, { maxKeys: 5 });
    }
    case 'object': {
      const fields = fc.record(Object.fromEntries(Object.entries(def.shape).map(([k, v]) => [k, inner(v, k)])));
      const extra = fc.dictionary(junkString(), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 });
      return fc
        .tuple(fields, strict ? fc.constant(undefined) : fc.option(extra, { freq: 8, nil: undefined }))
        .map(([f, x]) => Object.fromEntries(Object.entries({ ...x, ...f }).filter(([, v]) => v !== undefined)));
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A value of some other JSON type than expected. */
const wrongValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, '', 'x', [], {}, [null], { '': 1 }, '2025-09-26', 'w1', '中'.repeat(3000)),
    fc.jsonValue({ maxDepth: 2 }),
  );

/** Array.isArray for an unknown value (its own guard makes the elements `any`). */
const isArray = (value: unknown): value is unknown[] => Array.isArray(value);

/** Every path to a value inside a JSON value (objects and arrays), the root excluded. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (isArray(value)) return value.flatMap((v, i) => [[...prefix, i], ...pathsOf(v, [...prefix, i])]);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
  return [];
}

function replaceAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (isArray(value)) return value.map((v, i) => (i === head ? replaceAt(v, rest, replacement) : v));
  const record = value as Record<string, unknown>;
  return { ...record, [head]: replaceAt(record[head], rest, replacement) };
}

/** A valid-looking value with one field (at any depth) of the wrong type or deleted. */
const mutated = (base: fc.Arbitrary<unknown>) =>
  fc.tuple(base, fc.nat(), wrongValue(), fc.boolean()).map(([value, pick, wrong, remove]) => {
    const paths = pathsOf(value);
    if (paths.length === 0) return wrong;
    const path = paths[pick % paths.length]!;
    if (remove && typeof path[path.length - 1] === 'string') {
      const parentPath = path.slice(0, -1);
      const key = path[path.length - 1] as string;
      const strip = (v: unknown, p: (string | number)[]): unknown => {
        if (p.length === 0) {
          if (v && typeof v === 'object' && !Array.isArray(v)) {
            const { [key]: _gone, ...kept } = v as Record<string, unknown>;
            return kept;
          }
          return v;
        }
        const [head, ...rest] = p as [string | number, ...(string | number)[]];
        if (isArray(v)) return v.map((x, i) => (i === head ? strip(x, rest) : x));
        const record = v as Record<string, unknown>;
        return { ...record, [head]: strip(record[head], rest) };
      };
      return strip(value, parentPath);
    }
    return replaceAt(value, path, wrong);
  });

// ---------------------------------------------------------------------------------------------
// Requests

type Body = { kind: 'none' } | { kind: 'text'; text: string; what: string };

interface FuzzRequest {
  path: string;
  headers: Record<string, string>;
  token: string;
  body: Body;
}

const utf8Length = (s: string) => Buffer.byteLength(s, 'utf8');

/** A JSON body padded with one string field to `target` bytes (the limit is 64 KiB). */
function paddedTo(value: unknown, target: number, unit: string): string {
  const base = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
  const key = Object.entries(base).find(([, v]) => typeof v === 'string')?.[0] ?? 'padding';
  const without = JSON.stringify({ ...base, [key]: '' });
  const room = Math.max(0, target - utf8Length(without));
  const text = unit.repeat(Math.floor(room / utf8Length(unit))) + 'a'.repeat(room % utf8Length(unit));
  return JSON.stringify({ ...base, [key]: text });
}

function bodyArb(spec: RouteSpec): fc.Arbitrary<Body> {
  const schema = spec.body;
  const valid = schema ? valueFrom(schema) : fc.jsonValue({ maxDepth: 2 });
  const json =
    (what: string) =>
    (v: unknown): Body => ({ kind: 'text', text: JSON.stringify(v) ?? 'null', what });
  return fc.oneof(
    { weight: schema ? 10 : 1, arbitrary: valid.map(json('schema-derived')) },
    { weight: schema ? 5 : 1, arbitrary: mutated(valid).map(json('one field wrong')) },
    { weight: 2, arbitrary: fc.jsonValue().map(json('arbitrary JSON')) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(valid, fc.integer({ min: -64, max: 64 }), fc.constantFrom('a', '中', '𠮷', '\\u0000', ' '))
        .map(([v, delta, unit]): Body => {
          // '\\u0000' is one escaped character of 6 bytes in the JSON text.
          const text = unit === ' ' ? ' '.repeat(MAX_BODY_BYTES + delta - 2) + '{}' : paddedTo(v, MAX_BODY_BYTES + delta, unit);
          return { kind: 'text', text, what: `about 64 KiB (${utf8Length(text)} bytes of ${JSON.stringify(unit)})` };
        }),
    },
    {
      weight: 1,
      arbitrary: fc
        .oneof(
          fc.constantFrom(
            '{',
            '}',
            '[1,',
            'nul',
            '{"a":1}}',
            "{'a':1}",
            'name=x&b=2',
            '\uFEFF{}',
            'NaN',
            '1e999',
            '"\\ud800"',
            '{"__proto__":{"x":1}}',
          ),
          fc.string({ maxLength: 40 }),
        )
        .map((text): Body => ({ kind: 'text', text, what: 'non-JSON text' })),
    },
    { weight: 1, arbitrary: fc.constant<Body>({ kind: 'none' }) },
    { weight: 1, arbitrary: fc.constant<Body>({ kind: 'text', text: '', what: 'empty' }) },
  );
}

/** Valid values of a path parameter, drawn from the fixture where the name says what it is. */
const validParam: Record<PathParamName, () => fc.Arbitrary<string>> = {
  hallId: () => fc.constantFrom('h1', 'h1', 'h1', 'h1', 'h2', 'h9'),
  departmentId: () => idArb(() => ['market', 'housing']),
  windowId: () => idArb(() => ['w1', 'w2']),
  staffId: () => idArb(() => ['s-a', 's-b', 's-chief', 's-w2', 'sup-1']),
  itemId: () => idArb(() => ['licence', 'record']),
  caseId: () => idArb(() => fixture.caseIds),
  complaintId: () => idArb(() => fixture.complaintIds),
  entryId: () => idArb(() => fixture.entryIds),
  appointmentId: () => idArb(() => fixture.appointmentIds),
  ticketId: () =>
    fc.oneof(
      { weight: 4, arbitrary: fc.constant(null).chain(() => fc.constantFrom(...fixture.ticketIds)) },
      { weight: 1, arbitrary: fc.stringMatching(/^\d{4}-\d{2}-\d{2}-[A-Z]\d{3}$/) },
      { weight: 1, arbitrary: fc.constantFrom('2025-09-26-Z999', '2025-09-27-A001', '2025-02-30-A001') },
    ),
  from: isoDateArb,
  date: isoDateArb,
  month: monthArb,
  year: () =>
    fc.oneof(
      { weight: 2, arbitrary: fc.constant('2025') },
      { weight: 1, arbitrary: fc.integer({ min: 2000, max: 2100 }).map(String) },
      { weight: 1, arbitrary: fc.constantFrom('2026', '2000', '2100') },
    ),
  n: () => fc.oneof(fc.integer({ min: 1, max: 1000 }).map(String), fc.constantFrom('1', '5', '1000')),
  quarter: () => fc.oneof(fc.stringMatching(/^\d{4}-Q[1-4]$/), fc.constantFrom('2025-Q3', '2025-Q4', '2000-Q1')),
  kind: () => fc.constantFrom(...NOTICE_KINDS),
};

/** encodeURIComponent, with lone surrogates sent as the (malformed) UTF-8 bytes of their code unit. */
const encodeSegment = (s: string) =>
  s
    .split(/([\uD800-\uDFFF])/u)
    .map((part) =>
      part.length === 1 && /[\uD800-\uDFFF]/.test(part)
        ? [
            ...Buffer.from([
              0xe0 | (part.charCodeAt(0) >> 12),
              0x80 | ((part.charCodeAt(0) >> 6) & 0x3f),
              0x80 | (part.charCodeAt(0) & 0x3f),
            ]),
          ]
            .map((b) => `%${b.toString(16).toUpperCase()}`)
            .join('')
        : encodeURIComponent(part),
    )
    .join('');

/** A path segment: a valid value (encoded), an encoded junk string, or raw percent-encoded junk. */
const segmentArb = (name: PathParamName): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: validParam[name]().map(encodeSegment) },
    { weight: 2, arbitrary: junkString().map(encodeSegment) },
    { weight: 1, arbitrary: fc.constantFrom(...ASCII_JUNK.filter((s) => s.length > 0 && !/[\s#?/'<>]/.test(s))) },
  );

/** Cursor junk: real cursors (as handed out, or with keys changed), base64 JSON of the wrong shape, garbage. */
const b64 = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');
const cursorArb = (routeKey: RouteKey): fc.Arbitrary<string> => {
  const all = () => [...fixture.cursors.values()].flat();
  const own = () => fixture.cursors.get(routeKey) ?? all();
  const real = fc.oneof(
    { weight: 4, arbitrary: fc.constant(null).chain(() => fc.constantFrom(...own())) },
    { weight: 1, arbitrary: fc.constant(null).chain(() => fc.constantFrom(...all())) },
  );
  const decoded = real.map((c) => JSON.parse(Buffer.from(c, 'base64url').toString('utf8')) as Record<string, unknown>);
  const keyValue = fc.oneof(
    { weight: 2, arbitrary: junkString() },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        'HALL#h1',
        'HALL#h2',
        'ITEM#',
        'ITEM#zzz',
        'ITEM#licence',
        'CASE',
        '',
        '0',
        'z'.repeat(1024),
        'z'.repeat(1025),
        '中'.repeat(400),
      ),
    },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
  );
  return fc.oneof(
    { weight: 3, arbitrary: real },
    {
      weight: 4,
      arbitrary: fc.tuple(decoded, fc.nat(), keyValue).map(([key, pick, v]) => {
        const names = Object.keys(key);
        return b64({ ...key, [names[pick % names.length]!]: v });
      }),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(decoded, fc.nat())
        .map(([key, pick]) => b64(Object.fromEntries(Object.entries(key).filter((_, i) => i !== pick % Object.keys(key).length)))),
    },
    { weight: 1, arbitrary: fc.tuple(decoded, junkString(), keyValue).map(([key, k, v]) => b64({ ...key, [k]: v })) },
    { weight: 2, arbitrary: fc.dictionary(junkString(), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 4 }).map(b64) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }).map(b64) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '',
        '!!!',
        '====',
        'e30',
        b64('{"pk":'),
        'x'.repeat(2048),
        'x'.repeat(2049),
        b64({ pk: 'HALL#h1', sk: 'ITEM#licence' }),
      ),
    },
    { weight: 2, arbitrary: junkString() },
  );
};

/** A value as a query parameter: the query schemas take strings, numbers and booleans (anything else goes as JSON). */
const queryText = (v: unknown): string | undefined => {
  if (v === undefined) return undefined;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
};

const LIMIT_JUNK = ['-1', '0', '1', '200', '201', '1e9', '1e2', 'abc', '', '1.5', '0x10', ' 7', 'Infinity', '-0', '50,50', '9'.repeat(400)];

function queryArb(routeKey: RouteKey, spec: RouteSpec, coherent: boolean): fc.Arbitrary<string> {
  const shape: Record<string, Schema> = spec.query?.shape ?? {};
  const known = Object.entries(shape).map(([name, schema]) => {
    const value = coherent
      ? name === 'cursor'
        ? fc.constant(null).chain(() => fc.constantFrom(...(fixture.cursors.get(routeKey) ?? [...fixture.cursors.values()].flat())))
        : valueFrom(schema, true, name).map(queryText)
      : name === 'cursor'
        ? cursorArb(routeKey)
        : name === 'limit'
          ? fc.oneof(fc.integer({ min: 1, max: 200 }).map(String), fc.constantFrom(...LIMIT_JUNK))
          : fc.oneof({ weight: 5, arbitrary: valueFrom(schema, false, name).map(queryText) }, { weight: 1, arbitrary: junkString() });
    return fc.option(
      value.map((v) => (v === undefined ? [] : [[name, v]])),
      { nil: [] as string[][], freq: 2 },
    );
  });
  if (coherent)
    return fc.tuple(...known).map((pairs) => {
      const search = new URLSearchParams(pairs.flat() as [string, string][]).toString();
      return search ? `?${search}` : '';
    });
  const aliasCursor = shape.cursor
    ? fc.option(
        cursorArb(routeKey).map((c) => [['nextCursor', c]]),
        { nil: [] as string[][], freq: 5 },
      )
    : fc.constant([] as string[][]);
  const extra = fc.array(
    fc.tuple(fc.oneof(junkString(), fc.constantFrom('limit', 'cursor', 'format', 'month', 'code', 'status', 'date')), junkString()),
    { maxLength: 3 },
  );
  return fc
    .tuple(
      fc.tuple(...known, aliasCursor),
      extra,
      fc.option(fc.constantFrom('%zz', '&&&', '=', 'a=%', '%00=%00', 'a[b]=1&a[]=2'), { freq: 10, nil: undefined }),
    )
    .map(([pairs, more, raw]) => {
      const search = new URLSearchParams([...(pairs as string[][][]).flat(), ...more] as [string, string][]).toString();
      const all = [search, raw].filter(Boolean).join('&');
      return all ? `?${all}` : '';
    });
}

function tokenArb(coherent: boolean): fc.Arbitrary<{ label: string; authorization?: string }> {
  const valid = fc.constant(null).chain(() =>
    fc.oneof(
      ...fixture.tokens.map((tk) => ({
        weight: tk.weight,
        arbitrary: fc.constant({ label: tk.label, authorization: `Bearer ${tk.token}` }),
      })),
    ),
  );
  if (coherent) return valid;
  return fc.oneof(
    { weight: 8, arbitrary: valid },
    { weight: 1, arbitrary: fc.constant({ label: 'none' }) },
    {
      weight: 1,
      arbitrary: fc
        .oneof(
          fc.constantFrom(
            'Bearer',
            'Bearer ',
            'Bearer x.y.z',
            'Basic YWxhZGRpbjpvcGVuc2VzYW1l',
            'Bearer eyJhbGciOiJub25lIn0.e30.',
            'bearer a b',
          ),
          fc
            .string({ maxLength: 60 })
            .filter((s) => /^[\x20-\x7e]*$/.test(s))
            .map((s) => `Bearer ${s}`),
          fc.constant(null).chain(() => fc.constantFrom(...fixture.tokens.map((tk) => `Bearer ${tk.token.slice(0, -3)}abc`))),
        )
        .map((authorization) => ({ label: `garbage ${JSON.stringify(authorization.slice(0, 40))}`, authorization })),
    },
  );
}

const coherentHeadersArb = (): fc.Arbitrary<Record<string, string>> =>
  fc
    .tuple(
      fc.option(fc.constant('text/csv'), { freq: 3, nil: undefined }),
      // A fixed key too: replays (same body) and IDEMPOTENCY_KEY_REUSED (another body).
      fc.option(fc.oneof(fc.uuid(), fc.constant('fuzz-fixed-key')), { freq: 3, nil: undefined }),
    )
    .map(([accept, key]) => ({ ...(accept ? { accept } : {}), ...(key ? { 'idempotency-key': key } : {}) }));

/** Extra headers: CSV negotiation, idempotency keys (valid and not), content types. */
const headersArb = (): fc.Arbitrary<Record<string, string>> =>
  fc
    .tuple(
      fc.option(fc.constantFrom('text/csv', 'application/json', '*/*', 'text/csv;q=0.1, application/json'), { freq: 4, nil: undefined }),
      fc.option(
        fc.oneof(
          fc.uuid(),
          fc.constantFrom('k', 'x'.repeat(128), 'x'.repeat(129), ' ', 'a b', '%zz'),
          fc.string({ maxLength: 20 }).filter((s) => /^[\x20-\x7e]*$/.test(s)),
        ),
        { freq: 4, nil: undefined },
      ),
      fc.option(fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1'), {
        freq: 8,
        nil: undefined,
      }),
    )
    .map(([accept, key, type]) => ({
      ...(accept ? { accept } : {}),
      ...(key !== undefined ? { 'idempotency-key': key } : {}),
      ...(type ? { 'content-type': type } : {}),
    }));

/**
 * A request to one route: half of them coherent (valid parameters drawn from the fixture, a
 * body the schema accepts, a valid token) to reach the rules and the store behind the
 * validation, half of them anything (junk, wrong types, sizes, tokens).
 */
function requestArb(routeKey: RouteKey): fc.Arbitrary<FuzzRequest> {
  const spec = routes[routeKey] as RouteSpec;
  const [method, template = ''] = routeKey.split(' ') as [string, string];
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as PathParamName);
  const build = (coherent: boolean) => {
    const segments = fc.tuple(...names.map((n) => (coherent ? validParam[n]().map(encodeSegment) : segmentArb(n))));
    const body =
      method === 'GET'
        ? fc.constant<Body>({ kind: 'none' })
        : coherent
          ? spec.body
            ? valueFrom(spec.body, true).map((v): Body => ({
                kind: 'text',
                text: JSON.stringify(v),
                what: 'coherent, from the schema',
              }))
            : fc.constant<Body>({ kind: 'none' })
          : bodyArb(spec);
    return fc
      .tuple(segments, queryArb(routeKey, spec, coherent), coherent ? coherentHeadersArb() : headersArb(), tokenArb(coherent), body)
      .map(([values, query, headers, token, b]): FuzzRequest => {
        let i = 0;
        const path = template.replace(/\{\w+\}/g, () => values[i++] ?? '') + query;
        return {
          path,
          headers: { ...headers, ...(token.authorization ? { authorization: token.authorization } : {}) },
          token: token.label,
          body: b,
        };
      });
  };
  return fc.oneof(build(true), build(false));
}

// ---------------------------------------------------------------------------------------------
// The property

interface Outcome {
  status: number;
  contentType: string;
  text: string;
  logged: string[];
}

/** Error logs written while a request was handled ('request failed' and whatever else). */
const logged: string[] = [];
/** Error logs that are not about a request: stream consumers, event deliveries. */
const background: string[] = [];

function describeLog(args: unknown[]): string {
  const stack = (e: Error) => e.stack?.split('\n').slice(1, 4).join('\n') ?? '';
  return args
    .map((a) => {
      if (a instanceof Error) return `${a.name}: ${a.message}\n${stack(a)}`;
      if (a && typeof a === 'object') {
        const { error, ...rest } = a as { error?: unknown };
        const err = error instanceof Error ? ` ${error.name}: ${error.message}\n${stack(error)}` : '';
        return `${JSON.stringify(rest).slice(0, 300)}${err}`;
      }
      return String(a);
    })
    .join(' ');
}

async function send(method: string, req: FuzzRequest): Promise<Outcome> {
  logged.length = 0;
  const headers: Record<string, string> = { ...(req.body.kind === 'text' ? { 'content-type': 'application/json' } : {}), ...req.headers };
  const res = await fetch(`${t.runtime.url}${req.path}`, {
    method,
    headers,
    ...(req.body.kind === 'text' ? { body: req.body.text } : {}),
  });
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', text, logged: logged.splice(0) };
}

const shorten = (s: string, n = 400) => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars, ${utf8Length(s)} bytes)` : s);

function describeRequest(method: string, req: FuzzRequest): string[] {
  const { authorization: _token, ...headers } = req.headers;
  return [
    `  request: ${method} ${shorten(req.path, 300)}`,
    `  token: ${req.token}; headers: ${JSON.stringify(headers)}`,
    `  body (${req.body.kind === 'text' ? req.body.what : 'none'}): ${req.body.kind === 'text' ? shorten(JSON.stringify(req.body.text)) : '-'}`,
  ];
}

function explain(routeKey: RouteKey, method: string, req: FuzzRequest, out: Outcome, problem: string): string {
  return [
    `${problem} — route ${routeKey}`,
    ...describeRequest(method, req),
    `  reply: ${out.status} ${out.contentType} ${shorten(out.text)}`,
    ...out.logged.map((l) => `  server log: ${l}`),
  ].join('\n');
}

/**
 * Known, not yet fixed bugs: a 500 they cause is tolerated, recognised narrowly by route and
 * by the server's error log (e.g. `out.logged.some((l) => /ValidationException: .../.test(l))`),
 * so that the fuzzing stays useful for everything else meanwhile; each gets an `it.fails`
 * repro in the regressions below. Empty: the four bugs this fuzzing found are fixed (see the
 * regressions at the end of the file).
 */
const KNOWN_BUGS: { name: string; applies: (routeKey: RouteKey, req: FuzzRequest, out: Outcome) => boolean }[] = [];
const tolerated = new Map<string, number>();

function check(routeKey: RouteKey, method: string, req: FuzzRequest, out: Outcome): string | undefined {
  if (out.status === 500) {
    const known = KNOWN_BUGS.find((b) => b.applies(routeKey, req, out));
    if (known) {
      tolerated.set(known.name, (tolerated.get(known.name) ?? 0) + 1);
      return undefined;
    }
  }
  if (out.status < 200 || out.status > 499) return explain(routeKey, method, req, out, `status ${out.status}`);
  if (out.status >= 400) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(out.text);
    } catch {
      return explain(routeKey, method, req, out, 'a 4xx body that is not JSON');
    }
    if (!out.contentType.includes('application/json')) return explain(routeKey, method, req, out, 'a 4xx without a JSON content type');
    const shape = errorBody.safeParse(parsed);
    if (!shape.success) return explain(routeKey, method, req, out, `a 4xx body not of the error shape (${shape.error.issues[0]?.message})`);
    return undefined;
  }
  if (out.status === 204) return out.text === '' ? undefined : explain(routeKey, method, req, out, 'a 204 with a body');
  const { contentType: declared, formats = [] } = (routes[routeKey] as RouteSpec).reply;
  // A document of a type the route declares it also answers with (CSV, a workbook, a page).
  if (formats.some((type) => out.contentType.includes(type))) return undefined;
  if (declared) {
    if (!out.contentType.includes(declared)) return explain(routeKey, method, req, out, `a 2xx that is not the route's ${declared}`);
    return undefined;
  }
  if (!out.contentType.includes('application/json')) return explain(routeKey, method, req, out, 'a 2xx without a JSON content type');
  try {
    JSON.parse(out.text);
  } catch {
    return explain(routeKey, method, req, out, 'a 2xx body that is not JSON');
  }
  return undefined;
}

/**
 * After a write was accepted, the hall must still work: reads and the scoring that use what
 * was written (an accepted value that breaks them later is a bug of the write's validation).
 */
function probes(): { routeKey: RouteKey; path: string; token?: string }[] {
  const admin = hall.tokens.admin;
  const [caseId = 'none'] = fixture.caseIds;
  const [code = 'none'] = fixture.publicCodes;
  return [
    { routeKey: 'POST /v1/halls/{hallId}/assessments/{month}/compute', path: '/v1/halls/h1/assessments/2025-09/compute', token: admin },
    { routeKey: 'GET /v1/public/halls/{hallId}/items', path: '/v1/public/halls/h1/items' },
    { routeKey: 'GET /v1/public/halls/{hallId}/calendar/{date}/plus/{n}', path: '/v1/public/halls/h1/calendar/2025-09-26/plus/20' },
    { routeKey: 'GET /v1/halls/{hallId}/cases', path: '/v1/halls/h1/cases?windowId=w1', token: admin },
    { routeKey: 'GET /v1/halls/{hallId}/cases/{caseId}', path: `/v1/halls/h1/cases/${caseId}`, token: admin },
    { routeKey: 'GET /v1/public/cases/{caseId}', path: `/v1/public/cases/${caseId}?code=${code}` },
    { routeKey: 'GET /v1/halls/{hallId}/complaints', path: '/v1/halls/h1/complaints', token: admin },
    { routeKey: 'GET /v1/halls/{hallId}/assessment-rules', path: '/v1/halls/h1/assessment-rules', token: admin },
    { routeKey: 'GET /v1/halls/{hallId}/reminders', path: '/v1/halls/h1/reminders', token: admin },
  ];
}

async function probeAfter(routeKey: RouteKey, method: string, req: FuzzRequest): Promise<string | undefined> {
  for (const probe of probes()) {
    const probeReq: FuzzRequest = {
      path: probe.path,
      headers: probe.token ? { authorization: `Bearer ${probe.token}` } : {},
      token: probe.token ? 'hall-admin h1' : 'none',
      body: { kind: 'none' },
    };
    const probeMethod = probe.routeKey.split(' ')[0]!;
    const out = await send(probeMethod, probeReq);
    const problem = check(probe.routeKey, probeMethod, probeReq, out);
    if (problem) return `${problem}\n  … after this request was accepted (${routeKey}):\n${describeRequest(method, req).join('\n')}`;
  }
  return undefined;
}

const routeKeys = Object.keys(routes) as RouteKey[];

beforeAll(() => {
  vi.spyOn(logger, 'error').mockImplementation((...args: unknown[]) => {
    const line = describeLog(args);
    if (args[0] === 'request failed') logged.push(line);
    else background.push(line);
  });
});
afterAll(() => {
  vi.restoreAllMocks();
});

/**
 * The authorization matrix (test/support/authorization-matrix.ts) over every route and caller,
 * before the fuzzing changes anything: path parameters pinned to the fixture's records (a case,
 * a complaint and a called ticket at w1), a valid body, and set-up writes aimed at records of
 * their own so that what an allowed caller writes moves no relation of the callers after it.
 */
describe('the authorization matrix: every route as every caller', () => {
  const tokens = new Map<Caller, string | undefined>();
  beforeAll(async () => {
    const { tokens: h } = hall;
    const inactive = await t.call('PUT /v1/halls/{hallId}/staff/{staffId}', {
      params: { hallId: 'h1', staffId: 'z-inactive' },
      token: h.admin,
      body: { name: '停用账号', windowId: 'w1', roles: ['window-staff'], active: false },
    });
    expect(inactive.status).toBe(200);
    const byCaller: Record<Caller, string | undefined> = {
      anonymous: undefined,
      'role-less token of the hall': await t.token({ sub: 's-a', roles: [], hallId: 'h1' }),
      'deactivated staff of the hall': await t.token({ sub: 'z-inactive', roles: ['window-staff'], hallId: 'h1' }),
      'hall admin of another hall': h.otherHallAdmin,
      'rating device of w1': await t.token({ sub: 'device-w1', roles: ['rating-device'], hallId: 'h1', windowId: 'w1' }),
      'scoring dept': h.scoring,
      supervisor: h.supervisor,
      'window staff of w2 (other window)': h.staffW2,
      'window staff of w1 (own window, A post)': h.staffA,
      'chief representative of w1': h.chief,
      'hall admin': h.admin,
      'agency admin': h.agency,
    };
    for (const caller of CALLERS) tokens.set(caller, byCaller[caller]);
  });

  /** Each route's records: set-up writes get records of their own, the rest the fixture's at w1. */
  const pinned = (routeKey: RouteKey): Record<PathParamName, string> => ({
    hallId: 'h1',
    departmentId: routeKey.startsWith('PUT') ? 'd-matrix' : 'market',
    windowId: routeKey === 'PUT /v1/halls/{hallId}/windows/{windowId}' ? 'w-matrix' : 'w1',
    staffId: 'z-matrix',
    itemId: routeKey === 'PUT /v1/halls/{hallId}/items/{itemId}' ? 'i-matrix' : 'licence',
    caseId: fixture.caseIds[0]!,
    complaintId: fixture.complaintIds[1]!,
    entryId: fixture.entryIds[0]!,
    appointmentId: fixture.appointmentIds[0]!,
    ticketId: fixture.ticketIds[0]!,
    from: '2025-09-26',
    date: '2025-09-26',
    month: '2025-09',
    year: routeKey === 'PUT /v1/calendar/national/{year}' ? '2030' : '2025',
    n: '1',
    quarter: '2025-Q3',
    kind: 'acceptance',
  });
  /**
   * Requests given by hand where a sampled one would not pass validation (cross-field rules,
   * required query parameters), or would aim at the wrong relation: an intake at w1, where the
   * own-window caller works. The national schedule is loaded for a year nothing else uses.
   */
  const VALID: Partial<Record<RouteKey, () => { body?: unknown; query?: Record<string, string> }>> = {
    'PUT /v1/halls/{hallId}': () => ({ body: { name: '涟水县政务服务中心' } }),
    'PUT /v1/halls/{hallId}/staff/{staffId}': () => ({ body: { name: '测试', windowId: 'w1', roles: ['window-staff'] } }),
    'PUT /v1/halls/{hallId}/items/{itemId}': () => ({ body: RECORD_ITEM }),
    'GET /v1/halls/{hallId}/audit': () => ({ query: { from: '2025-09-01', to: '2025-09-30' } }),
    'PUT /v1/calendar/national/{year}': () => ({ body: { holidays: ['2030-10-01'], workdays: [] } }),
    'PUT /v1/halls/{hallId}/assessment-rules': () => ({ body: {} }),
    'PUT /v1/halls/{hallId}/items/{itemId}/slots': () => ({ body: { slotMinutes: 30, capacity: 3, horizonDays: 30 } }),
    'GET /v1/public/halls/{hallId}/items/{itemId}/slots': () => ({ query: { from: '2025-09-29', to: '2025-09-30' } }),
    'GET /v1/public/cases/{caseId}': () => ({ query: { code: fixture.publicCodes[0]! } }),
    // Without the cancel code (the fixture does not keep it): refused to everyone alike.
    'GET /v1/public/appointments/{appointmentId}': () => ({ query: { code: 'ABCDEFGHJK' } }),
    'POST /v1/halls/{hallId}/cases': () => ({
      body: { itemId: 'record', windowId: 'w1', applicant: { name: '王小明' }, submittedMaterials: ['application'] },
    }),
  };
  const accessOf = (status: number): Access => (status === 401 ? 'unauthenticated' : status === 403 ? 'denied' : 'allowed');
  it.each(routeKeys)('%s', async (routeKey) => {
    const spec = routes[routeKey] as RouteSpec;
    const [method, template] = routeKey.split(' ') as [string, string];
    const params = pinned(routeKey);
    const route = template.replace(/\{(\w+)\}/g, (_, name: PathParamName) => encodeURIComponent(params[name]));
    const [sampled] = spec.body ? fc.sample(valueFrom(spec.body, true), { numRuns: 1, seed: 42 }) : [undefined];
    const given = VALID[routeKey]?.();
    const body = given?.body ?? sampled;
    const path = given?.query ? `${route}?${new URLSearchParams(given.query).toString()}` : route;
    const seen = {} as Record<Caller, string>;
    for (const caller of CALLERS) {
      const token = tokens.get(caller);
      const reply = await t.request(method, path, { ...(token ? { token } : {}), ...(body !== undefined ? { body } : {}) });
      // A request refused as invalid never reached the decision: the matrix would prove nothing.
      seen[caller] = [400, 500].includes(reply.status) ? `${reply.status} ${reply.text}` : accessOf(reply.status);
    }
    const audience = ROUTE_AUDIENCE[routeKey];
    const expected = Object.fromEntries(CALLERS.map((c) => [c, expectedAccess(audience, c, spec.auth === 'jwt')]));
    expect(seen, `audience ${audience}`).toEqual(expected);
  });
});

describe('fuzzing every route over HTTP: never a 5xx, always the error shape', () => {
  afterAll(() => {
    if (process.env.FUZZ_VERBOSE) console.log('tolerated known-bug 500s', Object.fromEntries(tolerated));
  });

  it('covers the whole route table, with valid path parameters where meant to be valid', () => {
    expect(routeKeys.length).toBeGreaterThan(30);
    for (const name of Object.keys(validParam) as PathParamName[]) {
      for (const value of fc.sample(validParam[name](), 50))
        expect(pathParams[name].safeParse(value).success, `${name}=${value}`).toBe(true);
    }
  });

  for (const routeKey of routeKeys) {
    it(routeKey, async () => {
      const method = routeKey.split(' ')[0]!;
      const statuses = new Map<number, number>();
      // The first failure is the one to read: later (shrunk) runs see the state it left.
      let first: string | undefined;
      try {
        await fc.assert(
          fc.asyncProperty(requestArb(routeKey), async (req) => {
            const out = await send(method, req);
            statuses.set(out.status, (statuses.get(out.status) ?? 0) + 1);
            if (process.env.FUZZ_TRACE && routeKey.includes(process.env.FUZZ_TRACE))
              console.log(explain(routeKey, method, req, out, 'trace'));
            const problem =
              check(routeKey, method, req, out) ??
              (method !== 'GET' && out.status < 300 ? await probeAfter(routeKey, method, req) : undefined);
            if (problem) {
              first ??= problem;
              expect.fail(problem);
            }
          }),
          { numRuns: NUM_RUNS, ...(SEED !== undefined ? { seed: SEED } : {}) },
        );
      } catch (err) {
        if (!first) throw err;
        throw new Error(`${first}\n\n(fast-check, after shrinking: ${(err as Error).message})`);
      }
      if (process.env.FUZZ_VERBOSE) console.log(routeKey, Object.fromEntries(statuses));
    });
  }

  it('leaves no failure behind in the stream consumers and event deliveries', async () => {
    await t.runtime.settle();
    expect(background, background.join('\n')).toEqual([]);
  });
});

/**
 * The inputs of the trust review (issue 10, point 5), sent to every route they apply to, found
 * from the route table: numbers written as anything but plain decimal digits, unknown query
 * parameters, and text with control characters, bidi overrides or lone surrogates in any string
 * of any body. Each is refused with 400 naming what was wrong, and nothing is stored.
 */
describe('the inputs of the trust review, on every route: refused by name, nothing stored', () => {
  const NUMBER_FORMS = ['0b11111101001', '0x7E9', '0o3751', '2.025e3', '2025e0', ' 2025', '2025 ', '+2025', '２０２５', '2025.0', '-0'];
  const BAD_TEXT = { 'a control character': 'a\u0000b', 'a bidi override': '张\u202E三', 'a lone surrogate': 'a\uD800b' };
  const isNumberParam = (name: PathParamName) => typeof pathParams[name].safeParse('5').data === 'number';
  /** The caller every route lets through to validation: the agency admin (public routes: nobody). */
  const tokenFor = (spec: RouteSpec) => (spec.auth === 'jwt' ? hall.tokens.agency : undefined);
  const pathWith = (routeKey: RouteKey, override: Partial<Record<PathParamName, string>>) => {
    const template = routeKey.split(' ')[1] ?? '';
    return template.replace(/\{(\w+)\}/g, (_, name: PathParamName) =>
      encodeSegment(override[name] ?? fc.sample(validParam[name](), { numRuns: 1, seed: 1 })[0]!),
    );
  };
  const detailsOf = (reply: { status: number; error: { details?: { field: string }[] } | undefined }) =>
    reply.error?.details?.map((d) => d.field) ?? [];
  let itemsBefore = 0;
  const countItems = async () =>
    (await t.runtime.deps.db.send(new ScanCommand({ TableName: t.runtime.deps.tableName, Select: 'COUNT' }))).Count ?? 0;
  beforeAll(async () => {
    await t.runtime.settle();
    itemsBefore = await countItems();
  });

  const numberRoutes = routeKeys.flatMap((routeKey) =>
    [...routeKey.matchAll(/\{(\w+)\}/g)]
      .map((m) => m[1] as PathParamName)
      .filter(isNumberParam)
      .map((name) => ({ routeKey, name })),
  );
  it.each(numberRoutes)('$routeKey: {$name} only in plain decimal digits', async ({ routeKey, name }) => {
    const spec = routes[routeKey] as RouteSpec;
    const method = routeKey.split(' ')[0]!;
    for (const form of NUMBER_FORMS) {
      const token = tokenFor(spec);
      const reply = await t.request(method, pathWith(routeKey, { [name]: form }), {
        ...(token ? { token } : {}),
        ...(spec.body ? { body: {} } : {}),
      });
      expect([reply.status, detailsOf(reply)], `${name}=${JSON.stringify(form)}`).toEqual([400, expect.arrayContaining([`path.${name}`])]);
    }
  });

  const queryRoutes = routeKeys.filter((routeKey) => (routes[routeKey] as RouteSpec).query);
  it.each(queryRoutes)('%s: unknown query parameters and numbers not in plain digits', async (routeKey) => {
    const spec = routes[routeKey] as RouteSpec;
    const method = routeKey.split(' ')[0]!;
    const token = tokenFor(spec);
    const ask = (query: string) => t.request(method, `${pathWith(routeKey, {})}?${query}`, token ? { token } : {});
    for (const unknown of ['status[]=x', 'zz=1', 'LIMIT=5']) {
      const reply = await ask(unknown);
      expect([reply.status, detailsOf(reply)], unknown).toEqual([400, expect.arrayContaining([`query.${unknown.split('=')[0]}`])]);
    }
    const numeric = Object.entries(spec.query!.shape).filter(([, schema]) => {
      const parsed = z.safeParse(schema as Schema, '5');
      return parsed.success && typeof parsed.data === 'number';
    });
    for (const [name] of numeric) {
      for (const form of NUMBER_FORMS) {
        const reply = await ask(new URLSearchParams({ [name]: form }).toString());
        expect([reply.status, detailsOf(reply)], `${name}=${JSON.stringify(form)}`).toEqual([
          400,
          expect.arrayContaining([`query.${name}`]),
        ]);
      }
    }
  });

  /** Every string in a value, by its path (as the error details name fields: dot-separated). */
  const stringPaths = (value: unknown, prefix = ''): string[] => {
    if (typeof value === 'string') return [prefix];
    if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, prefix ? `${prefix}.${i}` : String(i)));
    if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringPaths(v, prefix ? `${prefix}.${k}` : k));
    return [];
  };
  const withText = (value: unknown, path: string[], text: string): unknown =>
    path.length === 0
      ? text
      : Array.isArray(value)
        ? (value as unknown[]).map((v, i) => (String(i) === path[0] ? withText(v, path.slice(1), text) : v))
        : { ...(value as object), [path[0]!]: withText((value as Record<string, unknown>)[path[0]!], path.slice(1), text) };
  /** Body routes whose body has a string anywhere (read from the schema's JSON Schema). */
  const bodyRoutes = routeKeys.filter((routeKey) => {
    const schema = (routes[routeKey] as RouteSpec).body;
    return schema && JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })).includes('"type":"string"');
  });
  it.each(bodyRoutes)('%s: no string of the body takes control characters, bidi overrides or lone surrogates', async (routeKey) => {
    const spec = routes[routeKey] as RouteSpec;
    const method = routeKey.split(' ')[0]!;
    const token = tokenFor(spec);
    // The valid body with the most strings of a few samples, so that optional text is tried too.
    const samples = fc.sample(valueFrom(spec.body!, true), { numRuns: 30, seed: 7 });
    const body = samples.reduce((a, b) => (stringPaths(b).length > stringPaths(a).length ? b : a));
    expect(stringPaths(body).length).toBeGreaterThan(0);
    for (const field of stringPaths(body)) {
      for (const [what, text] of Object.entries(BAD_TEXT)) {
        const reply = await t.request(method, pathWith(routeKey, {}), {
          ...(token ? { token } : {}),
          body: withText(body, field.split('.'), text),
        });
        expect([reply.status, detailsOf(reply)], `${field} with ${what}`).toEqual([400, expect.arrayContaining([field])]);
      }
    }
  });

  it('stored nothing for any of them', async () => {
    expect(await countItems()).toBe(itemsBefore);
  });
});

/**
 * The 5xx this fuzzing found, each as a minimal request: regressions now that they are fixed.
 * (Should a fix be reverted, mark its test `it.fails` and add a KNOWN_BUGS entry meanwhile.)
 */
describe('regressions: the 5xx found by this fuzzing', () => {
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const answer = async (
    method: string,
    path: string,
    options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) => {
    logged.length = 0;
    const reply = await t.request(method, path, options);
    return { status: reply.status, error: reply.error, log: logged.splice(0).join('\n') };
  };

  // Was: decodeCursor (shared/adapters/dynamo.ts) checked key names, types, length and
  // partition, but DynamoDB refused the start key: an empty value ("cannot contain an empty
  // string value") or a sort key outside the key condition ("The provided starting key does not
  // match the range key predicate") → 500. Anyone can send it (the public guide takes a cursor).
  it('a list cursor with an empty or out-of-range key → 400 INVALID_CURSOR', async () => {
    const [casesCursor] = fixture.cursors.get('GET /v1/halls/{hallId}/cases') ?? [];
    const caseKey = casesCursor ? (JSON.parse(Buffer.from(casesCursor, 'base64url').toString('utf8')) as Record<string, string>) : {};
    const emptyIndexKey = Object.fromEntries(Object.entries(caseKey).map(([k, v]) => [k, /^gsi\dsk$/.test(k) ? '' : v]));
    for (const [path, token] of [
      [`/v1/public/halls/h1/items?cursor=${b64({ pk: 'HALL#h1', sk: '' })}`, undefined],
      [`/v1/public/halls/h1/items?cursor=${b64({ pk: 'HALL#h1', sk: 'zzz' })}`, undefined],
      [`/v1/halls/h1/cases?cursor=${b64(emptyIndexKey)}`, hall.tokens.admin],
    ] as const) {
      const { status, error, log } = await answer('GET', path, token ? { token } : {});
      expect(status, `${path}\n${log}`).toBe(400);
      expect(error?.code).toBe('INVALID_CURSOR');
    }
  });

  // Was: rulesBody (shared/api/assessments.ts) took any number in range; DynamoDB refuses
  // magnitudes below 1e-130 ("Number underflow") → 500 (deductions/caps too: 1e-200 passed
  // multipleOf(0.01)).
  it('assessment rules with 5e-324 or 1e-200 → 400', async () => {
    for (const body of [{ base: 5e-324 }, { caps: { openOverdue: 1e-200 } }, { deductions: { secondNotice: 1e-200 } }]) {
      const { status, log } = await answer('PUT', '/v1/halls/h1/assessment-rules', { token: hall.tokens.admin, body });
      expect(status, `${JSON.stringify(body)}\n${log}`).toBe(400);
    }
  });

  // Was: PUT rules {base: 100.001} answered 200, and from then on every computation of the
  // month (API and month-end job) failed with "RangeError: base must have at most two decimals"
  // (shared/domain/assessment.ts toUnits) → 500. A hall of its own, to leave h1 alone.
  it('assessment rules with base 100.001: rejected, and the month still computes', async () => {
    const other = await setUpHall(t, 'h-fuzz-rules');
    const put = await answer('PUT', '/v1/halls/h-fuzz-rules/assessment-rules', { token: other.tokens.admin, body: { base: 100.001 } });
    expect(put.status, put.log).toBe(400);
    const compute = await answer('POST', '/v1/halls/h-fuzz-rules/assessments/2025-09/compute', { token: other.tokens.admin });
    expect(compute.status, compute.log).toBe(200);
  });

  // Was: the token's `sub` went into keys unchecked (staff look-up STAFF#<sub> in
  // hallRecords.standingOf, idempotency scopes): a subject of ~1 KB → "Aggregated size of all
  // range keys has exceeded the size limit of 1024 bytes" → 500.
  it('a token with a 2100-character subject → 4xx, not 500', async () => {
    const token = await t.token({ sub: 'x'.repeat(2100), roles: ['window-staff'], hallId: 'h1' });
    const { status, log } = await answer('POST', '/v1/halls/h1/cases', {
      token,
      headers: { 'idempotency-key': 'long-subject' },
      body: { itemId: 'licence', windowId: 'w1', applicant: { name: '王小明' }, submittedMaterials: ['application'] },
    });
    expect(status, log).toBeGreaterThanOrEqual(400);
    expect(status, log).toBeLessThan(500);
  });
});
