import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // An accidental `import 'electron'` (electron-store does one) must not try to fetch a binary.
    env: { ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent-electron-dist', POS_LOG_LEVEL: 'silent' },
  },
});
