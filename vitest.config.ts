import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { ownContentContext } from './wxt.config';

// Unit tier: pure lib/, data validation, utils with fakeBrowser, components with happy-dom.
// The content script's context is built as in the extension (wxt.config.ts).
export default defineConfig({
  plugins: [WxtVitest(), ownContentContext()],
  test: {
    include: ['{lib,utils,components,entrypoints,scripts,tests/unit}/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
  },
});
