import type { Policy } from '../core/policy-types';
import { useTexts } from './texts';

/**
 * "Data we process": each data category once, with the purposes it serves, so a category used
 * by several purposes is explained in one place and the purposes only name it.
 */
export function DataTable({ policy }: { policy: Policy }) {
  const { t, p } = useTexts();
  const rows = policy.dataCategories
    .map((data) => ({ data, purposes: policy.purposes.filter((purpose) => purpose.data.includes(data.id)) }))
    .filter((row) => row.purposes.length > 0);
  if (!rows.length) return null;
  return (
    <section>
      <h3 id="kelisim-data-table">{t('facts.dataTable')}</h3>
      <div class="kelisim-cookies">
        <table aria-labelledby="kelisim-data-table">
          <thead>
            <tr>
              <th scope="col">{t('data')}</th>
              <th scope="col">{t('facts.usedFor')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ data, purposes }) => (
              <tr>
                <td data-label={t('data')}>
                  {p(data.title)}
                  {data.personal === false && <span class="tag">{t('facts.nonPersonal')}</span>}
                </td>
                <td data-label={t('facts.usedFor')}>
                  <ul>
                    {purposes.map((purpose) => (
                      <li>{p(purpose.title)}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
