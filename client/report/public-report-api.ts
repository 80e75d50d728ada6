import type { PublicReportFollowUp, PublicReportReceipt } from '../../server/schema/public-reports.ts';
import type { Language } from '../state/app-state.ts';

/** A public call's outcome: the value, or the server's message in the page's language. */
export type PublicResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** The server's error text in `lang`, or a generic one. */
async function errorText(res: Response, lang: Language, fallback: string): Promise<string> {
  const body = (await res.json().catch(() => null)) as { error?: { text?: Record<Language, string> } } | null;
  return body?.error?.text?.[lang] ?? `${fallback} (${res.status})`;
}

/**
 * Sends a report (multipart form) to POST /api/reports/public without credentials: the page needs no session, and
 * a signed-in official's cookie is never sent with it.
 */
export async function sendPublicReport(
  form: FormData,
  lang: Language,
  networkError: string,
): Promise<PublicResult<PublicReportReceipt>> {
  try {
    const res = await fetch('/api/reports/public', { method: 'POST', body: form, credentials: 'omit' });
    if (!res.ok) return { ok: false, message: await errorText(res, lang, networkError) };
    return { ok: true, value: (await res.json()) as PublicReportReceipt };
  } catch {
    return { ok: false, message: networkError };
  }
}

/** GET /api/reports/public/:ticket without credentials. */
export async function lookUpPublicReport(
  ticket: string,
  lang: Language,
  networkError: string,
): Promise<PublicResult<PublicReportFollowUp>> {
  try {
    const res = await fetch(`/api/reports/public/${encodeURIComponent(ticket.trim())}`, { credentials: 'omit' });
    if (!res.ok) return { ok: false, message: await errorText(res, lang, networkError) };
    return { ok: true, value: (await res.json()) as PublicReportFollowUp };
  } catch {
    return { ok: false, message: networkError };
  }
}
