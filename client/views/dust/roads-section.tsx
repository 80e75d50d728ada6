import type { DustSectionProps } from './dust-view.tsx';

/** Foundation placeholder: the issue-16 helper that owns this file replaces it. */
export function RoadsSection(_props: DustSectionProps) {
  return <section data-dust-section="roads" />;
}
