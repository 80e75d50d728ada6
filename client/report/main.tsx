import 'maplibre-gl/dist/maplibre-gl.css';
import '../style.css';
import { render } from 'preact';
import { PublicReportPage } from './public-report-page.tsx';

const root = document.getElementById('report');
const lang = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'zh';
if (root) {
  root.replaceChildren(); // the static 正在加载… placeholder
  render(<PublicReportPage initialLang={lang} />, root);
}
