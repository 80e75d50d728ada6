import { defineMessages } from './define-messages.ts';

/** Every visible string of the 「依据」 note (client/components/basis-note.tsx), in Chinese and English. */
export const basisMessages = defineMessages({
  heading: { zh: '依据：', en: 'Basis: ' },
  separator: { zh: '；', en: '; ' },
  plan: { zh: (id: string) => `规划 ${id}`, en: (id: string) => `plan ${id}` },
  quote: { zh: (quote: string) => ` ${quote}`, en: (quote: string) => ` “${quote}”` },
  openPlan: { zh: (id: string) => `在“计划”中查看 ${id}`, en: (id: string) => `Show ${id} in the Plan view` },
  external: {
    zh: (document: string, note: string | null) => `${note ? `${note}：` : ''}${document}（规划外）`,
    en: (document: string, note: string | null) => `${note ? `${note}: ` : ''}${document} (outside the plan)`,
  },
  convention: { zh: (note: string) => `本系统约定：${note}`, en: (note: string) => `console convention: ${note}` },
});
