import type { Lang } from '../../../src/core/policy-types';
import type { CodePanel } from '../code/code-panel';
import { codeTexts, fill } from '../code/code-strings';

/** The name the kit downloads as (the contract). */
export const KIT_NAME = 'kelisim-site-kit.zip';

/**
 * Wire the `data-action="download-kit"` button: it zips the site kit for the code panel's
 * current choice (fflate; the kit's code loads on first use) and downloads it.
 */
export function wireKitButton(root: Document, code: CodePanel, lang: () => Lang): void {
  const button = root.querySelector<HTMLButtonElement>('[data-action="download-kit"]')!;
  const status = root.getElementById('kit-status')!;
  button.addEventListener('click', async () => {
    const choice = code.current();
    if (!choice) return;
    button.disabled = true;
    status.textContent = '';
    try {
      const [{ zipSync, strToU8 }, { siteKitFiles }, { fetchWidgetFiles }] = await Promise.all([
        import('fflate'),
        import('./site-kit'),
        import('./widget-files'),
      ]);
      const files = siteKitFiles(choice, await fetchWidgetFiles(), lang());
      const zip = zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, typeof data === 'string' ? strToU8(data) : data])));
      const link = root.createElement('a');
      link.href = URL.createObjectURL(new Blob([zip as BlobPart], { type: 'application/zip' }));
      link.download = KIT_NAME;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    } catch (error) {
      status.textContent = fill(codeTexts(lang()).kitFailed, { detail: (error as Error).message });
    } finally {
      button.disabled = false;
    }
  });
}
