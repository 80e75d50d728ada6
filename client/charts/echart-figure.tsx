import type { EChartsOption } from 'echarts';
import { BarChart, LineChart } from 'echarts/charts';
import {
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  GridComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import { type EChartsType, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'preact/hooks';
import { saveFile } from '../api/save-file.ts';
import { chartsMessages } from '../i18n/charts.ts';
import type { Language } from '../state/app-state.ts';
import { zoomStep, type ZoomWindow } from './zoom-step.ts';

use([
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  MarkAreaComponent,
  MarkLineComponent,
  CanvasRenderer,
]);

/** The zoom and pan buttons: the key of `zoomStep` each presses, and its message. */
const ZOOM_KEYS = [
  ['+', 'zoomIn'],
  ['-', 'zoomOut'],
  ['ArrowLeft', 'panEarlier'],
  ['ArrowRight', 'panLater'],
  ['0', 'zoomReset'],
] as const;

/** A `data:` URL's bytes as a Blob (no fetch: the console's CSP need not allow `data:` for connections). */
function dataUrlBlob(url: string): Blob {
  const [head = '', body = ''] = url.split(',', 2);
  const bytes = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: /^data:([^;,]+)/.exec(head)?.[1] ?? 'application/octet-stream' });
}

/**
 * Whether this document draws on a 2D canvas (a browser does; a test DOM without canvas does not, and the figure
 * then keeps its text: the label, the summary).
 */
function canDrawCanvas(): boolean {
  try {
    return document.createElement('canvas').getContext('2d') !== null;
  } catch {
    return false;
  }
}

/** The x-axis window the chart shows now, in percent of the data. */
function currentWindow(chart: EChartsType): ZoomWindow {
  const zoom = (chart.getOption() as { dataZoom?: { start?: number; end?: number }[] }).dataZoom?.[0];
  return { start: zoom?.start ?? 0, end: zoom?.end ?? 100 };
}

/**
 * One ECharts chart in a figure: the canvas (`role="img"`, its `label` and a visually hidden `summary` for screen
 * readers; the mouse wheel zooms, a drag pans, the slider below does both), buttons that zoom and pan from the keyboard
 * (放大, 缩小, 前移, 后移, 复位) and a 导出图片 button that saves the chart as a PNG named `fileName`. `chart` names
 * the figure for tests and styles (`data-chart`); the figure says the dates it shows (`data-shown-from`, `-to`).
 */
export function EChartFigure(props: {
  chart: string;
  option: EChartsOption;
  label: string;
  summary: string;
  fileName: string;
  lang: Language;
  height: number;
  data?: Record<string, string>;
}) {
  const m = chartsMessages(props.lang);
  const host = useRef<HTMLDivElement>(null);
  const instance = useRef<EChartsType | null>(null);
  const latest = useRef(props.option);
  latest.current = props.option;
  const summaryId = `chart-summary-${props.chart}`;

  useEffect(() => {
    const element = host.current;
    if (!element || !canDrawCanvas()) return;
    const chart = init(element, null, { renderer: 'canvas', height: props.height });
    instance.current = chart;
    chart.on('datazoom', () => showRange(chart));
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => chart.resize());
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      instance.current = null;
      chart.dispose();
    };
  }, []);

  /** The figure says which dates it shows (`data-shown-from`, `data-shown-to`), for readers and tests. */
  const showRange = (chart: EChartsType) => {
    const figure = host.current?.parentElement;
    const dates = (latest.current.xAxis as { data?: string[] } | undefined)?.data ?? [];
    if (!figure || dates.length === 0) return;
    const { start, end } = currentWindow(chart);
    const last = dates.length - 1;
    figure.dataset.shownFrom = dates[Math.max(0, Math.floor((start / 100) * last + 1e-9))] ?? '';
    figure.dataset.shownTo = dates[Math.min(last, Math.ceil((end / 100) * last - 1e-9))] ?? '';
  };

  useEffect(() => {
    const chart = instance.current;
    if (!chart) return;
    chart.setOption(props.option, { notMerge: true });
    showRange(chart);
  }, [props.option]);

  /** Zoom or pan by one step (the keys of `zoomStep`: '+', '-', 'ArrowLeft', 'ArrowRight', '0'). */
  const step = (key: string) => {
    const chart = instance.current;
    if (!chart) return;
    const next = zoomStep(currentWindow(chart), key);
    if (next !== null) chart.dispatchAction({ type: 'dataZoom', dataZoomIndex: 0, start: next.start, end: next.end });
  };

  const exportImage = () => {
    const chart = instance.current;
    if (!chart) return;
    const url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    saveFile(props.fileName, dataUrlBlob(url));
  };

  const data = Object.fromEntries(Object.entries(props.data ?? {}).map(([key, value]) => [`data-${key}`, value]));
  return (
    <figure class="echart" data-chart={props.chart} {...data}>
      <div
        ref={host}
        class="echart-canvas"
        role="img"
        aria-label={props.label}
        aria-describedby={summaryId}
        style={`height:${props.height}px`}
      />
      <p id={summaryId} class="visually-hidden" data-chart-summary="">
        {props.summary}
      </p>
      <div class="echart-actions">
        {ZOOM_KEYS.map(([key, text]) => (
          <button
            key={key}
            type="button"
            class="secondary"
            data-chart-zoom={key}
            aria-label={`${m[text]}：${props.label}`}
            onClick={() => step(key)}
          >
            {m[text]}
          </button>
        ))}
        <button
          type="button"
          class="secondary"
          data-chart-export=""
          aria-label={m.exportImageLabel(props.label)}
          onClick={exportImage}
        >
          {m.exportImage}
        </button>
      </div>
    </figure>
  );
}
