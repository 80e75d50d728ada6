import type { EnforcementSectionProps } from './enforcement-view.tsx';

/** Foundation placeholder: the issue-17 helper that owns this file replaces it. */
export function FuelSection(_props: EnforcementSectionProps) {
  return <section data-enforcement-section="fuel" />;
}
