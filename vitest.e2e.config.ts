import { defineConfig } from 'vitest/config';

// Browser tier: the built extension in real Chromium. One file at a time keeps
// two cores free enough for honest timing and avoids browser start-up contention.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
