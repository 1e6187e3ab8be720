/** The text blocks of an article body that Readability-style extraction keeps as paragraphs. */
export const BODY_BLOCKS = 'p, h2, h3, h4, li, blockquote';

/** Elements under `root` matching `selector` that are not inside another match under `root` (a <p> in a <p> counts once). */
export function outermost(root: Element, selector: string): Element[] {
  return [...root.querySelectorAll(selector)].filter((el) => {
    const outer = el.parentElement?.closest(selector);
    return !outer || !root.contains(outer);
  });
}
