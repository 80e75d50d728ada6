import { z } from 'zod';
import { textSchema, townshipCodeSchema } from './common.ts';
import { departmentIdSchema, departmentRefSchema } from './departments.ts';
import { roles } from './enums/role.ts';

export { roleLabels, roles } from './enums/role.ts';
export type { Role } from './enums/role.ts';
/** One of the four roles (see enums/role.ts). */
export const roleSchema = z.enum(roles);

/** 2–32 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit. */
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, 'must be 2–32 characters: a–z, 0–9, . _ -, starting with a letter or digit');

/** A person's name as shown: 1–40 characters, no control characters. */
export const displayNameSchema = textSchema().trim().min(1, 'required').max(40, 'at most 40 characters');

/**
 * At least 10 characters (the demo password `lantian-demo` has 12), at most 128; server/auth/password-policy.ts refuses
 * guessable ones.
 */
export const passwordSchema = z
  .string()
  .min(10, 'must be at least 10 characters')
  .max(128, 'must be at most 128 characters');

/** Body of POST /api/auth/login. */
export const loginBodySchema = z
  .object({
    username: textSchema().trim().toLowerCase().min(1, 'required').max(64, 'too long'),
    password: z.string().min(1, 'required').max(128, 'too long'),
  })
  .strict();

/** Body of POST /api/auth/password: the user's own password change. */
export const passwordChangeSchema = z
  .object({ currentPassword: z.string().min(1, 'required').max(128, 'too long'), newPassword: passwordSchema })
  .strict()
  .refine((b) => b.currentPassword !== b.newPassword, {
    message: 'newPassword: must differ from the current one',
    params: { zh: '新密码不能与当前密码相同' },
  });

/** A signed-in user as the API shows them. */
export const sessionUserSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  /** Township codes an inspector may act in (alerts, routes); empty for other roles. */
  townships: z.array(z.string()),
  /** Issue 17: the department the user belongs to (id and names); absent when none is assigned. */
  department: departmentRefSchema.optional(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

/** Body of GET /api/auth/me and of a successful login. */
export const meResponseSchema = z.object({
  user: sessionUserSchema.nullable(),
  /** Token to send as `X-CSRF-Token` on every state-changing request; null when signed out. */
  csrfToken: z.string().nullable(),
  /** The database was created in demo mode (demo accounts, synthetic data): show the banner. */
  demo: z.boolean(),
  /** Anonymous users may read the public map layers. */
  publicRead: z.boolean(),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

/** Body of POST /api/users. */
export const userCreateSchema = z
  .object({
    username: usernameSchema,
    displayName: displayNameSchema,
    role: roleSchema,
    townships: z.array(townshipCodeSchema).max(18).default([]),
    password: passwordSchema,
    /** Issue 17: the user's department (GET /api/departments), or null. */
    departmentId: departmentIdSchema.nullable().optional(),
  })
  .strict();

/** Body of PATCH /api/users/:id. */
export const userPatchSchema = z
  .object({
    displayName: displayNameSchema.optional(),
    role: roleSchema.optional(),
    townships: z.array(townshipCodeSchema).max(18).optional(),
    password: passwordSchema.optional(),
    disabled: z.boolean().optional(),
    /** Issue 17: the user's department, or null to unassign. */
    departmentId: departmentIdSchema.nullable().optional(),
  })
  .strict();

/** A user as listed to admins (never the hash). */
export const userRecordSchema = sessionUserSchema.extend({
  disabled: z.boolean(),
  demo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type UserRecord = z.infer<typeof userRecordSchema>;
