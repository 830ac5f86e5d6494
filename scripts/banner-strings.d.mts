export declare const BANNER_KEYS: string[];
export declare function widgetLocale(lang: 'kk' | 'ru' | 'en'): Record<string, unknown>;
export declare function flatKeys(object: object, prefix?: string): string[];
export declare function bannerStrings(lang: 'kk' | 'ru' | 'en'): Record<string, string>;
export declare function widgetKeys(lang: 'kk' | 'ru' | 'en'): string[];
export declare function dialogStrings(lang: 'kk' | 'ru' | 'en'): Record<string, string>;
export declare function pageStrings(lang: 'kk' | 'ru' | 'en'): Record<string, string>;
