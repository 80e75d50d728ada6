import { Hono } from 'hono';
import { hashPassword } from '../auth/password.ts';
import { recordAudit } from '../db/audit-log.ts';
import type { Db } from '../db/open-database.ts';
import { insertUser, listUsers, readUser, updateUser } from '../db/users-repository.ts';
import { ApiError } from '../http/api-error.ts';
import { assertPasswordPolicy } from '../http/assert-password-policy.ts';
import { currentUser, type AuthEnv } from '../http/auth-env.ts';
import { parseIdParam, parseWith } from '../http/parse-with.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { userCreateSchema, userPatchSchema, type UserRecord } from '../schema/auth.ts';

/** A user as the audit log keeps it: no hash, and whether the password changed. */
const audited = (user: UserRecord | undefined) => user && { username: user.username, displayName: user.displayName, role: user.role, townships: user.townships, disabled: user.disabled };

function assertTownshipsExist(db: Db, codes: string[]) {
  const unknown = codes.filter((code) => !db.prepare('SELECT 1 FROM townships WHERE code = ?').get(code));
  if (unknown.length) throw new ApiError(400, 'invalid_request', `townships: unknown township ${unknown.join(', ')}`);
}

/** GET /users, POST /users, PATCH /users/:id (admins; the policy table says so). Every write is audited. */
export function userRoutes(db: Db) {
  return new Hono<AuthEnv>()
    .get('/', (c) => c.json({ users: listUsers(db) }))
    .post('/', async (c) => {
      const admin = currentUser(c);
      const body = parseWith(userCreateSchema, await readJsonBody(c), 'body');
      assertTownshipsExist(db, body.townships);
      if (body.role === 'inspector' && body.townships.length === 0) throw new ApiError(400, 'invalid_request', 'townships: an inspector needs at least one township');
      assertPasswordPolicy('password', body.password, [body.username, body.displayName]);
      const passwordHash = await hashPassword(body.password);
      const created = db.transaction(() => {
        const user = insertUser(db, { ...body, passwordHash }, new Date().toISOString());
        if (user) recordAudit(db, admin, { action: 'user.create', entity: 'user', entityId: user.id, after: audited(user) });
        return user;
      })();
      if (!created) throw new ApiError(409, 'conflict', `username '${body.username}' is taken`);
      return c.json(created, 201);
    })
    .patch('/:id', async (c) => {
      const admin = currentUser(c);
      const id = parseIdParam(c.req.param('id'), 'user id');
      const before = readUser(db, id);
      if (!before) throw new ApiError(404, 'not_found', `no user ${c.req.param('id')}`);
      const body = parseWith(userPatchSchema, await readJsonBody(c), 'body');
      if (body.townships) assertTownshipsExist(db, body.townships);
      if (id === admin.id && (body.disabled || (body.role && body.role !== 'admin'))) {
        throw new ApiError(409, 'conflict', 'you cannot disable yourself or take away your own admin role');
      }
      if (body.password) assertPasswordPolicy('password', body.password, [before.username, body.displayName ?? before.displayName]);
      const passwordHash = body.password ? await hashPassword(body.password) : undefined;
      const after = db.transaction(() => {
        const user = updateUser(db, id, { displayName: body.displayName, role: body.role, townships: body.townships, disabled: body.disabled, passwordHash }, new Date().toISOString());
        recordAudit(db, admin, { action: 'user.update', entity: 'user', entityId: id, before: audited(before), after: audited(user), detail: { passwordChanged: Boolean(passwordHash) } });
        return user;
      })();
      return c.json(after);
    });
}
