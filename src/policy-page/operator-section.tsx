import type { Policy } from '../core/policy-types';
import { safeHref } from '../ui/safe-href';
import { useTexts } from '../ui/texts';
import { Fact } from './section';

/** A phone number as a `tel:` link, or undefined. */
export const phoneHref = (phone: string | undefined): string | undefined => phone && safeHref('tel:' + phone.replace(/[^\d+]/g, ''));

/** How to reach the operator: e-mail, contact form, phone (those the policy gives). */
export function OperatorContacts({ policy }: { policy: Policy }) {
  const { t } = useTexts();
  const { email, contactUrl, phone } = policy.operator;
  const form = safeHref(contactUrl);
  return (
    <>
      {email && (
        <Fact label={t('email')}>
          <a href={safeHref('mailto:' + email)}>{email}</a>
        </Fact>
      )}
      {form && (
        <Fact label={t('page.contactUrl')}>
          <a href={form}>{contactUrl}</a>
        </Fact>
      )}
      {phone && (
        <Fact label={t('phone')}>
          <a href={phoneHref(phone)}>{phone}</a>
        </Fact>
      )}
    </>
  );
}

/** Who the operator is: name, BIN, address, contacts, and the sites and apps the policy covers. */
export function OperatorSection({ policy }: { policy: Policy }) {
  const { t, p } = useTexts();
  const { operator } = policy;
  const properties = operator.properties ?? [];
  return (
    <>
      <p>
        <b>{p(operator.name)}</b>
      </p>
      <ul class="kelisim-page-facts">
        <Fact label={t('bin')}>{operator.bin}</Fact>
        <Fact label={t('address')}>{p(operator.address)}</Fact>
        <OperatorContacts policy={policy} />
      </ul>
      {properties.length > 0 && (
        <>
          <h3>{t('page.properties')}</h3>
          <ul>
            {properties.map((property) => {
              const href = safeHref(property.url);
              return (
                <li>
                  {href ? <a href={href}>{property.name}</a> : property.name} ({t('page.propertyKind.' + property.kind)})
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}
