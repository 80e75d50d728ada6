import type { LedgersSectionProps } from './ledgers-view.tsx';

/** Foundation placeholder: the issue-17 helper that owns this file replaces it. */
export function MaterialsSection(_props: LedgersSectionProps) {
  return <section data-ledgers-section="materials" />;
}
