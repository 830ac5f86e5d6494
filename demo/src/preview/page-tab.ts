import type { Lang, Policy } from '../../../src/core/policy-types';

/** The "Policy page" tab beside the banner preview: the draft's privacy-policy page. */
export interface PageTab {
  /** Show the page of `policy` in `lang` (rendered when the tab is open, or once it opens). */
  update(policy: Policy, lang: Lang): void;
}

/**
 * Wire the preview's tabs (banner | policy page) in `root`. The page is the static HTML that
 * the site kit ships (`renderPolicyPageHtml`, the same components as the script tag's page),
 * shown in a sandboxed frame; the renderer loads on first use.
 */
export function createPageTab(root: Document): PageTab {
  const tabs = [...root.querySelectorAll<HTMLButtonElement>('[role="tab"][data-tab]')];
  const frame = root.getElementById('page-frame') as HTMLIFrameElement;
  const panel = root.getElementById('page-wrap')!;
  let last: { policy: Policy; lang: Lang } | undefined;
  let drawn: typeof last;

  const draw = async () => {
    if (panel.hidden || !last || last === drawn) return;
    const current = last;
    const { renderPolicyPageHtml } = await import('../../../src/policy-page/render-html');
    if (current !== last) return;
    drawn = current;
    frame.srcdoc = renderPolicyPageHtml(current.policy, current.lang);
  };

  const select = (chosen: HTMLButtonElement) => {
    for (const tab of tabs) {
      const on = tab === chosen;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      root.getElementById(tab.dataset.tab!)!.hidden = !on;
    }
    void draw();
  };
  for (const tab of tabs) {
    tab.addEventListener('click', () => select(tab));
    // Arrow keys move between tabs, as the ARIA tabs pattern has it.
    tab.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length]!;
      next.focus();
      select(next);
    });
  }

  return {
    update(policy, lang) {
      last = { policy, lang };
      void draw();
    },
  };
}
