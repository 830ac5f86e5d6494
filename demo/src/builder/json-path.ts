/** One step of a JSON path: an object key or a list index. */
export type PathStep = string | number;

/** `$.a.b[0].c` as steps (`['a', 'b', 0, 'c']`); the inverse of {@link formatPath}. */
export function parsePath(path: string): PathStep[] {
  const steps: PathStep[] = [];
  for (const [, key, index] of path.replace(/^\$/, '').matchAll(/\.([^.[\]]+)|\[(\d+)\]/g)) steps.push(index !== undefined ? Number(index) : key!);
  return steps;
}

/** Steps as a JSON path in the validator's form (`$.categories[1].services[0].country`). */
export function formatPath(steps: readonly PathStep[]): string {
  return '$' + steps.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('');
}

/** The value at `path` in `root`, or undefined when any step is missing. */
export function getAt(root: unknown, path: string): unknown {
  let value = root;
  for (const step of parsePath(path)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PathStep, unknown>)[step];
  }
  return value;
}

/**
 * A copy of `root` with `value` at `path` (objects and lists made along the way); `undefined`
 * removes the key (or the list item). Only the objects on the path are copied.
 */
export function setAt(root: unknown, path: string, value: unknown): unknown {
  const steps = parsePath(path);
  const write = (node: unknown, i: number): unknown => {
    const step = steps[i]!;
    const last = i === steps.length - 1;
    const copy: Record<PathStep, unknown> | unknown[] = Array.isArray(node)
      ? [...node]
      : node && typeof node === 'object'
        ? { ...(node as object) }
        : typeof step === 'number'
          ? []
          : {};
    const next = last ? value : write((copy as Record<PathStep, unknown>)[step], i + 1);
    if (next === undefined && Array.isArray(copy) && typeof step === 'number') copy.splice(step, 1);
    else if (next === undefined) delete (copy as Record<PathStep, unknown>)[step];
    else (copy as Record<PathStep, unknown>)[step] = next;
    return copy;
  };
  return steps.length ? write(root, 0) : value;
}
