import type { Policy } from './policy-types';

/** A short stable hash of a text (cyrb53, base36): for revisions and receipts, not for secrets. */
export function hashString(text: string): string {
  // cyrb53 by bryc: https://github.com/bryc/code/blob/master/jshash/experimental/cyrb53.js
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** JSON with object keys sorted, so key order never changes a hash. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return '[' + value.map(canonicalJson).join(',') + ']';
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).filter((k) => record[k] !== undefined).sort();
    return '{' + keys.map((k) => JSON.stringify(k) + ':' + canonicalJson(record[k])).join(',') + '}';
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The revision decisions are made on: `policy.revision` when given, else `h` + a hash of the
 * policy's content. Every text counts (a re-worded purpose is a changed policy); only the editor
 * `$schema`, the `effective` date and the `upcoming` notice do not, since they change nothing
 * the visitor agreed to.
 */
export function policyRevision(policy: Policy): string {
  if (policy.revision) return policy.revision;
  const { $schema, revision, effective, upcoming, ...material } = policy;
  return 'h' + hashString(canonicalJson(material));
}
