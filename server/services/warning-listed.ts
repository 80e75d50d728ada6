import type { StoredWarning } from '../db/emergency-warnings-repository.ts';
import { readListVersion } from '../db/emergency-list-repository.ts';
import type { Db } from '../db/open-database.ts';
import type { ListEntryInput } from '../schema/emergency-list.ts';

/** The entries of the list version a warning binds (the one in force on its start's day when issued); [] without. */
export function warningListEntries(db: Db, w: StoredWarning): ListEntryInput[] {
  if (w.listVersion === null) return [];
  return readListVersion(db, w.listVersion.id)?.entries ?? [];
}

/** Up to five ids for a message, and how many more. */
export function nameSome(ids: readonly string[]): { zh: string; en: string } {
  const shown = ids.slice(0, 5);
  const more = ids.length - shown.length;
  return {
    zh: `${shown.join('、')}${more > 0 ? ` 等 ${ids.length} 家` : ''}`,
    en: `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
  };
}
