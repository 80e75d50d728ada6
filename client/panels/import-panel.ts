/** The 导入 panel, a component in ./import/; this module keeps the name the 数据 view imports. */
export { type ImportPanelHost, renderImportPanel } from './import/import-panel.tsx';
