import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { precompileMessages } from './scripts/vitePrecompileMessages.ts';
import { initialVendorChunk } from './scripts/viteVendorChunk.ts';

const apiTarget = process.env.AMTSWEG_API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig(({ command }) => ({
  plugins: [vue(), precompileMessages()],
  define: {
    // Only <script setup> components: Vue's Options API support can be left out.
    __VUE_OPTIONS_API__: false,
    // vue-i18n: Composition API only, no devtools; messages are precompiled for production builds.
    __INTLIFY_DROP_MESSAGE_COMPILER__: command === 'build',
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __VUE_PROD_DEVTOOLS__: false,
  },
  server: {
    proxy: {
      '/graphql': apiTarget,
      '/healthz': apiTarget,
      '/readyz': apiTarget,
    },
  },
  preview: {
    proxy: {
      '/graphql': apiTarget,
      '/healthz': apiTarget,
      '/readyz': apiTarget,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Framework code in one long-cached chunk, named for what it is; lazily loaded libraries
        // (bpmn-js) stay in their own chunks.
        codeSplitting: { groups: [initialVendorChunk] },
      },
    },
  },
}));
