import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Countries, Service } from '../core/policy-types';
import { CookieTable } from './cookie-table';
import { memo } from './memo';
import { useTexts } from './texts';

/** How many services a large list adds per step: each step is a short task and a small layout. */
export const SERVICES_PER_STEP = 40;

/**
 * The countries' names, and "Cross-border transfer" when any is not Kazakhstan (Law 94-V
 * art. 16); `unknown` shows as a cross-border transfer alone.
 */
export function CountryLabel({ code }: { code: Countries }) {
  const { lang, t, country } = useTexts();
  const codes = (typeof code === 'string' ? [code] : code).filter((c) => c !== 'unknown');
  const abroad = codes.length === 0 || codes.some((c) => c.toUpperCase() !== 'KZ');
  return (
    <>
      {codes.map((c, i) => {
        const name = country(c);
        return (
          <>
            {i > 0 && ', '}
            {name.lang === lang ? name.text : <span lang={name.lang}>{name.text}</span>}
          </>
        );
      })}
      {abroad && <span class="tag">{t('crossBorder')}</span>}
    </>
  );
}

/** The switches of an optional category's services: their states in progress and what flips one. */
export interface Choices {
  pending: Record<string, boolean>;
  onToggle(id: string, checked: boolean): void;
}

/**
 * The services' switches, for the services listed under it; none under `necessary` (or where
 * the dialog is not choosing). A context, so the memoised lists above need not redraw on a flip.
 */
export const ChoicesContext = createContext<Choices | null>(null);

/** One service: its switch (in an optional category), provider, country, description and the table of its cookies. */
function ServiceEntry({ service }: { service: Service }) {
  const texts = useTexts();
  const { t, p } = texts;
  const choices = useContext(ChoicesContext);
  const facts = (
    <>
      {t('provider')}: {p(service.provider)}; {t('country')}: <CountryLabel code={service.country} />
    </>
  );
  return (
    <div>
      {choices && typeof service.id === 'string' && service.id in choices.pending ? (
        <>
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              data-kelisim-service={service.id}
              checked={!!choices.pending[service.id]}
              onChange={(event) => choices.onToggle(service.id, event.currentTarget.checked)}
            />
            <b>{service.name}</b>
          </label>
          <p>{facts}</p>
        </>
      ) : (
        <p>
          <b>{service.name}</b> — {facts}
        </p>
      )}
      {service.description && <p>{p(service.description)}</p>}
      {service.cookies.length > 0 && <CookieTable service={service} captionClass="sr" />}
    </div>
  );
}

/** Services `from` to `to`, drawn once: a new step leaves the earlier ones alone. */
const Step = memo(({ services, from, to }: { services: Service[]; from: number; to: number }) => (
  <>{services.slice(from, to).map((service) => <ServiceEntry service={service} />)}</>
));

/**
 * A category's services. With `progressive`, a long list appears `SERVICES_PER_STEP` at a
 * time, one step after each frame, so no single task renders thousands of services and the
 * page never freezes; otherwise all at once. The browser lays out only the services near the
 * screen (CSS `content-visibility: auto` in styles.ts).
 */
export function ServiceList({ services, progressive }: { services: Service[]; progressive: boolean }) {
  const step = progressive ? SERVICES_PER_STEP : services.length;
  const [shown, setShown] = useState(step);
  // Effects run after the browser has painted: the next step waits for the last one's frame.
  useEffect(() => void (shown < services.length && setShown(shown + step)), [shown]);
  const steps = [];
  for (let from = 0; from < Math.min(shown, services.length); from += step) {
    steps.push(<Step key={from} services={services} from={from} to={from + step} />);
  }
  return <>{steps}</>;
}
