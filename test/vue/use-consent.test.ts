// kelisim/vue with the real Vue in jsdom: the composable's refs follow accept, reject,
// withdrawal and another tab's decision; the plugin mounts the widget once the app is mounted.
import { mount } from '@vue/test-utils';
import { defineComponent, h, nextTick } from 'vue';
import { afterEach, expect, test } from 'vitest';
import { createConsent } from '../../src/core/create-consent';
import { TAB_CHANNEL } from '../../src/integrations/cross-tab';
import { Consent, createKelisim, useConsent, type ConsentView } from '../../src/vue/index';
import { cleanUp } from '../component/widget-harness';
import { policy } from '../fixtures/typed-policy';

const wrappers: { unmount(): void }[] = [];
afterEach(() => {
  wrappers.splice(0).forEach((wrapper) => wrapper.unmount());
  cleanUp();
});

let view: ConsentView;
const Status = defineComponent({
  setup() {
    view = useConsent();
    const analytics = useConsent('analytics');
    const marketing = view.has('marketing');
    return () => h('p', `${view.decision.value?.method ?? 'undecided'} analytics=${analytics.value} marketing=${marketing.value}`);
  },
});

function app(options = { widget: false }) {
  const wrapper = mount(Status, { global: { plugins: [createKelisim(policy, options)] } });
  wrappers.push(wrapper);
  return wrapper;
}

test('the refs follow accept, reject, a choice and withdrawal', async () => {
  const wrapper = app();
  expect(wrapper.text()).toBe('undecided analytics=false marketing=false');
  view.acceptAll();
  await nextTick();
  expect(wrapper.text()).toBe('accept-all analytics=true marketing=true');
  view.rejectAll();
  await nextTick();
  expect(wrapper.text()).toBe('reject-all analytics=false marketing=false');
  view.set({ marketing: true });
  await nextTick();
  expect(wrapper.text()).toBe('custom analytics=false marketing=true');
  view.withdraw();
  await nextTick();
  expect(wrapper.text()).toBe('custom analytics=false marketing=false');
});

test("another tab's decision: the cookie changes, then the tab channel says so", async () => {
  const wrapper = app();
  const decision = createConsent({ policy }).set(['analytics']);
  const otherTab = new BroadcastChannel(TAB_CHANNEL);
  otherTab.postMessage({ id: decision.id });
  await expect.poll(() => wrapper.text()).toBe('custom analytics=true marketing=false');
  otherTab.postMessage({ id: createConsent({ policy }).withdraw().id });
  await expect.poll(() => wrapper.text()).toBe('custom analytics=false marketing=false');
  otherTab.close();
});

test('app.mount shows the widget once; app.unmount removes it', async () => {
  const wrapper = mount(Status, { global: { plugins: [createKelisim(policy, { lang: 'en' })] } });
  await expect.poll(() => document.querySelector('#kelisim')?.shadowRoot?.querySelectorAll('#kelisim-banner-title').length, { timeout: 20_000 }).toBe(1);
  wrapper.unmount();
  expect(document.querySelector('#kelisim')).toBeNull();
}, 30_000);

test('useConsent without the plugin says what to do', () => {
  const Lonely = defineComponent({ setup: () => (useConsent(), () => h('p')) });
  expect(() => mount(Lonely)).toThrow(/Kelisim: useConsent\(\) needs the plugin: app.use\(createKelisim\(policy\)\)/);
});

test('<Consent> renders its default slot only with consent, else its fallback; a service id works too', async () => {
  const Page = defineComponent({
    setup() {
      view = useConsent();
      return () => [
        h(Consent, { category: 'marketing' }, { default: () => [h('p', 'VK pixel here')], fallback: () => [h('p', 'Marketing cookies are off')] }),
        h(Consent, { category: 'yandex-metrica' }, { default: () => [h('p', 'Metrica here')] }),
      ];
    },
  });
  const wrapper = mount(Page, { global: { plugins: [createKelisim(policy, { widget: false })] } });
  wrappers.push(wrapper);
  expect(wrapper.text()).toBe('Marketing cookies are off');
  view.acceptAll();
  await nextTick();
  expect(wrapper.text()).toBe('VK pixel hereMetrica here');
  view.set(['yandex-metrica']);
  await nextTick();
  expect(wrapper.text()).toBe('Marketing cookies are offMetrica here');
  view.withdraw();
  await nextTick();
  expect(wrapper.text()).toBe('Marketing cookies are off');
});
