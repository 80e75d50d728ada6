import type { CoverageStatus } from '../../../server/schema/plan-requirements.ts';

/**
 * The mark each coverage status carries beside its colour (ui.md: colour is never the only carrier), in the text,
 * the summary bar and the card; the underline style differs too (solid, dashed, wavy: see style.css).
 */
export const statusMarks: Record<CoverageStatus, string> = { covered: '✓', partial: '△', missing: '✗' };
