import type { Policy } from '../core/policy-types';
import { CountryLabel } from './category-details';
import { safeHref } from './safe-href';
import { useTexts } from './texts';

/**
 * The rest of what Law 94-V asks a consent to tell: who receives the data, the visitor's
 * rights, the operator with BIN and contacts, the authorised body, cross-border transfer and
 * where the databases are kept.
 */
export function PolicyFacts({ policy }: { policy: Policy }) {
  const { t, p, s } = useTexts();
  const { operator, authority, recipients = [] } = policy;
  const policyHref = safeHref(typeof operator.policyUrl === 'string' ? operator.policyUrl : s(operator.policyUrl));
  const authorityHref = safeHref(authority.url);
  const phone = operator.phone && safeHref('tel:' + operator.phone.replace(/[^\d+]/g, ''));
  return (
    <>
      {recipients.length > 0 && (
        <section>
          <h3>{t('recipients')}</h3>
          <ul>
            {recipients.map((recipient) => (
              <li>
                <b>{p(recipient.name)}</b> — {p(recipient.role)} ({t('country')}: <CountryLabel code={recipient.country} />)
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h3>{t('rights')}</h3>
        <ul>
          {policy.rights.map((right) => (
            <li>{p(right)}</li>
          ))}
        </ul>
      </section>
      <section>
        <h3>{t('operator')}</h3>
        <p>
          <b>{p(operator.name)}</b>
          <br />
          {t('bin')}: {operator.bin}
          <br />
          {t('address')}: {p(operator.address)}
          {operator.email && (
            <>
              <br />
              {t('email')}: <a href={safeHref('mailto:' + operator.email)}>{operator.email}</a>
            </>
          )}
          {phone && (
            <>
              <br />
              {t('phone')}: <a href={phone}>{operator.phone}</a>
            </>
          )}
          {policyHref && (
            <>
              <br />
              <a href={policyHref} target="_blank" rel="noopener">{t('policy')}</a>
            </>
          )}
        </p>
      </section>
      <section>
        <h3>{t('authority')}</h3>
        <p>{authorityHref ? <a href={authorityHref} target="_blank" rel="noopener">{p(authority.name)}</a> : p(authority.name)}</p>
      </section>
      <section>
        <h3>{t('crossBorder')}</h3>
        <p>{p(policy.crossBorder)}</p>
      </section>
      <section>
        <h3>{t('localisation')}</h3>
        <p>{p(policy.localisation)}</p>
      </section>
    </>
  );
}
