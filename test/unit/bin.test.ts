import { describe, expect, it } from 'vitest';
import { binCheckDigit, isValidBin } from '../../src/core/bin';

// Check digits worked out by hand with the official weights, so the test does not trust the code:
// 18054001234 → 1·1+8·2+0·3+5·4+4·5+0·6+0·7+1·8+2·9+3·10+4·11 = 157 ≡ 3 (mod 11)
// 15034001240 → first pass 109 ≡ 10, second pass (3,4,…,11,1,2) 105 ≡ 6
// 15034001242 → first pass 131 ≡ 10, second pass 109 ≡ 10: no valid number starts with it
describe('isValidBin', () => {
  it.each([
    ['180540012343', 'first pass'],
    ['150340012340', 'first pass, check digit 0'],
    ['971240001315', 'first pass, a bank BIN'],
    ['940140000385', 'first pass, a bank BIN'],
    ['150340012406', 'second pass (first gives 10)'],
  ])('accepts %s (%s)', (value) => {
    expect(isValidBin(value)).toBe(true);
  });

  it.each([
    ['180540012344', 'wrong check digit'],
    ['180540012340', 'wrong check digit'],
    ['150340012400', 'second pass gives 6, not 0'],
    ['150340012420', 'both passes give 10'],
    ['150340012421', 'both passes give 10'],
    ['18054001234', '11 digits'],
    ['1805400123430', '13 digits'],
    ['18054001234A', 'a letter'],
    ['180540 012343', 'a space'],
    ['', 'empty'],
    ['１８０５４００１２３４３', 'full-width digits'],
  ])('rejects %s (%s)', (value) => {
    expect(isValidBin(value)).toBe(false);
  });

  it('rejects values that are not text at all, without throwing', () => {
    for (const value of [180540012343, null, undefined, {}, ['180540012343']]) {
      expect(isValidBin(value as unknown as string)).toBe(false);
    }
  });
});

describe('binCheckDigit', () => {
  it('gives the digit that completes the first 11 digits', () => {
    expect(binCheckDigit('18054001234')).toBe(3);
    expect(binCheckDigit('15034001240')).toBe(6);
  });

  it('gives null when no valid number starts with these digits, or they are not 11 digits', () => {
    expect(binCheckDigit('15034001242')).toBeNull();
    expect(binCheckDigit('1805400123')).toBeNull();
    expect(binCheckDigit('1805400123x')).toBeNull();
  });
});
