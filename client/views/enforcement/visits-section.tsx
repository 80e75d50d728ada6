import type { EnforcementSectionProps } from './enforcement-view.tsx';

/** Foundation placeholder: the issue-17 helper that owns this file replaces it. */
export function VisitsSection(_props: EnforcementSectionProps) {
  return <section data-enforcement-section="visits" />;
}
