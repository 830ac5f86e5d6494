import type { CatalogueService } from './types';

const year = { amount: 1, unit: 'year' } as const;

/** Analytics services of the catalogue: they count visits and tell visitors apart. */
export const ANALYTICS: readonly CatalogueService[] = [
  {
    id: 'google-analytics',
    name: 'Google Analytics 4',
    provider: { kk: 'Google LLC', ru: 'Google LLC', en: 'Google LLC' },
    country: 'US',
    category: 'analytics',
    description: {
      kk: 'Келу статистикасы: беттерді қарау, келу көздері, оқиғалар.',
      ru: 'Статистика посещений: просмотры страниц, источники переходов, события.',
      en: 'Visit statistics: page views, traffic sources, events.',
    },
    hosts: ['google-analytics.com', 'analytics.google.com'],
    cookies: [
      { name: '_ga', lifetime: { amount: 2, unit: 'year' }, purpose: { kk: 'Келушілерді ажырататын идентификатор.', ru: 'Идентификатор, различающий посетителей.', en: 'An identifier that tells visitors apart.' } },
      { name: '_ga_', prefix: true, lifetime: { amount: 2, unit: 'year' }, purpose: { kk: 'Сеанстың күйін сақтайды (әр өлшеу идентификаторына бір cookie).', ru: 'Хранит состояние сеанса (по одному cookie на идентификатор потока).', en: 'Keeps the session state (one cookie per measurement id).' } },
      { name: '_gid', lifetime: { amount: 24, unit: 'hour' }, purpose: { kk: 'Universal Analytics: келушілерді бір тәулік бойы ажыратады.', ru: 'Universal Analytics: различает посетителей в течение суток.', en: 'Universal Analytics: tells visitors apart for a day.' } },
      { name: '_gat', prefix: true, lifetime: { amount: 1, unit: 'minute' }, purpose: { kk: 'Universal Analytics: сұраулар жиілігін шектейді.', ru: 'Universal Analytics: ограничивает частоту запросов.', en: 'Universal Analytics: throttles the request rate.' } },
    ],
    gating: 'set data-google-analytics="G-…" on the Kelisim tag (loaded after consent), or gate gtag.js with type="text/plain" data-consent="analytics"; with Consent Mode v2 (data-google-consent-mode) it loads without cookies',
    // Checked: _ga and _ga_<container-id>, 2 years, on the source page. _gid (24 hours) and _gat
    // (1 minute) are Universal Analytics' (https://developers.google.com/analytics/devguides/collection/analyticsjs/cookie-usage).
    source: 'https://support.google.com/analytics/answer/11397207',
  },
  {
    id: 'yandex-metrica',
    name: 'Yandex Metrica',
    provider: { kk: '«Яндекс» ЖШҚ', ru: 'ООО «Яндекс»', en: 'Yandex LLC' },
    country: 'RU',
    category: 'analytics',
    description: {
      kk: 'Келу статистикасы, карта-басулар және Вебвизор (сеанстарды жазу).',
      ru: 'Статистика посещений, карта кликов и Вебвизор (запись сеансов).',
      en: 'Visit statistics, click maps and Webvisor (session recording).',
    },
    hosts: ['mc.yandex.ru', 'mc.yandex.com', 'mc.yandex.kz', 'mc.webvisor.org', 'mc.webvisor.com'],
    cookies: [
      { name: '_ym_uid', lifetime: year, purpose: { kk: 'Келушіні ажырату үшін кездейсоқ идентификатор.', ru: 'Случайный идентификатор, чтобы отличать посетителей.', en: 'A random identifier that tells visitors apart.' } },
      { name: '_ym_d', lifetime: year, purpose: { kk: 'Сайтқа алғаш кірген күнді сақтайды.', ru: 'Хранит дату первого посещения сайта.', en: 'Stores the date of the first visit.' } },
      { name: '_ym_isad', lifetime: { amount: 2, unit: 'day' }, purpose: { kk: 'Браузерде жарнама бұғаттағыш бар-жоғын анықтайды.', ru: 'Определяет, есть ли в браузере блокировщик рекламы.', en: 'Detects whether the browser blocks ads.' } },
      { name: '_ym_visorc', lifetime: { amount: 30, unit: 'minute' }, purpose: { kk: 'Вебвизордың дұрыс жазуы үшін қажет.', ru: 'Нужен для правильной записи Вебвизора.', en: 'Lets Webvisor record correctly.' } },
      { name: '_ym_', prefix: true, lifetime: year, purpose: { kk: 'Метриканың басқа қызметтік cookie файлдары.', ru: 'Другие служебные файлы cookie Метрики.', en: "Metrica's other working cookies." } },
    ],
    storage: [{ kind: 'local-storage', name: '_ym', prefix: true, purpose: { kk: 'Метрика идентификаторы мен қайта жіберілетін сұраулар.', ru: 'Идентификатор Метрики и запросы для повторной отправки.', en: "Metrica's identifier and requests to resend." } }],
    gating: 'set data-yandex-metrica="<counter id>" on the Kelisim tag (loaded after consent), or gate tag.js with type="text/plain" data-consent="analytics"',
    // Not confirmed: Yandex's cookie page was not reachable here; the names and lifetimes match
    // site cookie tables (_ym_uid, _ym_d 1 year, _ym_isad 2 days; _ym_metrika_enabled, _ym_hostIndex
    // under the _ym_ prefix). The client id is also kept in localStorage (the _ym prefix).
    source: 'https://yandex.ru/support/metrica/general/cookie-usage.html',
  },
  {
    id: 'top-mail-ru',
    name: 'Top.Mail.Ru',
    provider: { kk: '«ВК» ЖШҚ', ru: 'ООО «ВК»', en: 'VK LLC' },
    country: 'RU',
    category: 'analytics',
    description: {
      kk: 'Келу статистикасы; VK Ads пикселі де осы есептегішті пайдаланады.',
      ru: 'Статистика посещений; этот же счётчик использует пиксель VK Ads.',
      en: 'Visit statistics; the VK Ads pixel uses the same counter.',
    },
    hosts: ['top-fwz1.mail.ru', 'top.mail.ru'],
    cookies: [
      { name: 'tmr_lvid', lifetime: year, purpose: { kk: 'Келушіні ажырататын идентификатор.', ru: 'Идентификатор, различающий посетителей.', en: 'An identifier that tells visitors apart.' } },
      { name: 'tmr_', prefix: true, lifetime: year, purpose: { kk: 'Есептегіштің қызметтік cookie файлдары (tmr_lvidTS, tmr_detect, tmr_reqNum).', ru: 'Служебные файлы cookie счётчика (tmr_lvidTS, tmr_detect, tmr_reqNum).', en: "The counter's working cookies (tmr_lvidTS, tmr_detect, tmr_reqNum)." } },
    ],
    gating: 'gate the counter code (top-fwz1.mail.ru/js/code.js) with type="text/plain" data-consent="analytics"',
    // Not confirmed: no provider page listing the tmr_ cookies was found.
    source: 'https://help.vk.company/top/',
  },
  {
    id: 'microsoft-clarity',
    name: 'Microsoft Clarity',
    provider: { kk: 'Microsoft Corporation', ru: 'Microsoft Corporation', en: 'Microsoft Corporation' },
    country: 'US',
    category: 'analytics',
    description: {
      kk: 'Сеанстарды жазу және жылу карталары.',
      ru: 'Запись сеансов и тепловые карты.',
      en: 'Session recordings and heatmaps.',
    },
    hosts: ['clarity.ms'],
    cookies: [
      { name: '_clck', lifetime: year, purpose: { kk: 'Clarity пайдаланушысының идентификаторы.', ru: 'Идентификатор пользователя Clarity.', en: 'The Clarity user id.' } },
      { name: '_clsk', lifetime: { amount: 1, unit: 'day' }, purpose: { kk: 'Бір сеанстың беттерін бір жазбаға біріктіреді.', ru: 'Объединяет страницы одного сеанса в одну запись.', en: "Joins a session's pages into one recording." } },
      { name: 'CLID', domain: '.clarity.ms', lifetime: year, purpose: { kk: 'Clarity-дің сайттар арасындағы идентификаторы.', ru: 'Идентификатор Clarity между сайтами.', en: "Clarity's identifier across sites." } },
      { name: 'MUID', domain: '.clarity.ms', lifetime: year, purpose: { kk: 'Microsoft сайттарына кіретін браузерлерді ажыратады (жарнама және талдау).', ru: 'Различает браузеры, заходящие на сайты Microsoft (реклама и аналитика).', en: 'Tells apart the browsers that visit Microsoft sites (advertising and analytics).' } },
    ],
    gating: 'gate the Clarity snippet with type="text/plain" data-consent="analytics"',
    // Checked: the names (_clck, _clsk, CLID, MUID; also ANONCHK, MR, SM) and their purposes are on
    // the source page, which gives no lifetimes; 1 year / 1 day are from site cookie tables.
    source: 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list',
  },
  {
    id: 'hotjar',
    name: 'Hotjar',
    provider: { kk: 'Hotjar Ltd', ru: 'Hotjar Ltd', en: 'Hotjar Ltd' },
    country: ['MT', 'IE'],
    category: 'analytics',
    description: {
      kk: 'Жылу карталары, сеанстарды жазу және сауалнамалар.',
      ru: 'Тепловые карты, запись сеансов и опросы.',
      en: 'Heatmaps, session recordings and surveys.',
    },
    hosts: ['hotjar.com', 'hotjar.io'],
    cookies: [
      { name: '_hjSessionUser_', prefix: true, lifetime: year, purpose: { kk: 'Hotjar пайдаланушысының идентификаторы.', ru: 'Идентификатор пользователя Hotjar.', en: 'The Hotjar user id.' } },
      { name: '_hjSession_', prefix: true, lifetime: { amount: 30, unit: 'minute' }, purpose: { kk: 'Ағымдағы сеанстың деректері.', ru: 'Данные текущего сеанса.', en: 'The current session.' } },
      { name: '_hj', prefix: true, lifetime: 'session', purpose: { kk: 'Hotjar-дың басқа қызметтік cookie файлдары.', ru: 'Другие служебные файлы cookie Hotjar.', en: "Hotjar's other working cookies." } },
    ],
    gating: 'gate the Hotjar snippet with type="text/plain" data-consent="analytics"',
    // Not confirmed on Hotjar's own page (not reachable here); site cookie tables quoting it give
    // _hjSessionUser_{site id} 365 days and _hjSession_{site id} 30 minutes.
    source: 'https://help.hotjar.com/hc/en-us/articles/6952777582999-Cookies-Set-by-the-Hotjar-Tracking-Code',
  },
];
