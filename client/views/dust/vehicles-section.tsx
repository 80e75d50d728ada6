import type { DustSectionProps } from './dust-view.tsx';

/** Foundation placeholder: the issue-16 helper that owns this file replaces it. */
export function VehiclesSection(_props: DustSectionProps) {
  return <section data-dust-section="vehicles" />;
}
