const numbers = new Intl.NumberFormat('en-GB');

/** "1,003" */
export function formatCount(n: number): string {
  return numbers.format(n);
}

/** "1,003 organisations", "1 organisation". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${numbers.format(n)} ${n === 1 ? singular : plural}`;
}
