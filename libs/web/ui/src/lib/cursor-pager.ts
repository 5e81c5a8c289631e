/**
 * Page position of a cursor-paginated list, kept in the URL so a page can be linked and reloaded:
 * `cursors` is the list of `after` cursors that led to the current page (empty on page 1).
 */
export interface PagePosition {
  cursors: string[];
}

export function parseCursors(param: string | null | undefined): string[] {
  return param ? param.split(',').filter(Boolean) : [];
}

export function currentAfter(position: PagePosition): string | null {
  return position.cursors.at(-1) ?? null;
}

export function nextCursors(position: PagePosition, endCursor: string): string {
  return [...position.cursors, endCursor].join(',');
}

export function previousCursors(position: PagePosition): string | null {
  const previous = position.cursors.slice(0, -1);
  return previous.length ? previous.join(',') : null;
}
