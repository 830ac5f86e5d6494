import type { Countries, Policy } from '../core/policy-types';
import { useTexts } from '../ui/texts';
import { Fact } from './section';

const codes = (country: Countries) => (typeof country === 'string' ? [country] : country);

/**
 * The countries outside Kazakhstan that the policy's services and recipients send data to, in
 * the order they first appear; `unknown` (a provider that does not say) last.
 */
export function transferCountries(policy: Policy): string[] {
  const all = [...policy.categories.flatMap((c) => c.services.map((s) => s.country)), ...(policy.recipients ?? []).map((r) => r.country)];
  const found = [...new Set(all.flatMap(codes).map((code) => (code === 'unknown' ? code : code.toUpperCase())))].filter((code) => code !== 'KZ');
  return [...found.filter((code) => code !== 'unknown'), ...found.filter((code) => code === 'unknown')];
}

/** The cross-border statement (art. 16) and the countries data go to. */
export function CrossBorderSection({ policy }: { policy: Policy }) {
  const { t, p, lang, country } = useTexts();
  const countries = transferCountries(policy);
  return (
    <>
      <p>{p(policy.crossBorder)}</p>
      {countries.length > 0 ? (
        <ul class="kelisim-page-facts">
          <Fact label={t('page.countries')}>
            {countries.map((code, i) => {
              const name = code === 'unknown' ? { text: t('page.unnamed'), lang } : country(code);
              return (
                <>
                  {i > 0 && ', '}
                  {name.lang === lang ? name.text : <span lang={name.lang}>{name.text}</span>}
                </>
              );
            })}
          </Fact>
        </ul>
      ) : (
        <p>{t('page.noTransfer')}</p>
      )}
    </>
  );
}
