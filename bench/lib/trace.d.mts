/** Trace categories the analysis needs. */
export const TRACE_CATEGORIES: string[];
/** A library's main-thread time from a Chromium trace of one visit (see trace.mjs). */
export function libraryMainThreadTime(
  events: unknown[],
  where: { origin: string; pagePath: string; libraryPaths: string[]; excludePaths?: string[]; endMark?: string },
): {
  ms: number;
  wallMs: number;
  cpuMs: number | null;
  byEvent: Record<string, number>;
  excludedMs: number;
  unsampledMs: number;
  complete: boolean;
  uncoveredMs: number;
  samples: number;
};
