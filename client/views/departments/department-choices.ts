import { useEffect, useState } from 'preact/hooks';
import type { DepartmentsResponse } from '../../../server/schema/departments.ts';
import { fetchJson } from '../../api/fetch-json.ts';
import type { Language } from '../../state/app-state.ts';

/** A department to choose: id, names, and kind (the order GET /api/departments gives). */
export type DepartmentOption = Pick<DepartmentsResponse['departments'][number], 'id' | 'name' | 'nameEn' | 'kind'>;

/** The departments read once per page (they change only with a reseed); null until read. */
let cached: Promise<DepartmentOption[] | null> | null = null;

/** Forgets the departments read (tests; after an admin changed them). */
export function forgetDepartmentOptions(): void {
  cached = null;
}

/**
 * The departments as GET /api/departments lists them, read once per page; null when they could not be read.
 *
 * @example
 * const options = await loadDepartmentOptions();
 */
export function loadDepartmentOptions(): Promise<DepartmentOption[] | null> {
  cached ??= fetchJson<DepartmentsResponse>('/api/departments').then((r) => {
    if (r.ok) return r.value.departments.map(({ id, name, nameEn, kind }) => ({ id, name, nameEn, kind }));
    cached = null; // a failed read is tried again next time
    return null;
  });
  return cached;
}

/**
 * The departments for a select (the 告警 filter and 转交部门, the accounts form): undefined while loading, null when
 * they could not be read.
 *
 * @example
 * const options = useDepartmentOptions();
 * options?.map((d) => <option value={d.id}>{d.name}</option>);
 */
export function useDepartmentOptions(): DepartmentOption[] | null | undefined {
  const [options, setOptions] = useState<DepartmentOption[] | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void loadDepartmentOptions().then((o) => {
      if (live) setOptions(o);
    });
    return () => {
      live = false;
    };
  }, []);
  return options;
}

/** A department's name in `lang`. */
export function departmentName(d: { name: string; nameEn: string }, lang: Language): string {
  return lang === 'zh' ? d.name : d.nameEn;
}
