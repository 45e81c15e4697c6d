import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEFAULT_PRINTER_SETTINGS, PrinterSettings } from '../../contract/printer';
import type { Logger } from '../logging/logger';

export interface PrinterSettingsStore {
  get(): PrinterSettings;
  set(next: PrinterSettings): void;
}

/**
 * Printer settings in their own JSON file beside the ledger (both hosts): read once, each field
 * checked on its own so one bad value falls back to its default without losing the others;
 * written to a temp file and renamed, so a crash leaves the old or the new file.
 */
export function createPrinterSettingsStore(options: { filePath: string; logger?: Logger }): PrinterSettingsStore {
  let cached: PrinterSettings | null = null;

  function load(): PrinterSettings {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(options.filePath, 'utf8')) as unknown;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') options.logger?.warn('printer settings unreadable, using defaults', { error });
      return { ...DEFAULT_PRINTER_SETTINGS };
    }
    const settings: Record<string, unknown> = { ...DEFAULT_PRINTER_SETTINGS };
    if (typeof raw === 'object' && raw !== null) {
      for (const [key, field] of Object.entries(PrinterSettings.shape)) {
        const parsed = field.safeParse((raw as Record<string, unknown>)[key]);
        if (parsed.success) settings[key] = parsed.data;
        else if (key in raw) options.logger?.warn('printer setting invalid, using its default', { field: key });
      }
    }
    return PrinterSettings.parse(settings);
  }

  return {
    get() {
      cached ??= load();
      return { ...cached };
    },
    set(next) {
      const valid = PrinterSettings.parse(next);
      mkdirSync(dirname(options.filePath), { recursive: true });
      const temp = `${options.filePath}.${process.pid}.tmp`;
      writeFileSync(temp, `${JSON.stringify(valid, null, 2)}\n`, { encoding: 'utf8', mode: 0o600 });
      renameSync(temp, options.filePath);
      cached = { ...valid };
    },
  };
}
