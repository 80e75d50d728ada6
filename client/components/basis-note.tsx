import { Fragment, render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Basis } from '../../server/schema/basis.ts';
import { loadRequirementQuotes, requirementQuotesIfLoaded, type RequirementQuotes } from '../api/requirement-quotes.ts';
import { basisMessages } from '../i18n/basis.ts';
import type { Language } from '../state/app-state.ts';

/** Longest quote of a requirement shown after its id (longer ones are cut with 「…」). */
const QUOTE_CHARS = 30;

/**
 * The address of requirement `id` in the 计划 view: the current address with `v=plan&pr=<id>` (the console's
 * `planReq`; the rest of its state kept).
 *
 * @example
 * planRequirementHref('T7.5', '?lang=en'); // '?lang=en&v=plan&pr=T7.5'
 */
export function planRequirementHref(id: string, search: string = globalThis.location?.search ?? ''): string {
  const q = new URLSearchParams(search);
  q.set('v', 'plan');
  q.set('pr', id);
  return `?${q.toString()}`;
}

/** Options of the note: the requirement's quote when known, and how to open the 计划 view in place. */
export interface BasisNoteOptions {
  /** The plan's words of requirement `id` (from the register), shown after the id when known. */
  quoteOf?(id: string): string | undefined;
  /** Opens the 计划 view at requirement `id` (the link's default, a page load of its address, is prevented). */
  onOpenPlan?(id: string): void;
}

/**
 * 「依据：…」: what a rule, a measure or a control rests on, each basis in turn: the plan's requirement as a link to
 * the 计划 view (「规划 T7.5」), an external document marked 「规划外」, a console convention 「本系统约定：…」.
 * Renders nothing without a basis.
 *
 * @example
 * <BasisNote basis={[{ kind: 'plan', requirement: 'T7.5' }]} lang="zh" />; // 依据：规划 T7.5
 */
export function BasisNote({
  basis,
  lang,
  quoteOf,
  onOpenPlan,
}: { basis: readonly Basis[]; lang: Language } & BasisNoteOptions) {
  if (!basis.length) return null;
  const m = basisMessages(lang);
  return (
    <p class="basis-note muted" data-basis={basis.map((b) => b.kind).join(' ')}>
      <span class="basis-heading">{m.heading}</span>
      {basis.map((b, i) => {
        const separator = i > 0 ? m.separator : '';
        if (b.kind === 'plan') {
          // the register keeps the text's line breaks as spaces; Chinese has none
          const quote = quoteOf?.(b.requirement)?.replace(/\s+/g, '');
          const shown = quote && quote.length > QUOTE_CHARS ? `${quote.slice(0, QUOTE_CHARS)}…` : quote;
          return (
            <Fragment key={b.requirement}>
              {separator}
              <a
                class="basis-plan"
                href={planRequirementHref(b.requirement)}
                title={m.openPlan(b.requirement)}
                data-plan-req={b.requirement}
                onClick={(e) => {
                  if (!onOpenPlan) return;
                  e.preventDefault();
                  onOpenPlan(b.requirement);
                }}
              >
                {m.plan(b.requirement)}
              </a>
              {shown ? m.quote(shown) : ''}
            </Fragment>
          );
        }
        const text =
          b.kind === 'external' ? m.external(b.document[lang], b.note?.[lang] ?? null) : m.convention(b.note[lang]);
        return (
          <Fragment key={`${b.kind}:${text}`}>
            {separator}
            <span class={`basis-${b.kind}`}>{text}</span>
          </Fragment>
        );
      })}
    </p>
  );
}

/**
 * The note as a DOM element, for panels built with `h()` (the details drawer): {@link BasisNote} rendered into a
 * `<div>`.
 */
export function basisNoteElement(basis: readonly Basis[], lang: Language, options: BasisNoteOptions = {}): HTMLElement {
  const element = document.createElement('div');
  element.className = 'basis-note-box';
  render(<BasisNote basis={basis} lang={lang} {...options} />, element);
  return element;
}

/**
 * The note as plain text (a tooltip): 「依据：规划 T15.3；…（规划外）」.
 *
 * @example
 * basisTitle([{ kind: 'plan', requirement: 'T9.4' }], 'zh'); // '依据：规划 T9.4'
 */
export function basisTitle(basis: readonly Basis[], lang: Language): string {
  if (!basis.length) return '';
  const m = basisMessages(lang);
  const items = basis.map((b) =>
    b.kind === 'plan'
      ? m.plan(b.requirement)
      : b.kind === 'external'
        ? m.external(b.document[lang], b.note?.[lang] ?? null)
        : m.convention(b.note[lang]),
  );
  return `${m.heading}${items.join(m.separator)}`;
}

/**
 * The plan's words of each requirement for {@link BasisNote}'s `quoteOf`: read once per page (GET
 * /api/plan/requirements), re-rendering when they arrive; ids alone until then, or if they cannot be read.
 */
export function useRequirementQuotes(): (id: string) => string | undefined {
  const [quotes, setQuotes] = useState<RequirementQuotes | null>(requirementQuotesIfLoaded);
  useEffect(() => {
    if (quotes) return;
    let live = true;
    void loadRequirementQuotes().then((q) => {
      if (live && q.size) setQuotes(q);
    });
    return () => {
      live = false;
    };
  }, [quotes]);
  return (id) => quotes?.get(id);
}
