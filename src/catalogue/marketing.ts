import type { CatalogueService } from './types';

const days90 = { amount: 90, unit: 'day' } as const;
const months13 = { amount: 13, unit: 'month' } as const;

/** Advertising services of the catalogue (and the tag manager that usually loads them). */
export const MARKETING: readonly CatalogueService[] = [
  {
    id: 'google-tag-manager',
    name: 'Google Tag Manager',
    provider: { kk: 'Google LLC', ru: 'Google LLC', en: 'Google LLC' },
    country: 'US',
    category: 'analytics',
    description: {
      kk: 'Сайттағы басқа тегтерді (аналитика, жарнама) жүктейді; өзі cookie орнатпайды.',
      ru: 'Загружает другие теги сайта (аналитику, рекламу); сам cookie не ставит.',
      en: "Loads the site's other tags (analytics, ads); sets no cookies itself.",
    },
    hosts: ['googletagmanager.com'],
    cookies: [],
    gating: 'load GTM with Consent Mode v2 defaults (data-google-consent-mode) and fire tags on the kelisim_consent_update event, or gate gtm.js with type="text/plain"',
    // Not confirmed here: that gtm.js sets no cookies of its own (the tags it loads do).
    source: 'https://support.google.com/tagmanager/answer/10718549',
  },
  {
    id: 'google-ads',
    name: 'Google Ads',
    provider: { kk: 'Google LLC', ru: 'Google LLC', en: 'Google LLC' },
    country: 'US',
    category: 'marketing',
    description: {
      kk: 'Жарнама конверсияларын өлшеу және ремаркетинг.',
      ru: 'Измерение конверсий рекламы и ремаркетинг.',
      en: 'Ad conversion measurement and remarketing.',
    },
    hosts: ['googleadservices.com', 'doubleclick.net', 'googlesyndication.com'],
    cookies: [
      { name: '_gcl_', prefix: true, lifetime: days90, purpose: { kk: 'Жарнамаға басуды конверсиямен байланыстырады (_gcl_au, _gcl_aw).', ru: 'Связывает клик по рекламе с конверсией (_gcl_au, _gcl_aw).', en: 'Links an ad click to a conversion (_gcl_au, _gcl_aw).' } },
      { name: 'IDE', domain: '.doubleclick.net', lifetime: months13, purpose: { kk: 'Google жарнамасының сайттар арасындағы идентификаторы.', ru: 'Идентификатор рекламы Google между сайтами.', en: "Google's advertising id across sites." } },
    ],
    gating: 'gate the Ads tag with type="text/plain" data-consent="marketing", or use Consent Mode v2 (ad_storage)',
    // Checked: the _gcl_ cookies (ad click information for conversions,
    // https://support.google.com/analytics/answer/7519794); the 90 days and IDE's 13 months are not
    // confirmed here (site tables give _gcl_au 3 months).
    source: 'https://business.safety.google/adscookies/',
  },
  {
    id: 'meta-pixel',
    name: 'Meta Pixel',
    provider: { kk: 'Meta Platforms Ireland Ltd', ru: 'Meta Platforms Ireland Ltd', en: 'Meta Platforms Ireland Ltd' },
    country: ['IE', 'US'],
    category: 'marketing',
    description: {
      kk: 'Facebook және Instagram жарнамасының конверсиялары мен аудиториялары.',
      ru: 'Конверсии и аудитории рекламы в Facebook и Instagram.',
      en: 'Conversions and audiences for Facebook and Instagram ads.',
    },
    hosts: ['connect.facebook.net', 'facebook.com'],
    cookies: [
      { name: '_fbp', lifetime: days90, purpose: { kk: 'Жарнама үшін браузерді ажыратады.', ru: 'Различает браузеры для рекламы.', en: 'Tells browsers apart for advertising.' } },
      { name: '_fbc', lifetime: days90, purpose: { kk: 'Жарнамаға соңғы басуды сақтайды.', ru: 'Хранит последний клик по рекламе.', en: 'Stores the last ad click.' } },
      { name: 'fr', domain: '.facebook.com', lifetime: days90, purpose: { kk: 'Meta жарнамасының идентификаторы.', ru: 'Идентификатор рекламы Meta.', en: "Meta's advertising id." } },
    ],
    gating: 'gate fbevents.js with type="text/plain" data-consent="marketing"',
    // Checked: _fbp (browser id) and _fbc (the ad click id) on the source page; their 90 days and
    // fr's are from Meta's cookie policy as site tables quote it (not confirmed here).
    source: 'https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/fbp-and-fbc/',
  },
  {
    id: 'vk-ads',
    name: 'VK Pixel / VK Ads',
    provider: { kk: '«ВК» ЖШҚ', ru: 'ООО «ВК»', en: 'VK LLC' },
    country: 'RU',
    category: 'marketing',
    description: {
      kk: 'VK Ads жарнамасының конверсиялары мен ретаргетингі.',
      ru: 'Конверсии и ретаргетинг рекламы VK Ads.',
      en: 'Conversions and retargeting for VK Ads.',
    },
    hosts: ['vk.com', 'vk.ru', 'ads.vk.com'],
    cookies: [
      { name: 'tmr_', prefix: true, lifetime: { amount: 1, unit: 'year' }, purpose: { kk: 'Пиксельдің Top.Mail.Ru арқылы орнатылатын cookie файлдары.', ru: 'Файлы cookie пикселя, которые ставит счётчик Top.Mail.Ru.', en: "The pixel's cookies, set through the Top.Mail.Ru counter." } },
    ],
    gating: 'gate the VK pixel code with type="text/plain" data-consent="marketing"',
    // Not confirmed: no VK page listing the pixel's cookies was found.
    source: 'https://ads.vk.com/help/articles/pixel',
  },
  {
    id: 'tiktok-pixel',
    name: 'TikTok Pixel',
    provider: { kk: 'TikTok Technology Ltd', ru: 'TikTok Technology Ltd', en: 'TikTok Technology Ltd' },
    country: ['IE', 'SG', 'US'],
    category: 'marketing',
    description: {
      kk: 'TikTok жарнамасының конверсиялары.',
      ru: 'Конверсии рекламы TikTok.',
      en: 'Conversions for TikTok ads.',
    },
    hosts: ['analytics.tiktok.com'],
    cookies: [
      { name: '_ttp', lifetime: months13, purpose: { kk: 'Жарнама үшін келушіні ажыратады.', ru: 'Различает посетителей для рекламы.', en: 'Tells visitors apart for advertising.' } },
      { name: '_tt_enable_cookie', lifetime: months13, purpose: { kk: 'Браузер cookie қабылдай ма, тексереді.', ru: 'Проверяет, принимает ли браузер cookie.', en: 'Checks that the browser accepts cookies.' } },
    ],
    gating: 'gate the TikTok pixel code with type="text/plain" data-consent="marketing"',
    // Checked: "cookies expire after 13 months from being set onto a browser, or last used" (source
    // page); the names _ttp and _tt_enable_cookie are from site cookie tables.
    source: 'https://ads.tiktok.com/help/article?aid=10007540',
  },
  {
    id: 'yandex-direct',
    name: 'Yandex Direct',
    provider: { kk: '«Яндекс» ЖШҚ', ru: 'ООО «Яндекс»', en: 'Yandex LLC' },
    country: 'RU',
    category: 'marketing',
    description: {
      kk: 'Яндекс жарнамасы мен ретаргетинг.',
      ru: 'Реклама Яндекса и ретаргетинг.',
      en: 'Yandex advertising and retargeting.',
    },
    hosts: ['an.yandex.ru', 'yabs.yandex.ru', 'yandexadexchange.net'],
    cookies: [
      { name: 'yandexuid', domain: '.yandex.ru', lifetime: { amount: 1, unit: 'year' }, purpose: { kk: 'Яндекс сервистеріндегі браузер идентификаторы.', ru: 'Идентификатор браузера в сервисах Яндекса.', en: "The browser's id across Yandex services." } },
    ],
    gating: 'gate the ad block code (an.yandex.ru) with type="text/plain" data-consent="marketing"',
    // Not confirmed: Yandex's cookie policy was not reachable here.
    source: 'https://yandex.ru/legal/cookies_policy/',
  },
];
