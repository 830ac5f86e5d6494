import { defineComponent, type PropType, type SlotsType, type VNode } from 'vue';
import type { CategoryId } from './register';
import { useConsent } from './use-consent';

/**
 * `<Consent category="marketing">`: renders its default slot only while `category` (or a single
 * service id) is granted, else its `fallback` slot (e.g. a "this video needs consent" box);
 * follows every change. Needs the plugin (`app.use(createKelisim(policy))`).
 */
export const Consent = defineComponent({
  name: 'Consent',
  props: {
    /** The optional category (or service) the content needs. */
    category: { type: String as PropType<CategoryId | 'necessary'>, required: true },
  },
  slots: Object as SlotsType<{ default?: () => VNode[]; fallback?: () => VNode[] }>,
  setup(props, { slots }) {
    const granted = useConsent(props.category);
    return () => (granted.value ? slots.default?.() : slots.fallback?.()) ?? null;
  },
});
