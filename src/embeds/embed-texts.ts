import type { Lang } from '../core/policy-types';

/** The words of a placeholder in one language: the `embed` section of `locales/<lang>.json`. */
export interface EmbedTexts {
  title: string;
  video: string;
  map: string;
  other: string;
  load: string;
  settings: string;
  countries: Record<string, string>;
}

/**
 * The `embed` section of each locale, copied here so the embeds' chunk carries these few words and
 * not three whole locales (Vite inlines a large JSON file whole). test/unit/embed-texts.test.ts
 * keeps the copy equal to the locales.
 */
export const EMBED_TEXTS: Record<Lang, EmbedTexts> = {
  kk: {"title": "{{name}} ({{provider}}, {{country}})", "video": "бейнені көру үшін келісім қажет", "map": "картаны көру үшін келісім қажет", "other": "мазмұнды көру үшін келісім қажет", "load": "{{name}} жүктеу", "settings": "Cookie баптаулары", "countries": {"KZ": "Қазақстан", "RU": "Ресей", "US": "АҚШ", "IE": "Ирландия", "NL": "Нидерланд", "DE": "Германия", "FI": "Финляндия"}},
  ru: {"title": "{{name}} ({{provider}}, {{country}})", "video": "для просмотра видео нужно согласие", "map": "для просмотра карты нужно согласие", "other": "для просмотра содержимого нужно согласие", "load": "Загрузить {{name}}", "settings": "Настройки cookie", "countries": {"KZ": "Казахстан", "RU": "Россия", "US": "США", "IE": "Ирландия", "NL": "Нидерланды", "DE": "Германия", "FI": "Финляндия"}},
  en: {"title": "{{name}} ({{provider}}, {{country}})", "video": "consent is needed to watch the video", "map": "consent is needed to see the map", "other": "consent is needed to see this content", "load": "Load {{name}}", "settings": "Cookie settings", "countries": {"KZ": "Kazakhstan", "RU": "Russia", "US": "USA", "IE": "Ireland", "NL": "the Netherlands", "DE": "Germany", "FI": "Finland"}},
};
