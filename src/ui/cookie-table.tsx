import type { Service } from '../core/policy-types';
import { formatDuration } from './format-policy-values';
import { useTexts } from './texts';

/** What `CookieTable` shows. */
export interface CookieTableProps {
  service: Service;
  /** The caption's class (`sr`: for screen readers only). */
  captionClass?: string;
  /** The heading of a domain column, shown when any cookie is set on another domain. */
  domainLabel?: string;
}

/**
 * A service's cookies: name (a prefix marked `*`), lifetime and purpose. One table for the
 * dialog and the policy page, so the two cannot drift.
 */
export function CookieTable({ service, captionClass, domainLabel }: CookieTableProps) {
  const texts = useTexts();
  const { t, p } = texts;
  const withDomain = !!domainLabel && service.cookies.some((cookie) => cookie.domain);
  return (
    <table>
      <caption class={captionClass}>
        {t('cookies')}: {service.name}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('name')}</th>
          <th scope="col">{t('lifetime')}</th>
          {withDomain && <th scope="col">{domainLabel}</th>}
          <th scope="col">{t('purpose')}</th>
        </tr>
      </thead>
      <tbody>
        {service.cookies.map((cookie) => (
          <tr>
            <td>
              <code>{cookie.prefix ? cookie.name + '*' : cookie.name}</code>
            </td>
            <td>{cookie.lifetime === 'session' ? t('session') : formatDuration(texts, cookie.lifetime)}</td>
            {withDomain && <td>{cookie.domain && <code>{cookie.domain}</code>}</td>}
            <td>{p(cookie.purpose)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
