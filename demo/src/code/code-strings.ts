import type { Lang } from '../../../src/core/policy-types';

/** The platforms "Get the code" has a recipe for. */
export const PLATFORMS = ['tilda', 'wordpress', 'bitrix', 'html', 'npm'] as const;
export type Platform = (typeof PLATFORMS)[number];

interface CodeTexts {
  platform: string;
  names: Record<Platform, string>;
  steps: Record<Platform, string[]>;
  source: string;
  sourceSelf: string;
  sourceCdn: string;
  perLanguage: string;
  fixLang: string;
  footer: string;
  footerHelp: string;
  counter: string;
  counterHelp: string;
  counterOut: string;
  notes: {
    gated: string;
    noscript: string;
    unknown: string;
    notInPolicy: string;
    integration: string;
  };
  kit: string;
  kitHelp: string;
  kitButton: string;
  kitFailed: string;
  readmeTitle: string;
  readmeFiles: string;
  readmeSnippet: string;
  readmeSteps: string;
  readmeTry: string;
  readmeNote: string;
}

// Tilda's and Bitrix's menus are named as their Russian interfaces name them: neither has a
// Kazakh one, so the kk steps quote the Russian menu items.
const kk: CodeTexts = {
  platform: 'Сайт платформасы',
  names: { tilda: 'Tilda', wordpress: 'WordPress', bitrix: '1C-Bitrix', html: 'HTML', npm: 'npm' },
  steps: {
    tilda: [
      'Сайт жинағын жүктеп алып, ішіндегісін JS файлдарын тарата алатын кез келген хостингке салыңыз (Tilda JS және JSON файлдарын сақтай алмайды) және kelisim.js мекенжайын «Скрипттің URL-і» өрісіне жазыңыз.',
      'Tilda-да: «Настройки сайта» → «Ещё» → «HTML-код для вставки внутрь HEAD» — төмендегі кодты қойып, сақтаңыз. Саясат кодтың ішінде.',
      'Есептегіштерді (Метрика, GA4, пиксельдер) төмендегі түрлендіргіштен өткізіп, сол жерге Kelisim-нен кейін қойыңыз.',
      'Барлық беттерді қайта жариялаңыз («Опубликовать все страницы»).',
    ],
    wordpress: [
      'Сайт жинағын жүктеп алып, файлдарын сайт түбіріндегі /kelisim/ қалтасына салыңыз (хостингтің файл менеджері немесе FTP).',
      'Кодты <head> ішіне, кез келген трекерден бұрын қойыңыз: header кодына арналған плагинмен (мысалы, WPCode → Header) немесе тақырыптың header.php файлында.',
      'Есептегіштерді төмендегі түрлендіргіштен өткізіңіз; оларды қосатын плагиндерді өшіріңіз.',
      'Кэш плагинінің кэшін тазартыңыз.',
    ],
    bitrix: [
      'Сайт жинағын жүктеп алып, файлдарын сайт түбіріндегі /kelisim/ қалтасына салыңыз («Контент» → «Структура сайта»).',
      'Шаблонның header.php файлын ашыңыз (/local/templates/<шаблон>/ немесе /bitrix/templates/<шаблон>/) және кодты <head> тегінен кейін, $APPLICATION->ShowHead() алдына қойыңыз.',
      'Есептегіштерді төмендегі түрлендіргіштен өткізіңіз, содан кейін сайт кэшін тазартыңыз.',
    ],
    html: [
      'Сайт жинағын жүктеп алыңыз: ондағы index.html — дайын үлгі бет, оны бірден ашып көруге болады.',
      'Файлдарды сайтыңыздағы /kelisim/ қалтасына салыңыз.',
      'Кодты әр беттің <head> бөлігіне, кез келген трекерден бұрын қойыңыз; есептегіштерді төмендегі түрлендіргіштен өткізіңіз.',
      'privacy.kk.html, privacy.ru.html, privacy.en.html беттерін құпиялылық саясаты беті ретінде жариялаңыз.',
    ],
    npm: [
      'npm install kelisim',
      'Саясат файлын жобаңызға kelisim-policy.json деп сақтаңыз.',
      'Төмендегі кодты қосымшаның кіру нүктесіне қойыңыз.',
    ],
  },
  source: 'Файлдар қайдан алынады',
  sourceSelf: 'Өз сайтыңыздан (сайт жинағы) — әдепкі',
  sourceCdn: 'jsDelivr CDN — пакет npm-де жарияланғаннан кейін қолжетімді',
  perLanguage: 'Әр тілге бөлек саясат файлы (policy.{lang}.json)',
  fixLang: 'Баннер тілін бекіту (data-lang)',
  footer: '«Cookie баптаулары» сілтемесі',
  footerHelp: 'Сайттың төменгі бөлігіне қойыңыз: келуші шешімін кез келген уақытта өзгерте алады.',
  counter: 'Есептегіш кодын қойыңыз',
  counterHelp: 'Яндекс Метрика, GA4 немесе Meta Pixel кодын осында қойыңыз: келісімсіз іске қосылмайтын нұсқасын аласыз.',
  counterOut: 'Келісімге бағынатын код',
  notes: {
    gated: '{service}: «{category}» санатына келісім берілгенде ғана іске қосылады.',
    noscript: '<noscript> пикселі ({host}) алынып тасталды: ол JavaScript-сіз жүктеледі, сондықтан оны ешбір келісім құралы тоқтата алмайды.',
    unknown: 'Бір скрипт танылмады: оны өзіңіз type="text/plain" data-consent="…" арқылы шектеңіз.',
    notInPolicy: '{service} саясатта жоқ: оны «{category}» санатына каталогтан қосыңыз.',
    integration: 'Немесе бұл кодтың орнына Kelisim тегіне {attribute}="{id}" қосыңыз: Kelisim оны келісімнен кейін өзі жүктейді.',
  },
  kit: 'Сайт жинағы',
  kitHelp: 'Бір zip: kelisim.js және оның бөліктері, саясат файлдары, құпиялылық саясаты беттері, дайын index.html және нұсқаулық.',
  kitButton: 'Сайт жинағын жүктеп алу (.zip)',
  kitFailed: 'Жинақты жасау мүмкін болмады: {detail}',
  readmeTitle: 'Kelisim сайт жинағы',
  readmeFiles: 'Жинақтағы файлдар',
  readmeSnippet: 'Код',
  readmeSteps: 'Қадамдар',
  readmeTry: 'index.html — осы кодпен дайын бет: файлдарды кез келген статикалық серверден ашып көріңіз.',
  readmeNote: 'Саясат бетін оператор өзі тексереді және ол үшін өзі жауап береді.',
};

const ru: CodeTexts = {
  platform: 'Платформа сайта',
  names: kk.names,
  steps: {
    tilda: [
      'Скачайте комплект для сайта, разместите его файлы на любом хостинге, который отдаёт JS-файлы (Tilda не хранит JS и JSON), и впишите адрес kelisim.js в поле «URL скрипта».',
      'В Tilda: «Настройки сайта» → «Ещё» → «HTML-код для вставки внутрь HEAD» — вставьте код ниже и сохраните. Политика встроена в код.',
      'Пропустите счётчики (Метрика, GA4, пиксели) через конвертер ниже и вставьте туда же, после Kelisim.',
      'Переопубликуйте все страницы («Опубликовать все страницы»).',
    ],
    wordpress: [
      'Скачайте комплект для сайта и загрузите его файлы в папку /kelisim/ в корне сайта (файловый менеджер хостинга или FTP).',
      'Вставьте код в <head>, до любых трекеров: плагином для кода в header (например, WPCode → Header) или в файл темы header.php.',
      'Пропустите счётчики через конвертер ниже; отключите плагины, которые вставляют их сами.',
      'Очистите кэш плагина кэширования.',
    ],
    bitrix: [
      'Скачайте комплект для сайта и загрузите его файлы в папку /kelisim/ в корне сайта («Контент» → «Структура сайта»).',
      'Откройте header.php шаблона (/local/templates/<шаблон>/ или /bitrix/templates/<шаблон>/) и вставьте код сразу после <head>, до $APPLICATION->ShowHead().',
      'Пропустите счётчики через конвертер ниже и очистите кэш сайта.',
    ],
    html: [
      'Скачайте комплект для сайта: его index.html — готовая страница, её можно сразу открыть.',
      'Загрузите файлы в папку /kelisim/ на вашем сайте.',
      'Вставьте код в <head> каждой страницы, до любых трекеров; пропустите счётчики через конвертер ниже.',
      'Опубликуйте privacy.kk.html, privacy.ru.html, privacy.en.html как страницу политики конфиденциальности.',
    ],
    npm: ['npm install kelisim', 'Сохраните файл политики в проекте как kelisim-policy.json.', 'Вставьте код ниже в точку входа приложения.'],
  },
  source: 'Откуда берутся файлы',
  sourceSelf: 'С вашего сайта (комплект для сайта) — по умолчанию',
  sourceCdn: 'CDN jsDelivr — доступно после публикации пакета в npm',
  perLanguage: 'Отдельный файл политики на каждый язык (policy.{lang}.json)',
  fixLang: 'Зафиксировать язык баннера (data-lang)',
  footer: 'Ссылка «Настройки cookie»',
  footerHelp: 'Вставьте в подвал сайта: посетитель сможет изменить решение в любой момент.',
  counter: 'Вставьте код счётчика',
  counterHelp: 'Вставьте сюда код Яндекс Метрики, GA4 или Meta Pixel: получите версию, которая не запускается без согласия.',
  counterOut: 'Код, подчинённый согласию',
  notes: {
    gated: '{service}: запускается только после согласия на категорию «{category}».',
    noscript: 'Пиксель <noscript> ({host}) удалён: он загружается без JavaScript, и никакой инструмент согласия не может его остановить.',
    unknown: 'Один скрипт не распознан: ограничьте его сами через type="text/plain" data-consent="…".',
    notInPolicy: '{service} нет в политике: добавьте его из каталога в категорию «{category}».',
    integration: 'Или вместо этого кода добавьте в тег Kelisim {attribute}="{id}": Kelisim сам загрузит счётчик после согласия.',
  },
  kit: 'Комплект для сайта',
  kitHelp: 'Один zip: kelisim.js и его части, файлы политики, страницы политики конфиденциальности, готовый index.html и инструкция.',
  kitButton: 'Скачать комплект для сайта (.zip)',
  kitFailed: 'Не удалось собрать комплект: {detail}',
  readmeTitle: 'Комплект Kelisim для сайта',
  readmeFiles: 'Файлы комплекта',
  readmeSnippet: 'Код',
  readmeSteps: 'Шаги',
  readmeTry: 'index.html — готовая страница с этим кодом: откройте файлы с любого статического сервера.',
  readmeNote: 'Страницу политики проверяет оператор, и он же за неё отвечает.',
};

const en: CodeTexts = {
  platform: 'Site platform',
  names: kk.names,
  steps: {
    tilda: [
      'Download the site kit, put its files on any host that serves JS files (Tilda cannot host JS or JSON files), and write the address of kelisim.js in "Script URL".',
      'In Tilda: Site settings → More → "HTML code for the HEAD section" — paste the code below and save. The policy is inside the code.',
      'Run your counters (Metrica, GA4, pixels) through the converter below and paste them in the same place, after Kelisim.',
      'Republish all pages ("Publish all pages").',
    ],
    wordpress: [
      'Download the site kit and upload its files to /kelisim/ at the site root (the hosting file manager or FTP).',
      'Paste the code into <head>, before any tracker: with a header-code plugin (e.g. WPCode → Header) or in the theme\'s header.php.',
      'Run your counters through the converter below; switch off plugins that insert them themselves.',
      'Clear the caching plugin\'s cache.',
    ],
    bitrix: [
      'Download the site kit and upload its files to /kelisim/ at the site root (Content → Site structure).',
      'Open the template\'s header.php (/local/templates/<template>/ or /bitrix/templates/<template>/) and paste the code right after <head>, before $APPLICATION->ShowHead().',
      'Run your counters through the converter below, then clear the site cache.',
    ],
    html: [
      'Download the site kit: its index.html is a ready page you can open at once.',
      'Upload the files to /kelisim/ on your site.',
      'Paste the code first in the <head> of every page, before any tracker; run your counters through the converter below.',
      'Publish privacy.kk.html, privacy.ru.html, privacy.en.html as your privacy-policy page.',
    ],
    npm: ['npm install kelisim', 'Save the policy file in your project as kelisim-policy.json.', "Put the code below in your app's entry."],
  },
  source: 'Where the files come from',
  sourceSelf: 'Your own site (the site kit) — the default',
  sourceCdn: 'jsDelivr CDN — available once the package is published on npm',
  perLanguage: 'One policy file per language (policy.{lang}.json)',
  fixLang: "Fix the banner's language (data-lang)",
  footer: 'The "Cookie settings" link',
  footerHelp: "Put it in the site's footer: visitors can change their decision at any time.",
  counter: 'Paste your counter code',
  counterHelp: 'Paste your Yandex Metrica, GA4 or Meta Pixel code here: you get a version that does not run without consent.',
  counterOut: 'The consent-gated code',
  notes: {
    gated: '{service}: runs only once the "{category}" category is granted.',
    noscript: 'The <noscript> pixel ({host}) was removed: it loads without JavaScript, so no consent tool can hold it back.',
    unknown: 'A script was not recognised: gate it yourself with type="text/plain" data-consent="…".',
    notInPolicy: '{service} is not in the policy: add it from the catalogue, in the "{category}" category.',
    integration: 'Or, instead of this code, add {attribute}="{id}" to the Kelisim tag: Kelisim loads the counter itself after consent.',
  },
  kit: 'Site kit',
  kitHelp: 'One zip: kelisim.js and its chunks, the policy files, the privacy-policy pages, a ready index.html and the steps.',
  kitButton: 'Download the site kit (.zip)',
  kitFailed: 'The kit could not be made: {detail}',
  readmeTitle: 'Kelisim site kit',
  readmeFiles: 'Files in the kit',
  readmeSnippet: 'The code',
  readmeSteps: 'Steps',
  readmeTry: 'index.html is a ready page with this code: open the files from any static server.',
  readmeNote: 'The operator checks the policy page and remains responsible for it.',
};

const TABLE: Record<Lang, CodeTexts> = { kk, ru, en };

/** The code panel's texts in `lang`. */
export const codeTexts = (lang: Lang): CodeTexts => TABLE[lang];

/** `template` with `{name}` filled from `vars`. */
export const fill = (template: string, vars: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
