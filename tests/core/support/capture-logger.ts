import type { Logger, LogLevel } from '../../../main/logging/logger';

/**
 * Records every call verbatim, without the production logger's scrubber: a test that finds no
 * card data here proves the code never logged any, not that the scrubber caught it.
 */
export function captureLogger(): Logger & { lines: string[]; text(): string } {
  const lines: string[] = [];
  const log = (level: LogLevel) => (message: string, context?: Record<string, unknown>) => {
    lines.push(JSON.stringify({ level, message, context }));
  };
  return {
    lines,
    text: () => lines.join('\n'),
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
  };
}
