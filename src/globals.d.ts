/** The package version, replaced at build time. */
declare const __KELISIM_VERSION__: string;
