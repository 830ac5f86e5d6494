/** `content-type` by file extension (with the dot). */
export const CONTENT_TYPES: Readonly<Record<string, string>>;
