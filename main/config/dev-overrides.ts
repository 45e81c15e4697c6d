/**
 * Which developer overrides from the environment a run honours. Each of these changes the code
 * main loads or the endpoints it sends secrets and card numbers to, so an installed (packaged)
 * build ignores them all: the fuses stop `ELECTRON_RUN_AS_NODE` and `--inspect`, and these
 * would otherwise undo that from a shortcut or a login script. Variables that only pick a
 * language, a log level or the data directory are not overrides in this sense and stay usable.
 */
export const DEV_OVERRIDE_VARS = ['PORTONE_API_URL', 'POS_IAMPORT_JS_URL', 'POS_SQLITE_BINDING', 'POS_DEVTOOLS'] as const;
export type DevOverrideVar = (typeof DEV_OVERRIDE_VARS)[number];

export interface DevOverrides {
  /** PORTONE_API_URL: a PortOne-compatible API (the sandbox) instead of the embedded one / api.iamport.kr. */
  portoneApiUrl?: string;
  /** POS_IAMPORT_JS_URL: the JS SDK the payment page loads. */
  iamportJsUrl?: string;
  /** POS_SQLITE_BINDING: a better-sqlite3 native module built for another runtime. */
  sqliteNativeBinding?: string;
  /** POS_DEVTOOLS=1: open DevTools on the cashier window. */
  devTools: boolean;
}

export interface DevOverridePolicy {
  overrides: DevOverrides;
  /** Set in the environment but ignored because the build is packaged (for one warning in the log). */
  ignored: DevOverrideVar[];
}

export function devOverrides(env: Readonly<Record<string, string | undefined>>, isPackaged: boolean): DevOverridePolicy {
  const set = (name: DevOverrideVar): string | undefined => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  if (isPackaged) return { overrides: { devTools: false }, ignored: DEV_OVERRIDE_VARS.filter((name) => set(name) !== undefined) };
  const portoneApiUrl = set('PORTONE_API_URL');
  const iamportJsUrl = set('POS_IAMPORT_JS_URL');
  const sqliteNativeBinding = set('POS_SQLITE_BINDING');
  return {
    overrides: {
      ...(portoneApiUrl ? { portoneApiUrl } : {}),
      ...(iamportJsUrl ? { iamportJsUrl } : {}),
      ...(sqliteNativeBinding ? { sqliteNativeBinding } : {}),
      devTools: set('POS_DEVTOOLS') === '1',
    },
    ignored: [],
  };
}
