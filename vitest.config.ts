import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tier: pure lib/, data validation, utils with fakeBrowser, components with happy-dom.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['{lib,utils,components,entrypoints,tests/unit}/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
  },
});
