// The shop's policy, written in TypeScript: `definePolicy` validates it and types its ids
// (optional categories `analytics` and `marketing`), so a typo in a category does not compile.
import { definePolicy } from 'kelisim/core';

const text = (en: string, ru = en, kk = ru) => ({ kk, ru, en });

export const policy = definePolicy({
  version: 2,
  revision: '2026-01',
  operator: {
    name: { kk: 'ЖШС «Дала Маркет»', ru: 'ТОО «Дала Маркет»', en: 'Dala Market LLP' },
    bin: '180540012343',
    address: text('150 Abay Avenue, Almaty', 'г. Алматы, пр. Абая, 150', 'Алматы қ., Абай даңғылы, 150'),
    email: 'privacy@dala-market.kz',
    policyUrl: 'https://dala-market.kz/privacy',
  },
  categories: [
    {
      id: 'necessary',
      title: text('Necessary', 'Необходимые', 'Қажетті'),
      description: text('Keep the site working.', 'Нужны для работы сайта.', 'Сайттың жұмысына қажет.'),
      services: [{ id: 'site', name: 'dala-market.kz', provider: text('Dala Market LLP', 'ТОО «Дала Маркет»', 'ЖШС «Дала Маркет»'), country: 'KZ', cookies: [] }],
    },
    {
      id: 'analytics',
      title: text('Analytics', 'Аналитика', 'Аналитика'),
      description: text('Count visits.', 'Считают посещения.', 'Келуді санайды.'),
      services: [{ id: 'yandex-metrica', name: 'Yandex Metrica', provider: text('Yandex LLC', 'ООО «Яндекс»', '«Яндекс» ЖШҚ'), country: 'RU', cookies: [] }],
    },
    {
      id: 'marketing',
      title: text('Marketing', 'Маркетинг', 'Маркетинг'),
      description: text('Show our ads.', 'Показывают нашу рекламу.', 'Біздің жарнаманы көрсетеді.'),
      services: [{ id: 'vk-ads', name: 'VK Ads', provider: text('VK LLC', 'ООО «ВК»', '«ВК» ЖШҚ'), country: 'RU', cookies: [] }],
    },
  ],
  dataCategories: [{ id: 'ip-address', title: text('IP address', 'IP-адрес', 'IP-мекенжай') }],
  purposes: [
    { id: 'security', title: text('Security', 'Безопасность', 'Қауіпсіздік'), data: ['ip-address'], ground: 'legitimate-interest', retention: { amount: 3, unit: 'month' }, category: 'necessary' },
    { id: 'stats', title: text('Statistics', 'Статистика', 'Статистика'), data: ['ip-address'], ground: 'consent', retention: { amount: 1, unit: 'year' }, category: 'analytics' },
    { id: 'ads', title: text('Advertising', 'Реклама', 'Жарнама'), data: ['ip-address'], ground: 'consent', retention: { amount: 1, unit: 'year' }, category: 'marketing' },
  ],
  recipients: [{ name: text('Yandex LLC', 'ООО «Яндекс»', '«Яндекс» ЖШҚ'), role: text('Processor', 'Обработчик', 'Өңдеуші'), country: 'RU' }],
  rights: [text('To withdraw consent', 'Отозвать согласие', 'Келісімді кері қайтарып алу')],
  authority: { name: text('Ministry of Digital Development', 'Министерство цифрового развития', 'Цифрлық даму министрлігі') },
  crossBorder: text('Statistics go to Russia.', 'Статистика передаётся в Россию.', 'Статистика Ресейге беріледі.'),
  localisation: text('Our databases are in Kazakhstan.', 'Наши базы данных находятся в Казахстане.', 'Деректер базалары Қазақстанда.'),
} as const);

declare module 'kelisim/react' {
  interface Register {
    policy: typeof policy;
  }
}
