import type { Purpose } from './policy-types';

/** The consent categories a purpose belongs to; none for consent given outside the banner (`consentIn`). */
export function purposeCategories(purpose: Purpose): string[] {
  const { category } = purpose;
  return category === undefined ? [] : typeof category === 'string' ? [category] : category;
}

/** Whether the banner's decision covers a purpose: it has categories and every one of them is `granted`. */
export function purposeGranted(purpose: Purpose, granted: readonly string[]): boolean {
  const categories = purposeCategories(purpose);
  return categories.length > 0 && categories.every((id) => granted.includes(id));
}
