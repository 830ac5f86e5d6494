/** Which optional category each service belongs to: service id → category id. */
export type ServiceCategories = Record<string, string>;

/**
 * The services of a policy's optional categories, each with its category (`necessary`'s
 * services are always on and never asked about). A service id that is also a category id is
 * left out: the id means the category.
 */
export function serviceCategories(policy: { categories: { id: string; services?: { id: string }[] }[] }): ServiceCategories {
  const ids = policy.categories.map((c) => c.id);
  const map: ServiceCategories = {};
  for (const category of policy.categories) {
    if (category.id === 'necessary') continue;
    // (A service id that is not text is the policy's error, which validation reports: no switch for it.)
    for (const { id } of category.services ?? []) if (typeof id === 'string' && !ids.includes(id)) map[id] = category.id;
  }
  return map;
}

/** The service ids of `category` in `map`, in the policy's order. */
export const servicesOf = (map: ServiceCategories, category: string): string[] =>
  Object.keys(map).filter((id) => map[id] === category);

/**
 * The decision's two lists for a set of chosen ids (categories and services), over the
 * optional `categories` and the `map` of their services: every service chosen, or in a chosen
 * category, is granted; a category is granted when it has services and all are granted, or
 * when it has none and was chosen.
 */
export function grantedLists(
  chosen: readonly string[],
  categories: readonly string[],
  map: ServiceCategories,
): { granted: string[]; services: string[] } {
  const services = Object.keys(map).filter((id) => chosen.includes(id) || chosen.includes(map[id]!));
  const granted = categories.filter((id) => {
    const own = servicesOf(map, id);
    return own.length ? own.every((s) => services.includes(s)) : chosen.includes(id);
  });
  return { granted, services };
}
