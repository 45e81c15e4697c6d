import { join } from 'node:path';
import type { Logger } from './logger';
import { createLogger, logLevelFromEnv } from './create-logger';
import type { LogSink } from './create-logger';
import { consoleSink, fileSink } from './sinks';

export interface HostLoggerOptions {
  /** `<dataDir>/logs`: the file is `pos.log` inside it. */
  logDir: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Echo to the console too (development runs, the browser host). */
  console: boolean;
}

/** The logger both hosts (Electron, browser host) build: scrubbed JSON lines in a file (+ console). */
export function createHostLogger({ logDir, env, console }: HostLoggerOptions): Logger {
  const level = logLevelFromEnv(env);
  const sinks: LogSink[] = level === 'silent' ? [] : [fileSink(join(logDir, 'pos.log'))];
  if (console) sinks.push(consoleSink());
  return createLogger({ level, sinks });
}
