export declare const BANNER_KEYS: string[];
export declare function widgetLocale(lang: 'kk' | 'ru' | 'en'): Record<string, unknown>;
export declare function bannerStrings(lang: 'kk' | 'ru' | 'en'): Record<string, string>;
