/** Weights of the first pass of Kazakhstan's BIN/IIN check-digit algorithm. */
const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
/** Weights of the second pass, used when the first pass gives 10. */
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

function weightedSum(digits: readonly number[], weights: readonly number[]): number {
  return digits.reduce((sum, digit, i) => sum + digit * (weights[i] ?? 0), 0) % 11;
}

/**
 * The check digit that the 11 given digits call for, or null when no valid BIN/IIN starts with
 * them (both passes give 10). Returns null too when `first11` is not exactly 11 digits.
 */
export function binCheckDigit(first11: string): number | null {
  if (!/^\d{11}$/.test(first11)) return null;
  const digits = [...first11].map(Number);
  const first = weightedSum(digits, FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weightedSum(digits, SECOND_WEIGHTS);
  return second === 10 ? null : second;
}

/** Whether `value` is a 12-digit Kazakh BIN or IIN whose last digit is the right check digit. */
export function isValidBin(value: string): boolean {
  if (typeof value !== 'string' || !/^\d{12}$/.test(value)) return false;
  return binCheckDigit(value.slice(0, 11)) === Number(value[11]);
}
