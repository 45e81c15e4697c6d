import { describe, expect, it } from 'vitest';
import { DEV_OVERRIDE_VARS, devOverrides } from '../../main/config/dev-overrides';
import { PORTONE_API_URL } from '../../main/core/environment';
import { PORTONE_SDK_URL, windowConfigFor } from '../../main/window-payments/config';

const ALL_SET = {
  PORTONE_API_URL: 'http://127.0.0.1:9',
  POS_IAMPORT_JS_URL: 'http://127.0.0.1:9/iamport.js',
  POS_SQLITE_BINDING: '/tmp/evil.node',
  POS_DEVTOOLS: '1',
  POS_LANG: 'en',
};

describe('developer overrides (issue 13, finding 3)', () => {
  it('an installed build honours none of them and names each one it ignored', () => {
    expect(devOverrides(ALL_SET, true)).toEqual({ overrides: { devTools: false }, ignored: [...DEV_OVERRIDE_VARS] });
    expect(devOverrides({ POS_LANG: 'en' }, true)).toEqual({ overrides: { devTools: false }, ignored: [] });
  });

  it('a development run honours each one that is set (blank counts as unset)', () => {
    expect(devOverrides(ALL_SET, false)).toEqual({
      overrides: {
        portoneApiUrl: 'http://127.0.0.1:9',
        iamportJsUrl: 'http://127.0.0.1:9/iamport.js',
        sqliteNativeBinding: '/tmp/evil.node',
        devTools: true,
      },
      ignored: [],
    });
    expect(devOverrides({ PORTONE_API_URL: '  ', POS_DEVTOOLS: '0' }, false)).toEqual({ overrides: { devTools: false }, ignored: [] });
  });

  it('real PortOne (test or live) always gets the official SDK, whatever POS_IAMPORT_JS_URL says', () => {
    const config = windowConfigFor({
      apiBaseUrl: PORTONE_API_URL,
      settings: { impCode: 'imp12345678', windowMid: 'mid1' },
      sdkUrl: 'http://127.0.0.1:9/iamport.js',
      sandbox: { impCode: 'x', windowMid: 'y' },
    });
    expect(config.sdkUrl).toBe(PORTONE_SDK_URL);
    expect(config.extraOrigins).toEqual([]);
  });
});
