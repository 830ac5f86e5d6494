import type { Service } from '../core/policy-types';
import { CodeName } from './code-name';
import { useTexts } from './texts';

/**
 * Pixels, storage keys and SDKs of `services` besides cookies: name (a prefix marked `*`), kind,
 * the service that uses it, and purpose. Stacks on a narrow screen like the cookie table.
 */
export function TechnologyTable({ services }: { services: Service[] }) {
  const { t, p } = useTexts();
  const rows = services.flatMap((service) => (service.technologies ?? []).map((technology) => ({ service, technology })));
  if (!rows.length) return null;
  const labels = { name: t('name'), kind: t('facts.kind'), service: t('facts.service'), purpose: t('purpose') };
  return (
    <div class="kelisim-cookies">
      <table>
        <caption>{t('facts.technologies')}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.name}</th>
            <th scope="col">{labels.kind}</th>
            <th scope="col">{labels.service}</th>
            <th scope="col">{labels.purpose}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ service, technology }) => (
            <tr>
              <td data-label={labels.name}>
                <CodeName name={technology.name} prefix={technology.prefix} />
              </td>
              <td data-label={labels.kind}>{t('facts.technology.' + technology.kind)}</td>
              <td data-label={labels.service}>{service.name}</td>
              <td data-label={labels.purpose}>{p(technology.purpose)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
