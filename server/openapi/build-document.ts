import { z } from 'zod';
import { roleGrants } from '../auth/permissions.ts';
import { type Access, type RoutePolicy, routePolicies } from '../auth/route-policy.ts';
import { SESSION_COOKIE } from '../http/auth-middleware.ts';
import { errorBodySchema } from '../schema/common.ts';
import type { Role } from '../schema/auth.ts';
import type { Localized } from '../schema/localized.ts';
import { type ResponseDoc, responseDocs } from './response-docs.ts';
import { type RouteDoc, routeDocs, type TagId, tagDocs, type UploadDoc, type WriteResponseDoc } from './route-docs.ts';

/** A JSON Schema (2020-12) or OpenAPI object, as plain JSON. */
type Json = Record<string, unknown>;

/** `/api/layers/:id` → `/api/layers/{id}`: the policy table's path as an OpenAPI path template. */
export function openApiPath(policyPath: string): string {
  return policyPath.replace(/:([A-Za-z]+)/g, '{$1}');
}

/** The key of a policy row in {@link routeDocs}: `GET /api/layers/{id}`. */
export function routeDocKey(policy: Pick<RoutePolicy, 'method' | 'path'>): string {
  return `${policy.method} ${openApiPath(policy.path)}`;
}

const ERROR_STATUSES = {
  400: { zh: '请求无效（参数或请求体不符合要求，消息逐项说明）', en: 'invalid request (each offending field named)' },
  401: { zh: '未登录或会话已过期', en: 'not signed in, or the session has expired' },
  403: { zh: '无此权限，或请求来源（CSRF）未获允许', en: 'not allowed, or the request origin (CSRF) refused' },
  404: { zh: '未找到', en: 'not found' },
  409: { zh: '与当前状态冲突', en: 'conflicts with the current state' },
  413: { zh: '提交的内容过大', en: 'too large' },
  429: { zh: '操作过于频繁', en: 'too many requests' },
} as const satisfies Record<number, Localized>;
type ErrorStatus = keyof typeof ERROR_STATUSES;

const both = (text: Localized) => `${text.zh}（${text.en}）`;

/** Collects the shared schemas: each generated schema's `$defs` are hoisted here under a unique name. */
class Components {
  readonly schemas: Record<string, Json> = {};

  /** Stores `schema` under `name` (made unique) and answers a `$ref` to it. */
  add(name: string, schema: Json): Json {
    let unique = name;
    for (let n = 2; unique in this.schemas; n++) unique = `${name}${n}`;
    this.schemas[unique] = schema;
    return { $ref: `#/components/schemas/${unique}` };
  }

  /**
   * The JSON Schema of `schema` (zod 4's own generator, draft 2020-12) for a request (`input`: what the route
   * accepts before its transforms) or a response (`output`). A `$defs` block (recursive or shared parts) moves to
   * components.schemas, its `#/$defs/…` references rewritten, so that every `$ref` resolves from the document root.
   */
  jsonSchema(schema: z.ZodType, io: 'input' | 'output', prefix: string): Json {
    const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Json;
    delete generated.$schema;
    const defs = (generated.$defs ?? {}) as Record<string, Json>;
    delete generated.$defs;
    const names = Object.keys(defs);
    if (names.length === 0) return generated;
    const renamed = new Map<string, string>();
    for (const name of names) {
      let unique = `${prefix}_${name}`.replace(/[^A-Za-z0-9._-]/g, '_');
      for (let n = 2; unique in this.schemas || [...renamed.values()].includes(unique); n++)
        unique = `${prefix}_${name}${n}`;
      renamed.set(name, unique);
    }
    const rewrite = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(rewrite);
      if (value === null || typeof value !== 'object') return value;
      const out: Json = {};
      for (const [key, inner] of Object.entries(value)) {
        const target = key === '$ref' && typeof inner === 'string' ? /^#\/\$defs\/(.+)$/.exec(inner) : null;
        out[key] = target ? `#/components/schemas/${renamed.get(target[1] ?? '') ?? target[1]}` : rewrite(inner);
      }
      return out;
    };
    for (const name of names) this.schemas[renamed.get(name) ?? name] = rewrite(defs[name]) as Json;
    return rewrite(generated) as Json;
  }
}

/** The roles that hold `access`, or who may call a route that needs no permission. */
function describeAccess(policy: RoutePolicy): { text: string; roles: Role[] | null } {
  const access: Access = policy.access;
  const lines: string[] = [];
  let roles: Role[] | null = null;
  if (access === 'public') lines.push('**访问权限（Access）**：公开，无需登录（public）');
  else if (access === 'signed-in') lines.push('**访问权限（Access）**：任一已登录用户（signed-in）');
  else {
    roles = (Object.keys(roleGrants) as Role[]).filter((role) => roleGrants[role].includes(access));
    lines.push(`**访问权限（Access）**：权限 \`${access}\`（permission），持有角色（roles）：${roles.join('、')}`);
  }
  if (policy.publicRead) {
    lines.push('服务器开启公开只读时，匿名访问者也可调用（anonymous readers too, when the server allows public read）');
  }
  if (policy.machine) {
    lines.push(
      '**机器接口（machine route, HJ 212）**：数采仪在报文内认证，不带会话 Cookie 时无需 Origin（the device ' +
        'authenticates inside the frame; without a session cookie no Origin is needed）',
    );
  }
  if (policy.method !== 'GET' && access !== 'public') {
    lines.push(
      '写操作须带请求头 `x-csrf-token`（GET /api/auth/me 的 csrfToken）（writes carry the CSRF token header）',
    );
  }
  return { text: lines.join('\n\n'), roles };
}

/** Query parameters from an object schema's JSON Schema: one parameter per property. */
function queryParameters(components: Components, doc: RouteDoc, prefix: string): Json[] {
  if (!doc.query) return [];
  const variants: [string | null, z.ZodType][] =
    doc.query instanceof z.ZodType ? [[null, doc.query]] : Object.entries(doc.query);
  const byName = new Map<string, { schema: Json; required: boolean; usedBy: string[] }>();
  for (const [variant, schema] of variants) {
    const json = components.jsonSchema(schema, 'input', `${prefix}Query`);
    const properties = (json.properties ?? {}) as Record<string, Json>;
    const required = new Set((json.required ?? []) as string[]);
    for (const [name, property] of Object.entries(properties)) {
      const seen = byName.get(name);
      if (seen) {
        if (variant) seen.usedBy.push(variant);
        continue;
      }
      byName.set(name, {
        schema: property,
        required: variant === null && required.has(name),
        usedBy: variant ? [variant] : [],
      });
    }
  }
  return [...byName].map(([name, { schema, required, usedBy }]) => ({
    name,
    in: 'query',
    required,
    schema,
    ...(usedBy.length > 0 && usedBy.length < variants.length
      ? { description: `仅以下图层（only these layers）：${usedBy.join(', ')}` }
      : {}),
  }));
}

function pathParameters(components: Components, path: string, doc: RouteDoc, prefix: string): Json[] {
  return [...path.matchAll(/\{([A-Za-z]+)\}/g)].map(([, name = '']) => {
    const schema = doc.params?.[name];
    return {
      name,
      in: 'path',
      required: true,
      schema: schema ? components.jsonSchema(schema, 'input', `${prefix}Path`) : { type: 'string' },
    };
  });
}

function uploadContent(components: Components, upload: UploadDoc, prefix: string): Record<string, Json> {
  const content: Record<string, Json> = {};
  for (const type of upload.types) {
    content[type] = {
      schema:
        type === 'multipart/form-data' && upload.form
          ? components.jsonSchema(upload.form, 'input', `${prefix}Form`)
          : { type: 'string', ...(type === 'text/plain' || type === 'text/csv' ? {} : { format: 'binary' }) },
    };
  }
  return content;
}

function requestBody(components: Components, doc: RouteDoc, prefix: string): Json | undefined {
  if (!doc.body && !doc.upload) return undefined;
  const content: Record<string, Json> = {};
  if (doc.body) content['application/json'] = { schema: components.jsonSchema(doc.body, 'input', `${prefix}Body`) };
  if (doc.upload) Object.assign(content, uploadContent(components, doc.upload, prefix));
  return { required: true, content, ...(doc.upload ? { description: both(doc.upload.note) } : {}) };
}

const fileContent = (types: readonly string[]) =>
  Object.fromEntries(types.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]));

function getResponse(components: Components, doc: ResponseDoc | undefined, prefix: string): Json {
  if (!doc) return { description: '（未登记 not registered）' };
  if ('json' in doc) {
    const schema = doc.byId
      ? {
          oneOf: Object.entries(doc.byId).map(([id, variant]) =>
            components.add(`${prefix}_${id}`, components.jsonSchema(variant, 'output', `${prefix}_${id}`)),
          ),
        }
      : components.jsonSchema(doc.json, 'output', `${prefix}Response`);
    return { description: '成功（OK）', content: { 'application/json': { schema } } };
  }
  if ('file' in doc) return { description: '文件（a file）', content: fileContent(doc.types) };
  return {
    description: '服务器推送事件流，不会结束（server-sent events; never ends）',
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  };
}

function writeResponse(components: Components, doc: WriteResponseDoc | undefined, prefix: string): Json {
  if (!doc) return { description: '成功（OK）' };
  if (doc instanceof z.ZodType) {
    const schema = components.jsonSchema(doc, 'output', `${prefix}Response`);
    return { description: '成功（OK）', content: { 'application/json': { schema } } };
  }
  if ('types' in doc) return { description: '文件（a file）', content: fileContent(doc.types) };
  return {
    description: both(doc.described),
    content: { 'application/json': { schema: { type: 'object', description: both(doc.described) } } },
  };
}

/** The error statuses a route may answer, each with the shared error body. */
function errorStatuses(policy: RoutePolicy, doc: RouteDoc, path: string): ErrorStatus[] {
  const statuses = new Set<ErrorStatus>();
  if (doc.query || doc.body || doc.upload || doc.params || path.includes('{')) statuses.add(400);
  if (policy.access !== 'public') statuses.add(401);
  if (policy.access !== 'public' && (policy.access !== 'signed-in' || policy.method !== 'GET')) statuses.add(403);
  if (path.includes('{')) statuses.add(404);
  if (policy.method !== 'GET') statuses.add(409);
  if (doc.body || doc.upload) statuses.add(413);
  if (path === '/api/auth/login' || path === '/api/reports/public' || path === '/api/auth/password') statuses.add(429);
  return [...statuses].sort();
}

const operationId = (method: string, path: string) =>
  method.toLowerCase() +
  path
    .replace(/^\/api/, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');

/** The OpenAPI 3.1 document. */
export interface OpenApiDocument {
  openapi: string;
  info: Json;
  servers: Json[];
  tags: Json[];
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, Json>; responses: Record<string, Json>; securitySchemes: Json };
}

/**
 * The OpenAPI 3.1 description of every route in the policy table (server/auth/route-policy.ts), generated from the
 * route registry (server/openapi/route-docs.ts: summaries, parameters, the zod schemas the routes validate with) and
 * the GET responses (server/openapi/response-docs.ts) by zod's JSON Schema generator. A policy row without a registry
 * entry is left out (test/server/openapi.test.ts fails on it). Pure: no database, same result on every call.
 */
export function buildOpenApiDocument(): OpenApiDocument {
  const components = new Components();
  components.schemas.ErrorBody = components.jsonSchema(errorBodySchema, 'output', 'ErrorBody');
  const responses: Record<string, Json> = {};
  for (const [status, text] of Object.entries(ERROR_STATUSES)) {
    responses[`Error${status}`] = {
      description: both(text),
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
    };
  }
  const paths: Record<string, Record<string, Json>> = {};
  const seen = new Set<string>();
  const usedTags = new Set<TagId>();
  for (const policy of routePolicies) {
    const key = routeDocKey(policy);
    const doc = routeDocs[key];
    if (!doc || seen.has(key)) continue;
    seen.add(key);
    usedTags.add(doc.tag);
    const path = openApiPath(policy.path);
    const prefix = operationId(policy.method, path);
    const access = describeAccess(policy);
    const success =
      policy.method === 'GET'
        ? getResponse(components, responseDocs[policy.path], prefix)
        : writeResponse(components, doc.response, prefix);
    const operation: Json = {
      operationId: prefix,
      tags: [tagDocs[doc.tag].zh],
      summary: `${doc.summary.zh} · ${doc.summary.en}`,
      description: [access.text, ...(doc.note ? [both(doc.note)] : [])].join('\n\n'),
      'x-access': policy.access,
      ...(access.roles ? { 'x-roles': access.roles } : {}),
      ...(policy.publicRead ? { 'x-public-read': true } : {}),
      ...(policy.machine ? { 'x-machine': true } : {}),
      security: policy.access === 'public' ? [] : policy.publicRead ? [{ cookieAuth: [] }, {}] : [{ cookieAuth: [] }],
      parameters: [...pathParameters(components, path, doc, prefix), ...queryParameters(components, doc, prefix)],
      ...(requestBody(components, doc, prefix) ? { requestBody: requestBody(components, doc, prefix) } : {}),
      responses: {
        [String(doc.status ?? 200)]: success,
        ...Object.fromEntries(
          errorStatuses(policy, doc, path).map((status) => [
            String(status),
            { $ref: `#/components/responses/Error${status}` },
          ]),
        ),
      },
    };
    paths[path] ??= {};
    paths[path][policy.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: '蓝天 · 忻府区大气污染防治监管平台 API（Lantian air-quality supervision API）',
      version: '1',
      description:
        '由校验每个接口的 zod 模式生成（generated from the zod schemas that validate every route）。' +
        '登录后浏览器携带会话 Cookie `lantian_session`；写操作另须 `x-csrf-token` 请求头。' +
        '演示数据为合成数据（demo data is synthetic）。',
    },
    servers: [{ url: '/' }],
    tags: (Object.keys(tagDocs) as TagId[])
      .filter((tag) => usedTags.has(tag))
      .map((tag) => ({ name: tagDocs[tag].zh, description: tagDocs[tag].en })),
    paths,
    components: {
      schemas: components.schemas,
      responses,
      securitySchemes: {
        cookieAuth: {
          type: 'apiKey',
          in: 'cookie',
          name: SESSION_COOKIE,
          description: '登录（POST /api/auth/login）后设置的会话 Cookie（the session cookie that sign-in sets）',
        },
      },
    },
  };
}

let cached: { document: OpenApiDocument; json: string } | null = null;

/** The document and its JSON text, generated once per process (it is static per build). */
export function openApiDocument(): { document: OpenApiDocument; json: string } {
  if (!cached) {
    const document = buildOpenApiDocument();
    cached = { document, json: JSON.stringify(document) };
  }
  return cached;
}
