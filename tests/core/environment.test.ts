import { describe, expect, it } from 'vitest';
import type { StoredSettings } from '../../main/config/settings-store';
import { defaultSettings } from '../../main/config/stored-settings';
import { apiEnvOf, chooseEnvironment, maskKey, PORTONE_API_URL } from '../../main/core/environment';

// A fresh install's settings (tests/config pins what those are), changed where a test says.
const settings = (overrides: Partial<StoredSettings> = {}): StoredSettings => ({ ...defaultSettings(), ...overrides });
const sandboxAccount = { impKey: 'sandbox-key', impSecret: 'sandbox-secret', keyedMid: 'nxca_jt_bi' };
const saved = { impKey: 'live-key-1234567', impSecret: 'live-secret' };

describe('chooseEnvironment', () => {
  it('sandbox mode, or no saved credentials → the embedded sandbox', () => {
    expect(chooseEnvironment(settings(), saved, undefined, sandboxAccount)).toEqual({ kind: 'embedded-sandbox' });
    expect(chooseEnvironment(settings({ mode: 'live' }), null, undefined, sandboxAccount)).toEqual({ kind: 'embedded-sandbox' });
  });

  it('test / live with credentials → api.iamport.kr with the saved key and the configured MID', () => {
    expect(chooseEnvironment(settings({ mode: 'live', keyedMid: 'M123' }), saved, undefined, sandboxAccount)).toEqual({
      kind: 'remote',
      baseUrl: PORTONE_API_URL,
      credentials: saved,
      keyedMid: 'M123',
      sandbox: false,
      ownCredentials: true,
    });
    expect(chooseEnvironment(settings({ mode: 'test' }), saved, undefined, sandboxAccount)).toMatchObject({ sandbox: true, keyedMid: null });
  });

  it('PORTONE_API_URL wins; without saved credentials it uses the sandbox account', () => {
    expect(chooseEnvironment(settings({ mode: 'live' }), null, 'http://127.0.0.1:9999/', sandboxAccount)).toEqual({
      kind: 'remote',
      baseUrl: 'http://127.0.0.1:9999',
      credentials: { impKey: 'sandbox-key', impSecret: 'sandbox-secret' },
      keyedMid: 'nxca_jt_bi',
      sandbox: true,
      ownCredentials: false,
    });
    expect(chooseEnvironment(settings({ mode: 'live' }), saved, 'http://x', sandboxAccount)).toMatchObject({
      credentials: saved,
      sandbox: false,
      keyedMid: null,
    });
  });

  it('names an account without writing its key, and masks keys for display', () => {
    const env = apiEnvOf(PORTONE_API_URL, saved.impKey);
    expect(env).not.toContain(saved.impKey);
    expect(env).not.toBe(apiEnvOf(PORTONE_API_URL, 'another-key-000'));
    expect(maskKey(saved.impKey)).toBe('live••••••••4567');
    expect(maskKey('short')).toBe('••••••••');
  });
});
