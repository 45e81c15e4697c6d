import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A scratch data directory for one figure. */
export function benchDir(): { path: string; cleanup: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'pos-bench-'));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}
