/**
 * Symbology of issue 17's layers: 群众举报 (public reports) as pins by status — received or accepted in the
 * attention colour, handled or closed muted, rejected a grey hollow pin — and 油品抽检 (fuel samples) as drops by
 * result — failed in the violation colour with a cut-out cross, pending a neutral hollow drop, passed in the ok
 * colour. Shape carries each meaning besides colour (ui.md).
 *
 * @module
 */
import { reportStatusLabels, type ReportStatus } from '../../server/schema/enums/public-report.ts';
import { sampleResultLabels, type SampleResult } from '../../server/schema/enums/fuel-sample.ts';
import type { LayerId } from '../../server/schema/layer-catalogue.ts';
import type { Language } from '../state/app-state.ts';
import type { Shape } from './icons.ts';
import type { LegendEntry, PointSymbology } from './symbology.ts';

type Props = Record<string, unknown>;

export const REPORT_OPEN_COLOR = '#f08c00';
export const REPORT_DONE_COLOR = '#5c7f99';
export const REPORT_REJECTED_COLOR = '#adb5bd';
export const SAMPLE_FAIL_COLOR = '#e03131';
export const SAMPLE_PENDING_COLOR = '#868e96';
export const SAMPLE_PASS_COLOR = '#2f9e44';

/** How a report of each status is drawn. */
const reportGroups: { key: string; statuses: ReportStatus[]; shape: Shape; color: string }[] = [
  { key: 'open', statuses: ['received', 'accepted'], shape: 'pin', color: REPORT_OPEN_COLOR },
  { key: 'done', statuses: ['handled', 'closed'], shape: 'pin', color: REPORT_DONE_COLOR },
  { key: 'rejected', statuses: ['rejected'], shape: 'pin-hollow', color: REPORT_REJECTED_COLOR },
];
const reportGroupOf = (p: Props) =>
  reportGroups.find((g) => (g.statuses as string[]).includes(String(p.status))) ?? reportGroups[0];

/** How a sample of each result is drawn. */
const sampleLooks: Record<SampleResult, { shape: Shape; color: string }> = {
  fail: { shape: 'drop-cross', color: SAMPLE_FAIL_COLOR },
  pending: { shape: 'drop-hollow', color: SAMPLE_PENDING_COLOR },
  pass: { shape: 'drop', color: SAMPLE_PASS_COLOR },
};
const sampleLookOf = (p: Props) => sampleLooks[p.result as SampleResult] ?? sampleLooks.pending;

const statusList = (statuses: ReportStatus[]) => (lang: Language) =>
  statuses.map((s) => reportStatusLabels[s][lang]).join(lang === 'zh' ? '、' : ', ');

export const issue17PointSymbology: Partial<Record<LayerId, PointSymbology>> = {
  'public-reports': {
    shapeOf: (p) => reportGroupOf(p)?.shape ?? 'pin',
    colorOf: (p) => reportGroupOf(p)?.color ?? REPORT_OPEN_COLOR,
    legend: reportGroups.map(
      (g): LegendEntry => ({
        key: g.key,
        label: statusList(g.statuses),
        shape: g.shape,
        color: g.color,
        matches: (p) => (g.statuses as string[]).includes(String(p.status)),
      }),
    ),
  },
  'fuel-samples': {
    shapeOf: (p) => sampleLookOf(p).shape,
    colorOf: (p) => sampleLookOf(p).color,
    legend: (['fail', 'pending', 'pass'] as const).map(
      (result): LegendEntry => ({
        key: result,
        label: (lang) => sampleResultLabels[result][lang],
        shape: sampleLooks[result].shape,
        color: sampleLooks[result].color,
        matches: (p) => p.result === result,
      }),
    ),
  },
};
