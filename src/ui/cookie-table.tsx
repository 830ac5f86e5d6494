import type { Service } from '../core/policy-types';
import { CodeName } from './code-name';
import { formatDuration } from './format-policy-values';
import { useTexts } from './texts';

/** What `CookieTable` shows. */
export interface CookieTableProps {
  service: Service;
  /** The caption's class (`sr`: for screen readers only). */
  captionClass?: string;
  /** The heading of the domain column, shown when any cookie is set on another domain. @default the `facts.domain` string */
  domainLabel?: string;
}

/**
 * A service's cookies: name (a prefix marked `*`), lifetime, the provider's domain of a
 * third-party cookie, and purpose. One table for the dialog and the policy page, so the two
 * cannot drift. On a narrow screen each row stacks into labelled lines (`data-label`, see the
 * `kelisim-cookies` rules of styles.ts and page-styles.ts); names wrap only after `_`, `-`, `.`.
 */
export function CookieTable({ service, captionClass, domainLabel }: CookieTableProps) {
  const texts = useTexts();
  const { t, p } = texts;
  const withDomain = service.cookies.some((cookie) => cookie.domain);
  const labels = { name: t('name'), lifetime: t('lifetime'), domain: domainLabel ?? t('facts.domain'), purpose: t('purpose') };
  return (
    <div class="kelisim-cookies">
      <table>
        <caption class={captionClass}>
          {t('cookies')}: {service.name}
        </caption>
        <thead>
          <tr>
            <th scope="col">{labels.name}</th>
            <th scope="col">{labels.lifetime}</th>
            {withDomain && <th scope="col">{labels.domain}</th>}
            <th scope="col">{labels.purpose}</th>
          </tr>
        </thead>
        <tbody>
          {service.cookies.map((cookie) => (
            <tr>
              <td data-label={labels.name}>
                <CodeName name={cookie.name} prefix={cookie.prefix} />
              </td>
              <td data-label={labels.lifetime}>{cookie.lifetime === 'session' ? t('session') : formatDuration(texts, cookie.lifetime)}</td>
              {withDomain && <td data-label={labels.domain}>{cookie.domain ? <CodeName name={cookie.domain} /> : t('facts.ownDomain')}</td>}
              <td data-label={labels.purpose}>{p(cookie.purpose)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
