/**
 * Edit distance between two words, counting a swap of two neighbouring letters as one edit
 * (optimal string alignment), so the typo "titel" is one edit from "title".
 */
function editDistance(a: string, b: string): number {
  // d[i][j]: the distance between the first i letters of `a` and the first j letters of `b`.
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = (d[i] = [i]);
    for (let j = 1; j <= b.length; j++) {
      const up = d[i - 1] ?? [];
      row[j] = i
        ? Math.min(
          up[j]! + 1,
          row[j - 1]! + 1,
          up[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
          a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] ? d[i - 2]![j - 2]! + 1 : Infinity,
        )
        : j;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The known name that `typed` most likely meant (ignoring case), or undefined when none is close
 * enough to be a typo: 1 edit for names of up to 3 letters, 2 up to 6, 3 beyond.
 */
export function closestName(typed: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  // Long keys are junk, not typos; skip them rather than spend time measuring them.
  if (typed.length < 65) {
    for (const name of known) {
      const distance = editDistance(typed.toLowerCase(), name.toLowerCase());
      if (distance < bestDistance && distance <= Math.min(3, Math.ceil(name.length / 3))) {
        best = name;
        bestDistance = distance;
      }
    }
  }
  return best;
}
