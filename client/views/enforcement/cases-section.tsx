import type { EnforcementSectionProps } from './enforcement-view.tsx';

/** Foundation placeholder: the issue-17 helper that owns this file replaces it. */
export function CasesSection(_props: EnforcementSectionProps) {
  return <section data-enforcement-section="cases" />;
}
