import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createApp } from '../../server/app.ts';
import { roleGrants } from '../../server/auth/permissions.ts';
import { routePolicies } from '../../server/auth/route-policy.ts';
import { migrate } from '../../server/db/migrate.ts';
import { openDatabase, type Db } from '../../server/db/open-database.ts';
import { SESSION_COOKIE } from '../../server/http/auth-middleware.ts';
import { CONTENT_SECURITY_POLICY } from '../../server/http/security-headers.ts';
import { buildOpenApiDocument, openApiDocument, routeDocKey } from '../../server/openapi/build-document.ts';
import { responseDocs } from '../../server/openapi/response-docs.ts';
import { routeDocs } from '../../server/openapi/route-docs.ts';
import { REFERENCE_ASSETS_PATH } from '../../server/routes/openapi.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { openApiDocumentSchema } from '../../server/schema/openapi.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

type Json = Record<string, unknown>;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

const { document } = openApiDocument();
const root = document as unknown as Json;

/** The value a local JSON pointer (`#/components/schemas/ErrorBody`) names, or undefined. */
function resolvePointer(ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let at: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return undefined;
    at = (at as Json)[key];
  }
  return at;
}

/** Every `$ref` string anywhere in `value`. */
function refsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refsIn(item, out);
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') out.push(inner);
      else refsIn(inner, out);
    }
  }
  return out;
}

/** Every operation of the document: `GET /api/layers/{id}` → the operation object. */
function operations(): Map<string, Json> {
  const found = new Map<string, Json>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (METHODS.includes(method)) found.set(`${method.toUpperCase()} ${path}`, operation);
    }
  }
  return found;
}

const IGNORED = new Set(['description', 'title', 'default', 'examples', 'format', 'readOnly', 'deprecated', 'id']);

/**
 * A JSON Schema 2020-12 check of the keywords zod's generator emits (the test's own: the project keeps no JSON
 * Schema validator). A keyword it does not know fails the test, so nothing is accepted by being ignored.
 */
function validates(schema: unknown, value: unknown): boolean {
  if (schema === true || schema === undefined) return true;
  if (schema === false) return false;
  const s = schema as Json;
  for (const key of Object.keys(s)) {
    if (IGNORED.has(key)) continue;
    if (!KNOWN.has(key)) throw new Error(`the test's validator does not know '${key}'`);
  }
  if (typeof s.$ref === 'string') {
    const target = resolvePointer(s.$ref);
    expect(target, s.$ref).toBeDefined();
    if (!validates(target, value)) return false;
  }
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    if (!types.some((type) => hasType(value, type))) return false;
  }
  if (s.enum !== undefined && !(s.enum as unknown[]).some((option) => option === value)) return false;
  if (s.const !== undefined && s.const !== value) return false;
  if (typeof value === 'string') {
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(value)) return false;
    if (typeof s.minLength === 'number' && [...value].length < s.minLength) return false;
    if (typeof s.maxLength === 'number' && [...value].length > s.maxLength) return false;
  }
  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && value < s.minimum) return false;
    if (typeof s.maximum === 'number' && value > s.maximum) return false;
    if (typeof s.exclusiveMinimum === 'number' && value <= s.exclusiveMinimum) return false;
    if (typeof s.exclusiveMaximum === 'number' && value >= s.exclusiveMaximum) return false;
  }
  if (Array.isArray(value)) {
    const prefix = (s.prefixItems ?? []) as unknown[];
    if (typeof s.minItems === 'number' && value.length < s.minItems) return false;
    if (typeof s.maxItems === 'number' && value.length > s.maxItems) return false;
    if (!value.every((item, i) => (i < prefix.length ? validates(prefix[i], item) : validates(s.items, item)))) {
      return false;
    }
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const properties = (s.properties ?? {}) as Json;
    for (const name of (s.required ?? []) as string[]) if (!Object.hasOwn(value, name)) return false;
    for (const [name, inner] of Object.entries(value)) {
      if (Object.hasOwn(properties, name)) {
        if (!validates(properties[name], inner)) return false;
      } else if (s.additionalProperties !== undefined && !validates(s.additionalProperties, inner)) return false;
    }
  }
  if (s.anyOf && !(s.anyOf as unknown[]).some((inner) => validates(inner, value))) return false;
  if (s.oneOf && (s.oneOf as unknown[]).filter((inner) => validates(inner, value)).length !== 1) return false;
  if (s.allOf && !(s.allOf as unknown[]).every((inner) => validates(inner, value))) return false;
  if (s.not !== undefined && validates(s.not, value)) return false;
  return true;
}
const KNOWN = new Set(
  (
    '$ref type enum const pattern minLength maxLength minimum maximum exclusiveMinimum exclusiveMaximum items ' +
    'prefixItems minItems maxItems properties required additionalProperties anyOf oneOf allOf not'
  ).split(' '),
);

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    default:
      return typeof value === type;
  }
}

/** The document's operation for `method path` (the policy table's spelling). */
function operation(method: string, policyPath: string): Json {
  const found = operations().get(routeDocKey({ method: method as 'GET', path: policyPath }));
  expect(found, `${method} ${policyPath}`).toBeDefined();
  return found as Json;
}

/** Whether the document's query parameters of an operation accept `query` (a parameter it does not declare: no). */
function documentAcceptsQuery(op: Json, query: Record<string, string>): boolean {
  const parameters = ((op.parameters ?? []) as Json[]).filter((p) => p.in === 'query');
  for (const p of parameters) if (p.required === true && !Object.hasOwn(query, p.name as string)) return false;
  return Object.entries(query).every(([name, value]) => {
    const declared = parameters.find((p) => p.name === name);
    return declared !== undefined && validates(declared.schema, value);
  });
}

function documentAcceptsBody(op: Json, body: unknown): boolean {
  const content = (op.requestBody as Json | undefined)?.content as Json | undefined;
  const json = content?.['application/json'] as Json | undefined;
  expect(json, 'a JSON request body').toBeDefined();
  return validates(json?.schema, body);
}

/**
 * A dozen routes, each with a valid example and invalid ones (a value outside an enum, a pattern, a range, a
 * missing required field, an undeclared field): the document must agree with the route's own zod schema on each.
 */
const querySamples: {
  method: string;
  path: string;
  valid: Record<string, string>;
  invalid: Record<string, string>[];
}[] = [
  {
    method: 'GET',
    path: '/api/aq/daily',
    valid: { station: '2181A', from: '2023-01-01', to: '2023-01-31' },
    invalid: [{ from: '2023-01-01' }, { scope: 'county', from: '2023-01-01', to: '2023-01-31' }],
  },
  {
    method: 'GET',
    path: '/api/alerts',
    valid: { township: '140902001', alertLevel: 'orange' },
    invalid: [{ township: '1409' }, { alertLevel: 'purple' }],
  },
  {
    method: 'GET',
    path: '/api/cases',
    valid: { task: '17', origin: 'alert', limit: '5' },
    invalid: [{ task: '18' }, { limit: '0' }, { origin: 'rumour' }],
  },
  {
    method: 'GET',
    path: '/api/audit',
    valid: { action: 'user.create', limit: '5' },
    invalid: [{ action: 'User Create' }, { limit: '-1' }],
  },
  {
    method: 'GET',
    path: '/api/machines/density',
    valid: { window: 'ytd', cell: '1000' },
    invalid: [{ cell: '750' }, { window: '7d' }],
  },
  {
    method: 'GET',
    path: '/api/layers/:id',
    valid: { township: '140902001', provenance: 'official' },
    invalid: [{ nonsense: '1' }],
  },
];

const bodySamples: { method: string; path: string; valid: unknown; invalid: unknown[] }[] = [
  {
    method: 'POST',
    path: '/api/auth/login',
    valid: { username: 'admin', password: 'x' },
    invalid: [{ username: 'admin' }, { username: '', password: 'x' }, { username: 'a', password: 'x', extra: 1 }],
  },
  {
    method: 'POST',
    path: '/api/users',
    valid: { username: 'wang.li', displayName: '王力', role: 'inspector', password: 'long-enough-1', townships: [] },
    invalid: [
      // (not 'Wang': the route lower-cases before its pattern, which JSON Schema cannot say; the document is stricter)
      { username: 'w!', displayName: '王力', role: 'inspector', password: 'long-enough-1' },
      { username: 'wang.li', displayName: '王力', role: 'mayor', password: 'long-enough-1' },
      { username: 'wang.li', displayName: '王力', role: 'inspector', password: 'short' },
    ],
  },
  {
    method: 'POST',
    path: '/api/alerts/:id/resolve',
    valid: { note: '已整改' },
    invalid: [{}, { note: '' }, { note: 'x', photo: 'http://example.com/a.jpg' }],
  },
  {
    method: 'POST',
    path: '/api/muck/spills',
    valid: { lon: 112.7, lat: 38.4, reporter: 'public', description: '路面撒漏' },
    invalid: [
      { lon: 200, lat: 38.4, reporter: 'public', description: 'x' },
      { lon: 112.7, lat: 38.4, reporter: 'bot', description: 'x' },
    ],
  },
  {
    method: 'POST',
    path: '/api/aq/aqi',
    valid: { mode: 'hourly', concentrations: { 'PM2.5': 80, O3_1h: null } },
    invalid: [
      { mode: 'weekly', concentrations: {} },
      { mode: 'hourly', concentrations: { 'PM2.5': -1 } },
    ],
  },
  {
    method: 'POST',
    path: '/api/stats/area',
    valid: { circle: { center: [112.73, 38.42], radiusM: 2000 }, month: '2023-06' },
    invalid: [
      { circle: { center: [112.73, 38.42], radiusM: 0 } },
      { circle: { center: [112.73], radiusM: 2000 } },
      { month: '2023-13' },
    ],
  },
];

/** The zod schema a route validates its query or body with (from the registry the document is built from). */
function registrySchema(method: string, path: string, part: 'query' | 'body'): z.ZodType {
  const doc = routeDocs[routeDocKey({ method: method as 'GET', path })];
  const schema = part === 'query' ? doc?.query : doc?.body;
  if (!schema || !('safeParse' in schema)) throw new Error(`${method} ${path}: no single ${part} schema`);
  return schema as z.ZodType;
}

describe('the OpenAPI description (issue 18)', () => {
  it('is OpenAPI 3.1 in structure: responses on every operation, every $ref resolves, ids unique', () => {
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
    expect(openApiDocumentSchema.parse(document)).toEqual(JSON.parse(JSON.stringify(document)));
    const ids = new Set<string>();
    for (const [key, op] of operations()) {
      const responses = op.responses as Json;
      expect(Object.keys(responses).length, key).toBeGreaterThan(0);
      for (const [status, response] of Object.entries(responses)) {
        expect(status, key).toMatch(/^[1-5]\d\d$/);
        const resolved = (response as Json).$ref ? resolvePointer((response as Json).$ref as string) : response;
        expect(typeof (resolved as Json).description, `${key} ${status}`).toBe('string');
      }
      expect(ids.has(op.operationId as string), `${key}: operationId repeated`).toBe(false);
      ids.add(op.operationId as string);
      expect(
        (op.tags as string[]).every((tag) => document.tags.some((t) => t.name === tag)),
        key,
      ).toBe(true);
    }
    const refs = refsIn(document);
    expect(refs.length).toBeGreaterThan(100);
    for (const ref of new Set(refs)) expect(resolvePointer(ref), ref).toBeDefined();
    expect(refsIn(document).filter((ref) => ref.includes('$defs'))).toEqual([]);
  });

  it('declares exactly the path parameters of each path template', () => {
    for (const [key, op] of operations()) {
      const path = key.slice(key.indexOf(' ') + 1);
      const inTemplate = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
      const declared = ((op.parameters ?? []) as Json[]).filter((p) => p.in === 'path');
      expect(declared.map((p) => p.name).sort(), key).toEqual(inTemplate);
      for (const p of declared) expect(p.required, `${key} ${p.name as string}`).toBe(true);
      const names = ((op.parameters ?? []) as Json[]).map((p) => `${p.in as string}:${p.name as string}`);
      expect(new Set(names).size, `${key}: a parameter declared twice`).toBe(names.length);
    }
  });

  it('holds every route of the policy table and nothing else; the registry likewise', () => {
    const policyKeys = [...new Set(routePolicies.map((p) => routeDocKey(p)))].sort();
    expect([...operations().keys()].sort()).toEqual(policyKeys);
    expect(Object.keys(routeDocs).sort()).toEqual(policyKeys);
    const gets = [...new Set(routePolicies.filter((p) => p.method === 'GET').map((p) => p.path))].sort();
    expect(Object.keys(responseDocs).sort()).toEqual(gets);
  });

  it('writes each route’s access: cookie security, the permission’s roles, public and machine routes', () => {
    expect(document.components.securitySchemes.cookieAuth).toMatchObject({
      type: 'apiKey',
      in: 'cookie',
      name: SESSION_COOKIE,
    });
    for (const policy of routePolicies) {
      const op = operation(policy.method, policy.path);
      expect(op['x-access'], policy.path).toBe(policy.access);
      if (policy.access === 'public') expect(op.security, policy.path).toEqual([]);
      else expect(op.security, policy.path).toContainEqual({ cookieAuth: [] });
      if (policy.access !== 'public' && policy.access !== 'signed-in') {
        const roles = Object.entries(roleGrants)
          .filter(([, grants]) => grants.includes(policy.access as never))
          .map(([role]) => role);
        expect(op['x-roles'], policy.path).toEqual(roles);
        for (const role of roles) expect(op.description as string, policy.path).toContain(role);
      }
      expect(op['x-machine'] === true, policy.path).toBe(policy.machine === true);
    }
    expect(operation('POST', '/api/ingest/hj212').description).toMatch(/HJ 212/);
    expect(operation('GET', '/api/layers/:id').security).toEqual([{ cookieAuth: [] }, {}]);
  });

  it('answers errors with the shared error body, and files and streams with their types', () => {
    expect(document.components.schemas.ErrorBody).toBeDefined();
    const errorBody = { error: { code: 'not_found', message: 'no user 7', text: { zh: '未找到', en: 'no user 7' } } };
    expect(errorBodySchema.safeParse(errorBody).success).toBe(true);
    expect(validates(document.components.schemas.ErrorBody, errorBody)).toBe(true);
    expect(validates(document.components.schemas.ErrorBody, { error: { code: 'oops' } })).toBe(false);
    for (const status of ['400', '401', '403', '404', '409', '413', '429']) {
      expect(document.components.responses[`Error${status}`], status).toBeDefined();
    }
    const userPatch = operation('PATCH', '/api/users/:id').responses as Json;
    expect(Object.keys(userPatch)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '404', '409']));
    expect(Object.keys(operation('POST', '/api/auth/login').responses as Json)).toContain('429');
    const monthly = (operation('GET', '/api/reports/monthly').responses as Json)['200'] as Json;
    expect(Object.keys(monthly.content as Json)).toEqual(['text/html']);
    const events = (operation('GET', '/api/events').responses as Json)['200'] as Json;
    expect(Object.keys(events.content as Json)).toEqual(['text/event-stream']);
    const created = operation('POST', '/api/users').responses as Json;
    expect(created['201']).toBeDefined();
  });

  for (const sample of querySamples) {
    it(`${sample.method} ${sample.path}: the document's query agrees with the route's zod schema`, () => {
      const op = operation(sample.method, sample.path);
      const doc = routeDocs[routeDocKey({ method: sample.method as 'GET', path: sample.path })];
      const zodAccepts = (query: Record<string, string>) => {
        const schema = doc?.query;
        if (!schema) return false;
        if ('safeParse' in schema) return (schema as z.ZodType).safeParse(query).success;
        // one schema per layer: the townships layer's
        return (schema as Record<string, z.ZodType>).townships?.safeParse(query).success ?? false;
      };
      expect(zodAccepts(sample.valid), 'zod: valid').toBe(true);
      expect(documentAcceptsQuery(op, sample.valid), 'document: valid').toBe(true);
      for (const invalid of sample.invalid) {
        expect(zodAccepts(invalid), `zod: ${JSON.stringify(invalid)}`).toBe(false);
        expect(documentAcceptsQuery(op, invalid), `document: ${JSON.stringify(invalid)}`).toBe(false);
      }
    });
  }

  for (const sample of bodySamples) {
    it(`${sample.method} ${sample.path}: the document's body agrees with the route's zod schema`, () => {
      const op = operation(sample.method, sample.path);
      const schema = registrySchema(sample.method, sample.path, 'body');
      expect(schema.safeParse(sample.valid).success, 'zod: valid').toBe(true);
      expect(documentAcceptsBody(op, sample.valid), 'document: valid').toBe(true);
      for (const invalid of sample.invalid) {
        expect(schema.safeParse(invalid).success, `zod: ${JSON.stringify(invalid)}`).toBe(false);
        expect(documentAcceptsBody(op, invalid), `document: ${JSON.stringify(invalid)}`).toBe(false);
      }
    });
  }

  it('is the same document on every build (cached, static per build)', () => {
    expect(openApiDocument().document).toBe(document);
    expect(JSON.stringify(buildOpenApiDocument())).toBe(openApiDocument().json);
  });
});

describe('GET /api/openapi.json and the reference page (issue 18)', () => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  let official: Caller;

  beforeAll(() => {
    db = openDatabase(':memory:');
    migrate(db);
    app = createApp({ db });
    official = asUser(app, db, 'official');
  });
  afterAll(() => db.close());

  it('refuses anonymous callers with 401 on both routes', async () => {
    for (const path of ['/api/openapi.json', '/api/docs']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(401);
      expect(errorBodySchema.parse(await res.json()).error.code, path).toBe('unauthenticated');
    }
  });

  it('serves the document to any signed-in user', async () => {
    const res = await official.request('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual(JSON.parse(openApiDocument().json));
  });

  it('serves the reference page: Chinese title, our own scripts only, under the console’s CSP', async () => {
    const res = await official.request('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const html = await res.text();
    expect(html).toMatch(/<title>接口参考/);
    expect(html).toContain('lang="zh-CN"');
    const scripts = [...html.matchAll(/<script([^>]*)>([^<]*)<\/script>/g)];
    expect(scripts.length).toBe(2);
    for (const [, attributes = '', inline = ''] of scripts) {
      expect(attributes).toMatch(new RegExp(`src="${REFERENCE_ASSETS_PATH}/`));
      expect(inline.trim(), 'no inline script').toBe('');
    }
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('serves the page’s files with their content types, compressed on request, and nothing else there', async () => {
    const expected: Record<string, RegExp> = {
      'swagger-ui.css': /^text\/css/,
      'swagger-ui-bundle.js': /^text\/javascript/,
      'init.js': /^text\/javascript/,
      'favicon-32x32.png': /^image\/png$/,
    };
    for (const [name, type] of Object.entries(expected)) {
      const res = await app.request(`${REFERENCE_ASSETS_PATH}/${name}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(res.status, name).toBe(200);
      expect(res.headers.get('content-type'), name).toMatch(type);
      expect(res.headers.get('content-security-policy'), name).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-content-type-options'), name).toBe('nosniff');
      expect((await res.arrayBuffer()).byteLength, name).toBeGreaterThan(0);
    }
    const init = await app.request(`${REFERENCE_ASSETS_PATH}/init.js`);
    expect(await init.text()).toContain("url: '/api/openapi.json'");
    const bundle = await app.request(`${REFERENCE_ASSETS_PATH}/swagger-ui-bundle.js`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(bundle.headers.get('content-encoding')).toBe('gzip');
    for (const name of ['package.json', '..%2Fpackage.json', 'index.html', 'swagger-initializer.js']) {
      expect((await app.request(`${REFERENCE_ASSETS_PATH}/${name}`)).status, name).toBe(404);
    }
  });
});
