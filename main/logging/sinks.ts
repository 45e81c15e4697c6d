import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LogLevel } from './logger';
import type { LogSink } from './create-logger';

/**
 * Appends JSON lines to one file. Synchronous on purpose: lines around a crash (the moment a
 * payment's fate matters most) must be on disk, and POS log volume is tiny.
 */
export function fileSink(filePath: string): LogSink {
  mkdirSync(dirname(filePath), { recursive: true });
  return { write: (line) => appendFileSync(filePath, `${line}\n`, { encoding: 'utf8', mode: 0o600 }) };
}

/** stderr for warnings and errors (the only console methods lint allows), stdout otherwise. */
export function consoleSink(out: Pick<NodeJS.WriteStream, 'write'> = process.stdout): LogSink {
  return {
    write: (line: string, level: LogLevel) => {
      if (level === 'warn' || level === 'error') console.error(line);
      else out.write(`${line}\n`);
    },
  };
}

/** Collects lines in memory: for tests and for hosts that show recent logs. */
export function memorySink(): LogSink & { lines: string[] } {
  const lines: string[] = [];
  return { lines, write: (line) => void lines.push(line) };
}
