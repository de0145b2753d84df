// Component tests in a real browser (Debian's Chromium, driven by Playwright): bpmn-js needs
// layout and SVG geometry that jsdom lacks. Run alone with
//   pnpm --filter @amtsweg/web exec vitest run --config vitest.browser.config.ts
// or as the `web:browser` project of the root vitest.config.ts.
import vue from '@vitejs/plugin-vue';
import { playwright } from '@vitest/browser-playwright';
import { defineProject } from 'vitest/config';

export default defineProject({
  plugins: [vue()],
  define: {
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  // Pre-bundled up front: discovering them mid-run would make Vite reload the test page.
  optimizeDeps: {
    include: [
      'bpmn-js/lib/Modeler',
      'bpmn-js/lib/NavigatedViewer',
      'bpmn-js-properties-panel',
      'axe-core',
      // The dashboard's charts (test/browser/projectDashboardChart.test.ts).
      'echarts/core',
      'echarts/charts',
      'echarts/components',
      'echarts/renderers',
      'vue-echarts',
      'vue',
      'vue-i18n',
      '@vue/test-utils',
      // The matching engine's CommonJS dependencies, reached through the workspace package.
      '@amtsweg/shared > bpmn-moddle',
      '@amtsweg/shared > munkres',
      '@amtsweg/shared > snowball-stemmers',
    ],
  },
  test: {
    name: 'web:browser',
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 30_000,
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          // Never a downloaded browser: Debian's Chromium (`apt-get install chromium`).
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      }),
      instances: [{ browser: 'chromium', viewport: { width: 1280, height: 900 } }],
    },
  },
});
