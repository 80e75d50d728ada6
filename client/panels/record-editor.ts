/** The 编辑 form, a component in ./record/; this module keeps the name the console imports. */
export { renderRecordEditor } from './record/record-editor.tsx';
