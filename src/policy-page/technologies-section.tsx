import type { Category, Policy, Service } from '../core/policy-types';
import { CookieTable } from '../ui/cookie-table';
import { CountryLabel } from '../ui/service-list';
import { useTexts } from '../ui/texts';
import { Fact } from './section';

/** Whether a service sets cookies or uses any other technology. */
const usesAny = (service: Service) => service.cookies.length > 0 || (service.technologies ?? []).length > 0;

/** Whether the policy lists any cookie or other technology: the section is shown only then. */
export const hasTechnologies = (policy: Policy): boolean => policy.categories.some((c) => c.services.some(usesAny));

/** One service: provider, country, description, its cookies (with lifetimes) and other technologies. */
function ServiceTables({ service }: { service: Service }) {
  const { t, p } = useTexts();
  const technologies = service.technologies ?? [];
  return (
    <>
      <h4>{service.name}</h4>
      <ul class="kelisim-page-facts">
        <Fact label={t('provider')}>{p(service.provider)}</Fact>
        <Fact label={t('country')}>
          <CountryLabel code={service.country} />
        </Fact>
      </ul>
      {service.description && <p>{p(service.description)}</p>}
      {service.cookies.length > 0 && <CookieTable service={service} domainLabel={t('page.domain')} />}
      {technologies.length > 0 && (
        <table>
          <caption>
            {t('page.other')}: {service.name}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('page.kind')}</th>
              <th scope="col">{t('purpose')}</th>
            </tr>
          </thead>
          <tbody>
            {technologies.map((technology) => (
              <tr>
                <td>
                  <code>{technology.prefix ? technology.name + '*' : technology.name}</code>
                </td>
                <td>{t('page.technology.' + technology.kind)}</td>
                <td>{p(technology.purpose)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** One consent category: title (necessary ones "Always on"), description, its services. */
function CategoryBlock({ category }: { category: Category }) {
  const { t, p } = useTexts();
  const services = category.services.filter(usesAny);
  if (!services.length) return null;
  return (
    <>
      <h3>
        {p(category.title)}
        {category.id === 'necessary' && <> ({t('alwaysOn')})</>}
      </h3>
      <p>{p(category.description)}</p>
      {services.map((service) => (
        <ServiceTables service={service} />
      ))}
    </>
  );
}

/** Cookies and other technologies, by consent category and service. */
export function TechnologiesSection({ policy }: { policy: Policy }) {
  const { t } = useTexts();
  return (
    <>
      <p>{t('page.technologiesIntro')}</p>
      {policy.categories.map((category) => (
        <CategoryBlock category={category} />
      ))}
    </>
  );
}
