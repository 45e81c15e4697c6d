export type { Logger, LogLevel } from './logger';
export { createLogger, logLevelFromEnv } from './create-logger';
export type { LogSink, LogThreshold, LoggerOptions } from './create-logger';
export { consoleSink, fileSink, memorySink } from './sinks';
export { createHostLogger } from './host-logger';
export type { HostLoggerOptions } from './host-logger';
export { scrub, scrubString, isSensitiveKey, REDACTED } from './scrub';
