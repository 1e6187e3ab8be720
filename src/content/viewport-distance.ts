/** Text above the view counts this much farther than text below it: readers read on down. */
const ABOVE_WEIGHT = 2;

/**
 * How far a text node is from the reader's view, in pixels (0 inside it): read once per
 * paragraph element, before the highlights change anything, so layout is read only once.
 */
export function viewportDistance(view: Window): (node: Text) => number {
  const height = view.innerHeight;
  const byElement = new Map<Element, number>();
  return (node) => {
    const element = node.parentElement;
    if (!element) return Infinity;
    let distance = byElement.get(element);
    if (distance === undefined) {
      const rect = element.getBoundingClientRect();
      distance = rect.bottom <= 0 ? ABOVE_WEIGHT * -rect.bottom : rect.top >= height ? rect.top - height : 0;
      byElement.set(element, distance);
    }
    return distance;
  };
}
