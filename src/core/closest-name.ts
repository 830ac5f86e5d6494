/**
 * Edit distance between two words, counting a swap of two neighbouring letters as one edit
 * (optimal string alignment), so the typo "titel" is one edit from "title".
 */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const previous = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1);
      best = Math.min(best, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2] as number[])[j - 2] as number + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** How many edits still count as a typo of a word of this length. */
function tolerance(length: number): number {
  if (length <= 3) return 1;
  return length <= 6 ? 2 : 3;
}

/**
 * The known name that `typed` most likely meant (ignoring case), or undefined when none is close
 * enough to be a typo.
 */
export function closestName(typed: string, known: readonly string[]): string | undefined {
  // Long keys are junk, not typos; skip them rather than spend time measuring them.
  if (typed.length > 64) return undefined;
  const lower = typed.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of known) {
    const distance = editDistance(lower, name.toLowerCase());
    if (distance < bestDistance && distance <= tolerance(name.length)) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}
