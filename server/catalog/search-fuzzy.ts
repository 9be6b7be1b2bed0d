/** At most this many spellings are tried for one word: a typo has few plausible corrections. */
const MAX_ALTERNATIVES = 12;

/** Edits allowed in a word of five letters or more: a fifth of its length, rounded (as MiniSearch did). */
export function allowedEdits(word: string): number {
  return word.length >= 5 ? Math.round(word.length * 0.2) : 0;
}

/** Levenshtein distance, or max + 1 as soon as it must exceed max. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length] as number;
}

/** Indexed terms within the allowed edits of `word` (not the word itself), closest first. */
export function fuzzyAlternatives(word: string, vocabulary: readonly string[]): string[] {
  const max = allowedEdits(word);
  if (max === 0) return [];
  const found: { term: string; distance: number }[] = [];
  for (const term of vocabulary) {
    if (term === word || Math.abs(term.length - word.length) > max) continue;
    const distance = boundedDistance(word, term, max);
    if (distance <= max) found.push({ term, distance });
  }
  return found
    .sort((a, b) => a.distance - b.distance || a.term.localeCompare(b.term))
    .slice(0, MAX_ALTERNATIVES)
    .map((entry) => entry.term);
}
