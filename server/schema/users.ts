import { z } from 'zod';
import { userRecordSchema } from './auth.ts';

/**
 * Body of GET /api/users (admins): every account, never a password hash.
 *
 * @example
 * const { users }: UsersResponse = usersResponseSchema.parse(await (await fetch('/api/users')).json());
 */
export const usersResponseSchema = z.object({ users: z.array(userRecordSchema) });
export type UsersResponse = z.infer<typeof usersResponseSchema>;
