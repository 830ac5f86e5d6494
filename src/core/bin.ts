/**
 * The check digit that the 11 given digits call for, or null when no valid BIN/IIN starts with
 * them (both passes give 10). Returns null too when `first11` is not exactly 11 digits.
 */
export function binCheckDigit(first11: string): number | null {
  if (!/^\d{11}$/.test(first11)) return null;
  // Kazakhstan's algorithm: weigh the digits 1…11; if that gives 10, weigh them 3…11, 1, 2 instead.
  for (const shift of [0, 2]) {
    const sum = [...first11].reduce((total, digit, i) => total + Number(digit) * (((i + shift) % 11) + 1), 0) % 11;
    if (sum < 10) return sum;
  }
  return null;
}

/** Whether `value` is a 12-digit Kazakh BIN or IIN whose last digit is the right check digit. */
export function isValidBin(value: string): boolean {
  return typeof value === 'string' && /^\d{12}$/.test(value) && binCheckDigit(value.slice(0, 11)) === Number(value[11]);
}
