import { serviceCategories, servicesOf } from '../core/consent-services';
import type { Policy } from '../core/policy-types';

/** The dialog's switch states in progress: optional category ids and service ids → on. */
export type Choices = Record<string, boolean>;

/**
 * The switches as the decision in force sets them (`has`: the consent's): each optional
 * category and each of its services.
 */
export function initialChoices(policy: Policy, has: (id: string) => boolean): Choices {
  const choices: Choices = {};
  for (const category of policy.categories) if (category.id !== 'necessary') choices[category.id] = has(category.id);
  for (const id of Object.keys(serviceCategories(policy))) choices[id] = has(id);
  return choices;
}

/**
 * The switches after one was flipped: a category turns all its services on or off; a service
 * turns its category on when every service of it is on, off otherwise.
 */
export function toggleChoice(policy: Policy, choices: Choices, id: string, on: boolean): Choices {
  const map = serviceCategories(policy);
  const next = { ...choices, [id]: on };
  const category = map[id];
  if (category) next[category] = servicesOf(map, category).every((s) => next[s]);
  else for (const s of servicesOf(map, id)) next[s] = on;
  return next;
}

/** The ids switched on: what `consent.set` records. */
export const chosenIds = (choices: Choices): string[] => Object.keys(choices).filter((id) => choices[id]);
