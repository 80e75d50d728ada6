import type { DepartmentsSectionProps } from './departments-view.tsx';

/** Foundation placeholder: the issue-17 helper that owns this file replaces it. */
export function OwnersSection(_props: DepartmentsSectionProps) {
  return <section data-departments-section="owners" />;
}
