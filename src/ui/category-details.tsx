import type { Category, Countries, Policy } from '../core/policy-types';
import { purposeCategories } from '../core/purpose-categories';
import { countryName } from './country-name';
import { formatDuration, formatRetention } from './format-policy-values';
import { useTexts } from './texts';

/**
 * The countries' names, and "Cross-border transfer" when any is not Kazakhstan (Law 94-V
 * art. 16); `unknown` shows as a cross-border transfer alone.
 */
export function CountryLabel({ code }: { code: Countries }) {
  const { lang, fallback, t } = useTexts();
  const codes = (typeof code === 'string' ? [code] : code).filter((c) => c !== 'unknown');
  const names = codes.map((c) => countryName(c, lang, fallback));
  const abroad = codes.length === 0 || codes.some((c) => c.toUpperCase() !== 'KZ');
  return (
    <>
      {names.map((name, i) => (
        <>
          {i > 0 && ', '}
          {name.lang === lang ? name.text : <span lang={name.lang}>{name.text}</span>}
        </>
      ))}
      {abroad && <span class="tag">{t('crossBorder')}</span>}
    </>
  );
}

/**
 * What a category involves: its purposes (data, legal ground, retention), its services with
 * provider and country, and the cookies each sets.
 */
export function CategoryDetails({ category, policy }: { category: Category; policy: Policy }) {
  const texts = useTexts();
  const { t, p, s } = texts;
  // Until the dialog has its own section for consent given outside the banner (issue 14), such
  // purposes stay where format 1 showed them, under "necessary", with where consent is given.
  const shownHere = (ids: string[]) => ids.includes(category.id) || (!ids.length && category.id === 'necessary');
  const purposes = policy.purposes.filter((purpose) => shownHere(purposeCategories(purpose)));
  const dataTitle = (id: string) => {
    const found = policy.dataCategories.find((data) => data.id === id);
    return found ? s(found.title) : id;
  };
  return (
    <>
      {purposes.length > 0 && <h3>{t('purposes')}</h3>}
      {purposes.length > 0 && (
        <ul>
          {purposes.map((purpose) => (
            <li>
              <b>{p(purpose.title)}</b>
              <br />
              {t('data')}: {purpose.data.map(dataTitle).join(', ')}
              {purpose.ground && (
                <>
                  <br />
                  {t('ground')}: {t('groundName.' + purpose.ground)}
                  {purpose.consentIn && <> ({p(purpose.consentIn)})</>}
                </>
              )}
              {purpose.retention && (
                <>
                  <br />
                  {t('retention')}: {formatRetention(texts, purpose.retention)}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {category.services.length > 0 && <h3>{t('services')}</h3>}
      {category.services.map((service) => (
        <div>
          <p>
            <b>{service.name}</b> — {t('provider')}: {p(service.provider)}; {t('country')}: <CountryLabel code={service.country} />
          </p>
          {service.description && <p>{p(service.description)}</p>}
          {service.cookies.length > 0 && (
            <table>
              <caption class="sr">{t('cookies')}: {service.name}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('name')}</th>
                  <th scope="col">{t('lifetime')}</th>
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
                    <td>{p(cookie.purpose)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      ))}
    </>
  );
}
