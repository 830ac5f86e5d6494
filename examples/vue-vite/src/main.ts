// The JSON path: the policy is read from kelisim-policy.json and validated by parsePolicy (its
// category ids are plain strings). Components are render functions, so no Vue plugin for Vite
// is needed; single-file components work the same with @vitejs/plugin-vue.
import { createApp, defineComponent, h } from 'vue';
import { parsePolicy } from 'kelisim';
import { createKelisim, useConsent } from 'kelisim/vue';
import raw from './kelisim-policy.json';

const policy = parsePolicy(raw);

const App = defineComponent(() => {
  const { decision, openSettings, withdraw } = useConsent();
  const analytics = useConsent('analytics');
  return () =>
    h('main', [
      h('h1', 'Dala Market'),
      h('p', `Analytics: ${analytics.value ? 'on' : 'off'}`),
      h('button', { onClick: openSettings }, 'Cookie settings'),
      decision.value ? h('button', { onClick: () => withdraw() }, 'Withdraw consent') : null,
    ]);
});

createApp(App).use(createKelisim(policy, { lang: 'ru', layout: 'bar' })).mount('#app');
