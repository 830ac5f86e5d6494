import type { Policy } from '../core/policy-types';
import { safeHref } from './safe-href';
import { useTexts } from './texts';

/** The operator with BIN and contacts, the sites and apps the policy covers, and the authorised body. */
export function OperatorFacts({ policy }: { policy: Policy }) {
  const { t, p, s } = useTexts();
  const { operator, authority } = policy;
  const properties = operator.properties ?? [];
  const policyHref = safeHref(typeof operator.policyUrl === 'string' ? operator.policyUrl : s(operator.policyUrl));
  const authorityHref = safeHref(authority.url);
  const contactHref = safeHref(operator.contactUrl);
  const phone = operator.phone && safeHref('tel:' + operator.phone.replace(/[^\d+]/g, ''));
  return (
    <>
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
          {contactHref && (
            <>
              <br />
              <a href={contactHref} target="_blank" rel="noopener">{t('facts.contactUrl')}</a>
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
      {properties.length > 0 && (
        <section>
          <h3>{t('facts.properties')}</h3>
          <ul>
            {properties.map((property) => {
              const href = safeHref(property.url);
              return (
                <li>
                  {href ? <a href={href} target="_blank" rel="noopener">{property.name}</a> : property.name} ({t('facts.' + property.kind)})
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <section>
        <h3>{t('authority')}</h3>
        <p>{authorityHref ? <a href={authorityHref} target="_blank" rel="noopener">{p(authority.name)}</a> : p(authority.name)}</p>
      </section>
    </>
  );
}
