import { z } from 'zod';
import { liveTopics, type LiveTopic } from './live-events.ts';

/** The topics a stream gets when `?topics=` is absent: every topic but `data` (raw packets, opt-in). */
export const defaultLiveTopics: readonly LiveTopic[] = liveTopics.filter((t) => t !== 'data');

/**
 * The query of `GET /api/events`: `topics` (comma-separated {@link liveTopics}; default
 * {@link defaultLiveTopics}) and `lastEventId` (the id to resume after, when the client cannot send
 * the `Last-Event-ID` header).
 */
export const eventsQuerySchema = z.object({
  topics: z
    .string()
    .max(200)
    .transform((text) => text.split(',').map((t) => t.trim()))
    .pipe(z.array(z.enum(liveTopics)).min(1))
    .optional(),
  lastEventId: z
    .string()
    .regex(/^\d{1,15}$/)
    .optional(),
});
export type EventsQuery = z.infer<typeof eventsQuerySchema>;
