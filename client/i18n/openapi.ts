import { defineMessages } from './define-messages.ts';

/** The settings menu's link to the API reference (issue 18; the page itself is server/routes/openapi.ts). */
export const openApiMessages = defineMessages({
  apiReference: { zh: '接口文档（API）', en: 'API reference' },
  apiReferenceHint: {
    zh: '在新标签页打开接口参考（OpenAPI 3.1，可下载 /api/openapi.json）',
    en: 'Opens the API reference in a new tab (OpenAPI 3.1; /api/openapi.json to download)',
  },
});
