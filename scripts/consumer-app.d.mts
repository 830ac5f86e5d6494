/** The repository root. */
export const ROOT: string;
/** One output file of the consumer app. */
export interface ConsumerFile {
  fileName: string;
  gzip: number;
  text: string;
}
/** Files loaded at once (`entry`) or later (`lazy`), with their total gzip size. */
export interface ConsumerBuild {
  entry: { files: ConsumerFile[]; gzip: number };
  lazy: { files: ConsumerFile[]; gzip: number };
}
export function buildConsumerApp(source: string): Promise<ConsumerBuild>;
export const CONSUMERS: Record<'kelisim' | 'vanilla' | 'orejime', string>;
