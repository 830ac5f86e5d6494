import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Duration, Service } from '../core/policy-types';
import { formatDuration } from './format-policy-values';
import { memo } from './memo';
import { useTexts, type Texts } from './texts';

/** How many services a large list adds per step: each step is a short task and a small layout. */
export const SERVICES_PER_STEP = 40;

/** The interface words every service repeats, looked up once per language, not once per service. */
interface Labels {
  texts: Texts;
  provider: string;
  country: string;
  crossBorder: string;
  cookies: string;
  name: string;
  lifetime: string;
  purpose: string;
  /** A cookie's lifetime in words, e.g. «6 месяцев» or «до конца сеанса». */
  lifetimeOf(lifetime: 'session' | Duration): string;
}

function labelsFor(texts: Texts): Labels {
  const { t } = texts;
  const durations = new Map<string, string>();
  const session = t('session');
  return {
    texts,
    provider: t('provider'),
    country: t('country'),
    crossBorder: t('crossBorder'),
    cookies: t('cookies'),
    name: t('name'),
    lifetime: t('lifetime'),
    purpose: t('purpose'),
    lifetimeOf(lifetime) {
      if (lifetime === 'session') return session;
      const key = lifetime.amount + lifetime.unit;
      let text = durations.get(key);
      if (text === undefined) durations.set(key, (text = formatDuration(texts, lifetime)));
      return text;
    },
  };
}

/** A country's name, marked when in another language, and "cross-border transfer" beside one that is not Kazakhstan (Law 94-V art. 16). */
export function countryLabel(texts: Texts, code: string, crossBorder = texts.t('crossBorder')) {
  const name = texts.country(code);
  return (
    <>
      {name.lang === texts.lang ? name.text : <span lang={name.lang}>{name.text}</span>}
      {code.toUpperCase() !== 'KZ' && <span class="tag">{crossBorder}</span>}
    </>
  );
}

/** One service: provider, country, description and the table of its cookies. */
function ServiceEntry({ service, labels }: { service: Service; labels: Labels }) {
  const { p } = labels.texts;
  return (
    <div>
      <p>
        <b>{service.name}</b> — {labels.provider}: {p(service.provider)}; {labels.country}: {countryLabel(labels.texts, service.country, labels.crossBorder)}
      </p>
      {service.description && <p>{p(service.description)}</p>}
      {service.cookies.length > 0 && (
        <table>
          <caption class="sr">{labels.cookies}: {service.name}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.name}</th>
              <th scope="col">{labels.lifetime}</th>
              <th scope="col">{labels.purpose}</th>
            </tr>
          </thead>
          <tbody>
            {service.cookies.map((cookie) => (
              <tr key={cookie.name}>
                <td>
                  <code>{cookie.prefix ? cookie.name + '*' : cookie.name}</code>
                </td>
                <td>{labels.lifetimeOf(cookie.lifetime)}</td>
                <td>{p(cookie.purpose)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** Services `from` to `to`, redrawn only when the language (their labels) changes. */
const Step = memo(({ services, from, to, labels }: { services: Service[]; from: number; to: number; labels: Labels }) => (
  <>
    {services.slice(from, to).map((service) => (
      <ServiceEntry key={service.id} service={service} labels={labels} />
    ))}
  </>
));

/**
 * A category's services. With `progressive`, a long list appears `SERVICES_PER_STEP` at a
 * time, one step after each frame, so no single task renders (and lays out) thousands of
 * services and the page never freezes; otherwise all at once.
 */
export function ServiceList({ services, progressive }: { services: Service[]; progressive: boolean }) {
  const texts = useTexts();
  const labels = useMemo(() => labelsFor(texts), [texts]);
  const [shown, setShown] = useState(progressive ? SERVICES_PER_STEP : Infinity);
  // Effects run after the browser has painted: the next step waits for the last one's frame.
  useEffect(() => {
    if (shown < services.length) setShown(shown + SERVICES_PER_STEP);
  }, [shown, services]);
  const steps = [];
  const end = Math.min(shown, services.length);
  const step = progressive ? SERVICES_PER_STEP : Math.max(end, 1);
  for (let from = 0; from < end; from += step) {
    steps.push(<Step key={from} services={services} from={from} to={Math.min(from + step, end)} labels={labels} />);
  }
  return <>{steps}</>;
}
