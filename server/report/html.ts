/**
 * Minimal HTML building for server-rendered pages: every text goes through {@link escapeHtml};
 * markup is assembled only from the fragments these helpers return.
 *
 * @module
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for use in HTML content and in double- or single-quoted attribute values.
 *
 * @example
 * escapeHtml('<b>"A&B"</b>'); // '&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** A fragment of markup that is already safe (built by these helpers). */
export interface Html {
  readonly html: string;
}

/** Content of an element: text (escaped) or markup, or a list of them. */
export type Content = string | number | Html | null | undefined | readonly Content[];

/** Marks markup written in this codebase (never user or database text) as safe. */
export function raw(markup: string): Html {
  return { html: markup };
}

function isHtml(content: Content): content is Html {
  return typeof content === 'object' && content !== null && !Array.isArray(content);
}

function render(content: Content): string {
  if (content === null || content === undefined) return '';
  if (typeof content === 'string') return escapeHtml(content);
  if (typeof content === 'number') return escapeHtml(String(content));
  if (isHtml(content)) return content.html;
  return content.map(render).join('');
}

/**
 * An element `<tag attrs>content</tag>`; attribute values are escaped, `null`/`false` ones left out,
 * `true` written as a bare attribute.
 *
 * @example
 * el('td', { class: 'num', 'data-value': 6.5 }, '6.50').html; // '<td class="num" data-value="6.5">6.50</td>'
 */
export function el(
  tag: string,
  attrs: Record<string, string | number | boolean | null | undefined> = {},
  content: Content = null,
): Html {
  const attributes = Object.entries(attrs)
    .filter(([, value]) => value !== null && value !== undefined && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`))
    .join('');
  return raw(`<${tag}${attributes}>${render(content)}</${tag}>`);
}

/** Joins contents into one fragment. */
export function fragment(...contents: Content[]): Html {
  return raw(render(contents));
}
