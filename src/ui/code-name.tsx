import type { ComponentChildren } from 'preact';

/**
 * A code-like name (a cookie, a storage key, a domain) that may wrap after `_`, `-` or `.` but
 * nowhere else unless it must: `<wbr>` marks each such place, and the `code` style lets an
 * overlong name without them break anywhere rather than push the table wider than the screen.
 */
export function CodeName({ name, prefix }: { name: string; prefix?: boolean }) {
  const parts: ComponentChildren[] = [];
  for (const piece of name.split(/(?<=[_.-])(?=.)/)) parts.push(parts.length ? <wbr /> : null, piece);
  return (
    <code>
      {parts}
      {prefix && '*'}
    </code>
  );
}
