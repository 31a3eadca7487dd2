/**
 * `compute`, remembering each argument's answer: a redraw labels the same months, dates and
 * figures again. Past `limit` answers it forgets them all, so it never grows without bound.
 */
export function remembered<K, V>(compute: (key: K) => V, limit = 4096): (key: K) => V {
  const answers = new Map<K, V>();
  return (key) => {
    if (answers.has(key)) return answers.get(key) as V;
    const answer = compute(key);
    if (answers.size >= limit) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}
