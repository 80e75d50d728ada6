import { useEffect, useRef } from 'preact/hooks';
import type { AreaStatistics, AreaStatsResponse } from '../../../server/schema/stats.ts';
import { analysisMessages } from '../../i18n/analysis.ts';
import type { Language } from '../../state/app-state.ts';
import { StatisticsTable } from './statistics-table.tsx';

/** What the drawn area's statistics are at the moment. */
export type AreaState =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'failed'; code: string; text: string }
  | { kind: 'ready'; result: AreaStatsResponse };

/** The one subject the panel shows: the drawn area, or a township picked in the table. */
export type Subject = { kind: 'area' } | { kind: 'township'; code: string; name: string; stats: AreaStatistics };

export interface StatisticsPanelProps {
  lang: Language;
  subject: Subject;
  area: AreaState;
  /** The live readout of the shape being drawn (`绘制中：…`), null when nothing is being drawn. */
  drawing: { areaKm2: number; perimeterKm: number } | null;
  /** Back to the drawn area's statistics (from a township's). */
  onShowArea: () => void;
  /** A township's name in the language (Chinese in zh, pinyin in en). */
  nameOf: (code: string, name: string) => string;
  /** Exports of the drawn area's statistics; null when the account may not export. */
  onExport: ((format: 'csv' | 'geojson') => void) | null;
  exportError: string | null;
}

/** The drawn area's warnings in the language: the clipping worded here, the others only in English. */
function areaWarnings(result: AreaStatsResponse, lang: Language): string[] {
  const m = analysisMessages(lang);
  const clipped = result.clipped ? [result.areaKm2 === 0 ? m.whollyOutside : m.clipped(result.outsideAreaKm2)] : [];
  const others = result.warnings.filter((w) => !/district/i.test(w));
  return [...clipped, ...others.map((w) => (/swapped/i.test(w) ? m.looksSwapped : lang === 'en' ? w : null))].filter(
    (w): w is string => w !== null,
  );
}

/**
 * The statistics panel: a header naming its one subject (「绘制区域」 or 「乡镇：…」), that subject's figures, and,
 * for a township, a way back to the drawn area. A township's statistics scroll into view (the header takes the
 * focus) when it is picked, since the row clicked lies far below.
 */
export function StatisticsPanel(props: StatisticsPanelProps) {
  const { lang, subject, area, drawing } = props;
  const m = analysisMessages(lang);
  const header = useRef<HTMLHeadingElement>(null);
  const subjectKey = subject.kind === 'township' ? subject.code : null;
  useEffect(() => {
    if (subjectKey === null || !header.current) return;
    header.current.scrollIntoView({ block: 'start' });
    header.current.focus({ preventScroll: true });
  }, [subjectKey]);

  if (subject.kind === 'township')
    return (
      <div data-area-stats="" data-subject="township" data-ready="true">
        <h3 class="analysis-subject" ref={header} tabIndex={-1} data-subject-title="">
          {m.subjectTownship(subject.name)}
        </h3>
        <p>
          <button type="button" class="link-button" data-show-area="" onClick={props.onShowArea}>
            {area.kind === 'none' ? m.closeTownship : m.backToArea}
          </button>
        </p>
        <StatisticsTable stats={subject.stats} lang={lang} />
      </div>
    );

  const measure = drawing
    ? m.drawing(drawing.areaKm2, drawing.perimeterKm)
    : area.kind === 'ready'
      ? m.areaLine(area.result.drawnAreaKm2, area.result.perimeterKm)
      : '';
  return (
    <div data-area-stats="" data-subject="area" data-ready={area.kind === 'ready' && !drawing ? 'true' : undefined}>
      {area.kind !== 'none' || drawing ? (
        <h3 class="analysis-subject" data-subject-title="">
          {m.subjectArea}
        </h3>
      ) : null}
      <p class="muted" data-measure="" data-drawing={drawing ? 'true' : undefined}>
        {measure}
      </p>
      {area.kind === 'none' && !drawing && <p class="muted">{m.hint}</p>}
      {area.kind === 'loading' && !drawing && (
        <p class="loading">
          <span class="spinner" /> {m.computing}
        </p>
      )}
      {area.kind === 'failed' && (
        <p class="error" data-stats-error={area.code}>
          {m.statsFailed}：{area.text}
        </p>
      )}
      {area.kind === 'ready' && !drawing && (
        <>
          {areaWarnings(area.result, lang).map((w) => (
            <p key={w} class="warning" data-clipped={area.result.clipped ? '' : undefined}>
              {w}
            </p>
          ))}
          <StatisticsTable stats={area.result} lang={lang} />
          <p class="muted">
            {m.townshipsInvolved}
            {area.result.townships
              .map((t) => `${props.nameOf(t.code, t.name)} ${t.areaKm2.toFixed(2)} km²`)
              .join(lang === 'zh' ? '，' : ', ')}
          </p>
          {props.onExport && (
            <p>
              <button type="button" class="link-button" data-export="csv" onClick={() => props.onExport?.('csv')}>
                {m.exportCsv}
              </button>{' '}
              <button
                type="button"
                class="link-button"
                data-export="geojson"
                onClick={() => props.onExport?.('geojson')}
              >
                {m.exportGeojson}
              </button>{' '}
              {props.exportError && <span class="error">{props.exportError}</span>}
            </p>
          )}
        </>
      )}
    </div>
  );
}
