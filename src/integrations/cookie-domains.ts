/** Second-level zones of `.kz` where names are registered (`shop.com.kz`), per the Public Suffix List. */
const KZ_ZONES = ['com.kz', 'edu.kz', 'gov.kz', 'mil.kz', 'net.kz', 'org.kz'];

/**
 * The domains a cookie visible on `hostname` may have been set on: the host itself, then each
 * parent down to the registrable domain (`a.b.example.kz` → `a.b.example.kz`, `b.example.kz`,
 * `example.kz`; `shop.com.kz` → `shop.com.kz`). Empty for `localhost`, single-label hosts and IP
 * addresses, whose cookies are host-only. Outside `.kz` it stops at two labels; a write on a
 * public suffix such as `co.uk` is refused by the browser, so trying it does no harm.
 */
export function cookieDomains(hostname: string): string[] {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (!host.includes('.') || host.includes(':') || /^[\d.]+$/.test(host)) return [];
  const labels = host.split('.');
  const zone = labels.slice(-2).join('.');
  const registrableLength = KZ_ZONES.includes(zone) ? 3 : 2;
  const domains: string[] = [];
  for (let i = 0; labels.length - i >= registrableLength; i++) domains.push(labels.slice(i).join('.'));
  return domains;
}
