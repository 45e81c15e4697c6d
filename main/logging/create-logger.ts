import type { Logger, LogLevel } from './logger';
import { scrub, scrubString } from './scrub';

/** `silent` writes nothing (tests); the others are thresholds. */
export type LogThreshold = LogLevel | 'silent';

const RANK: Record<LogThreshold, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

const RESERVED = ['time', 'level', 'msg'] as const;

/** Receives one finished, already-scrubbed JSON line (no trailing newline). */
export interface LogSink {
  write(line: string, level: LogLevel): void;
}

export interface LoggerOptions {
  level: LogThreshold;
  sinks: readonly LogSink[];
  now?: () => number;
}

/** POS_LOG_LEVEL=debug|info|warn|error|silent; anything else falls back to `info`. */
export function logLevelFromEnv(env: Readonly<Record<string, string | undefined>>): LogThreshold {
  const raw = env.POS_LOG_LEVEL?.trim().toLowerCase();
  return raw !== undefined && Object.hasOwn(RANK, raw) ? (raw as LogThreshold) : 'info';
}

/** The one logger implementation: scrubs message and context, then hands a JSON line to each sink. */
export function createLogger({ level, sinks, now = Date.now }: LoggerOptions): Logger {
  const write = (at: LogLevel, message: string, context?: Record<string, unknown>): void => {
    if (RANK[at] < RANK[level]) return;
    let line: string;
    try {
      const scrubbed = context === undefined ? {} : (scrub(context) as Record<string, unknown>);
      // A context key must not overwrite the line's own time/level/msg (and so mislead a reader).
      const ctx = Object.fromEntries(
        Object.entries(scrubbed).map(([key, value]) => [(RESERVED as readonly string[]).includes(key) ? `context.${key}` : key, value]),
      );
      line = JSON.stringify({ time: new Date(now()).toISOString(), level: at, msg: scrubString(message), ...ctx });
    } catch {
      // Logging must never throw into the caller; keep the (scrubbed) message at least.
      line = JSON.stringify({ time: new Date(now()).toISOString(), level: at, msg: scrubString(message), logError: 'context not serialisable' });
    }
    for (const sink of sinks) {
      try {
        sink.write(line, at);
      } catch {
        // A full disk must not take a payment down with it.
      }
    }
  };
  return {
    debug: (message, context) => write('debug', message, context),
    info: (message, context) => write('info', message, context),
    warn: (message, context) => write('warn', message, context),
    error: (message, context) => write('error', message, context),
  };
}
