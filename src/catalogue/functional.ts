import type { CatalogueService } from './types';

/** Embeds and widgets of the catalogue: chats, videos, maps. */
export const FUNCTIONAL: readonly CatalogueService[] = [
  {
    id: 'jivo',
    name: 'Jivo',
    provider: { kk: '«Живой сайт» ЖШҚ', ru: 'ООО «Живой сайт»', en: 'Jivo LLC' },
    country: 'RU',
    category: 'functional',
    description: { kk: 'Сайттағы онлайн-чат.', ru: 'Онлайн-чат на сайте.', en: 'Live chat on the site.' },
    hosts: ['jivosite.com', 'jivo.ru', 'jivochat.com', 'jivo.chat'],
    cookies: [
      { name: 'jv_', prefix: true, lifetime: { amount: 1, unit: 'year' }, purpose: { kk: 'Чат келушіні және оның беттерін есте сақтайды.', ru: 'Чат запоминает посетителя и его страницы.', en: 'The chat remembers the visitor and their pages.' } },
    ],
    storage: [{ kind: 'local-storage', name: 'jv_', prefix: true, purpose: { kk: 'Чаттың күйі.', ru: 'Состояние чата.', en: "The chat's state." } }],
    gating: 'gate the widget code (code.jivo.ru / code.jivosite.com) with type="text/plain" data-consent="functional"',
    // Not confirmed: Jivo's help says the widget uses cookies but no page listing them was found.
    source: 'https://www.jivo.ru/help/',
  },
  {
    id: 'bitrix24',
    name: 'Bitrix24 widget',
    provider: { kk: '«1С-Битрикс» ЖШҚ', ru: 'ООО «1С-Битрикс»', en: '1C-Bitrix LLC' },
    country: 'RU',
    category: 'functional',
    description: {
      kk: 'Bitrix24 CRM-нің чаты, кері қоңырау және нысандары.',
      ru: 'Чат, обратный звонок и формы CRM Битрикс24.',
      en: 'The Bitrix24 CRM chat, call-back and forms.',
    },
    hosts: ['bitrix24.ru', 'bitrix24.kz', 'bitrix24.com', 'bitrix24.by', 'bitrix24.de'],
    cookies: [
      { name: 'b24_', prefix: true, lifetime: { amount: 1, unit: 'year' }, purpose: { kk: 'Виджет келушіні CRM-де таниды.', ru: 'Виджет узнаёт посетителя в CRM.', en: 'The widget recognises the visitor in the CRM.' } },
    ],
    storage: [{ kind: 'local-storage', name: 'b24', prefix: true, purpose: { kk: 'Виджеттің күйі.', ru: 'Состояние виджета.', en: "The widget's state." } }],
    gating: 'gate the site-button loader with type="text/plain" data-consent="functional"',
    // Not confirmed: Bitrix24's helpdesk describes its sites' cookie banner, not the widget's cookies.
    source: 'https://helpdesk.bitrix24.ru/',
  },
  {
    id: 'youtube',
    name: 'YouTube',
    provider: { kk: 'Google LLC', ru: 'Google LLC', en: 'Google LLC' },
    country: 'US',
    category: 'functional',
    description: { kk: 'Беттерге ендірілген бейнелер.', ru: 'Видео, встроенные в страницы.', en: 'Videos embedded in pages.' },
    hosts: ['youtube.com', 'youtube-nocookie.com', 'ytimg.com', 'googlevideo.com'],
    cookies: [
      { name: 'VISITOR_INFO1_LIVE', domain: '.youtube.com', lifetime: { amount: 6, unit: 'month' }, purpose: { kk: 'YouTube баптауларын есте сақтайды және қызметтегі ақауларды анықтауға көмектеседі.', ru: 'Запоминает настройки YouTube и помогает находить сбои сервиса.', en: 'Remembers YouTube preferences and helps detect problems with the service.' } },
      { name: 'YSC', domain: '.youtube.com', lifetime: 'session', purpose: { kk: 'Сеанс ішіндегі сұрауларды басқа сайт емес, келушінің өзі жібергенін тексереді (қауіпсіздік).', ru: 'Проверяет, что запросы в сеансе отправляет сам посетитель, а не другой сайт (безопасность).', en: 'Checks that the requests of a session come from the visitor, not another site (security).' } },
    ],
    gating: 'use youtube-nocookie.com and gate the iframe with data-consent="functional" (type="text/plain" on its loader script)',
    // Checked on the source page: VISITOR_INFO1_LIVE 6 months (preferences, detecting problems),
    // YSC for the browsing session (security); the purposes now say so (they said video quality / statistics).
    source: 'https://policies.google.com/technologies/cookies',
  },
  {
    id: 'yandex-maps',
    name: 'Yandex Maps',
    provider: { kk: '«Яндекс» ЖШҚ', ru: 'ООО «Яндекс»', en: 'Yandex LLC' },
    country: 'RU',
    category: 'functional',
    description: { kk: 'Беттердегі карталар.', ru: 'Карты на страницах.', en: 'Maps on the pages.' },
    hosts: ['api-maps.yandex.ru', 'maps.yandex.net'],
    cookies: [
      { name: 'yandexuid', domain: '.yandex.ru', lifetime: { amount: 1, unit: 'year' }, purpose: { kk: 'Яндекс сервистеріндегі браузер идентификаторы.', ru: 'Идентификатор браузера в сервисах Яндекса.', en: "The browser's id across Yandex services." } },
    ],
    gating: 'gate the Maps API script with type="text/plain" data-consent="functional"',
    // Not confirmed: Yandex's cookie policy was not reachable here.
    source: 'https://yandex.ru/legal/cookies_policy/',
  },
  {
    id: 'google-maps',
    name: 'Google Maps',
    provider: { kk: 'Google LLC', ru: 'Google LLC', en: 'Google LLC' },
    country: 'US',
    category: 'functional',
    description: { kk: 'Беттердегі карталар.', ru: 'Карты на страницах.', en: 'Maps on the pages.' },
    hosts: ['maps.googleapis.com', 'maps.gstatic.com', 'maps.google.com'],
    cookies: [
      { name: 'NID', domain: '.google.com', lifetime: { amount: 6, unit: 'month' }, purpose: { kk: 'Google параметрлерін есте сақтайды.', ru: 'Запоминает настройки Google.', en: 'Remembers Google settings.' } },
    ],
    gating: 'gate the Maps JavaScript API script (or the embed iframe) with data-consent="functional"',
    // Checked on the source page: NID expires 6 months after the last use.
    source: 'https://policies.google.com/technologies/cookies',
  },
  {
    id: 'dgis',
    name: '2GIS',
    provider: { kk: '«ДубльГИС» ЖШС', ru: 'ТОО «ДубльГИС»', en: 'DoubleGIS LLP' },
    country: ['KZ', 'RU'],
    category: 'functional',
    description: { kk: 'Беттердегі 2ГИС карталары.', ru: 'Карты 2ГИС на страницах.', en: '2GIS maps on the pages.' },
    hosts: ['2gis.com', '2gis.ru', '2gis.kz', 'api.2gis.ru'],
    cookies: [],
    gating: 'gate the 2GIS map loader with type="text/plain" data-consent="functional"',
    // Not confirmed (not searched in depth: no provider page found).
    source: 'https://law.2gis.ru/cookies',
  },
];
