import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronState, resetElectron } from './mocks/electron';

vi.mock('electron', () => import('./mocks/electron'));
vi.mock('electron-updater', () => ({ default: { autoUpdater: { checkForUpdatesAndNotify: vi.fn(async () => null) } } }));
// The real core opens a ledger; here it fails the way a broken disk would, with card data in the message.
vi.mock('../../main/core/app-core', () => ({
  createAppCore: vi.fn(async () => {
    throw new Error('ledger locked while charging 4111111111111111');
  }),
}));

describe('main/electron/index.ts', () => {
  it('shows a scrubbed error box and exits with 1 when the services cannot start', async () => {
    resetElectron();
    vi.stubEnv('POS_DATA_DIR', mkdtempSync(join(tmpdir(), 'pos-entry-')));
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await import('../../main/electron/index');
    electronState.app.markReady();
    await vi.waitFor(() => expect(electronState.app.exit).toHaveBeenCalledWith(1));
    const [[title, message]] = electronState.dialog.showErrorBox.mock.calls as [[string, string]];
    expect(title).toBe('Hecto POS could not start');
    expect(message).toBe('ledger locked while charging [redacted]');
    expect(JSON.stringify(consoleError.mock.calls)).not.toContain('4111111111111111');
    vi.unstubAllEnvs();
  });
});
