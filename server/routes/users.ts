import { Hono } from 'hono';
import { hashPassword } from '../auth/password.ts';
import type { CoreStore } from '../db/store.ts';
import { ApiError } from '../http/api-error.ts';
import { assertPasswordPolicy } from '../http/assert-password-policy.ts';
import { currentUser, type AuthEnv } from '../http/auth-env.ts';
import { parseIdParam, parseWith } from '../http/parse-with.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { userCreateSchema, userPatchSchema } from '../schema/auth.ts';
import type { UsersResponse } from '../schema/users.ts';

import { createUser } from '../services/create-user.ts';
import { updateUser } from '../services/update-user.ts';

async function assertTownshipsExist(store: CoreStore, codes: string[]) {
  const unknown = await store.townships.unknown(codes);
  if (unknown.length)
    throw new ApiError(400, 'invalid_request', {
      zh: `乡镇：没有代码为 ${unknown.join('、')} 的乡镇`,
      en: `townships: unknown township ${unknown.join(', ')}`,
    });
}

/** 400 naming the department unless it exists (issue 17). */
async function assertDepartmentExists(store: CoreStore, id: string | null | undefined) {
  if (!id || (await store.users.departmentExists(id))) return;
  throw new ApiError(400, 'invalid_request', {
    zh: `部门：没有编号为「${id}」的部门`,
    en: `departmentId: unknown department '${id}' (see GET /api/departments)`,
  });
}

/**
 * GET /users, POST /users, PATCH /users/:id (admins; the policy table says so). Every write is
 * audited in the same unit of work; `now` is the app's clock (epoch ms).
 */
export function userRoutes(store: CoreStore, now: () => number) {
  return new Hono<AuthEnv>()
    .get('/', async (c) => {
      const body: UsersResponse = { users: await store.users.list() };
      return c.json(body);
    })
    .post('/', async (c) => {
      const admin = currentUser(c);
      const body = parseWith(userCreateSchema, await readJsonBody(c), 'body');
      await assertTownshipsExist(store, body.townships);
      await assertDepartmentExists(store, body.departmentId);
      if (body.role === 'inspector' && body.townships.length === 0)
        throw new ApiError(400, 'invalid_request', {
          zh: '乡镇：巡查员至少需要负责一个乡镇',
          en: 'townships: an inspector needs at least one township',
        });
      assertPasswordPolicy('password', body.password, [body.username, body.displayName]);
      const passwordHash = await hashPassword(body.password);
      const created = await createUser(store, admin, { ...body, passwordHash }, new Date(now()).toISOString());
      if (!created)
        throw new ApiError(409, 'conflict', {
          zh: `用户名「${body.username}」已被占用`,
          en: `username '${body.username}' is taken`,
        });
      return c.json(created, 201);
    })
    .patch('/:id', async (c) => {
      const admin = currentUser(c);
      const id = parseIdParam(c.req.param('id'), 'user id');
      const before = await store.users.read(id);
      if (!before)
        throw new ApiError(404, 'not_found', { zh: `没有编号为 ${id} 的用户`, en: `no user ${c.req.param('id')}` });
      const body = parseWith(userPatchSchema, await readJsonBody(c), 'body');
      if (body.townships) await assertTownshipsExist(store, body.townships);
      await assertDepartmentExists(store, body.departmentId);
      if (id === admin.id && (body.disabled || (body.role && body.role !== 'admin'))) {
        throw new ApiError(409, 'conflict', {
          zh: '不能停用自己的账号，也不能取消自己的管理员角色',
          en: 'you cannot disable yourself or take away your own admin role',
        });
      }
      if (body.password)
        assertPasswordPolicy('password', body.password, [before.username, body.displayName ?? before.displayName]);
      const passwordHash = body.password ? await hashPassword(body.password) : undefined;
      const { displayName, role, townships, disabled, departmentId } = body;
      const changes = { displayName, role, townships, disabled, passwordHash, departmentId };
      const after = await updateUser(store, admin, before, changes, new Date(now()).toISOString());
      return c.json(after);
    });
}
