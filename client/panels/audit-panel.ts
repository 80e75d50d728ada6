/** The 审计日志 panel, a component in ./audit/; this module keeps the name the 数据 view imports. */
export { renderAuditPanel } from './audit/audit-panel.tsx';
