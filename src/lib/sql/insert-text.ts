/** `text` with `insert` replacing the selection from `start` to `end`, and the caret after it. */
export function insertAtSelection(
  text: string,
  start: number,
  end: number,
  insert: string,
): { text: string; caret: number } {
  const from = Math.min(start, end, text.length);
  const to = Math.min(Math.max(start, end), text.length);
  return { text: text.slice(0, from) + insert + text.slice(to), caret: from + insert.length };
}
