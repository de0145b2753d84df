// Vite plugin: compiles the vue-i18n message modules (src/i18n/<locale>.ts) to message ASTs at
// build time, so the production bundle can leave out vue-i18n's message compiler (about 6 kB
// gzip; see `__INTLIFY_DROP_MESSAGE_COMPILER__`). Messages stay plain, readable TypeScript.
import { baseCompile } from '@intlify/message-compiler';
import type { Plugin } from 'vite';

const MESSAGE_MODULE = /[\\/]src[\\/]i18n[\\/](?:[A-Za-z]+\.)?[a-z]{2}\.ts$/;

type MessageTree = { [key: string]: string | MessageTree };

function compileTree(tree: MessageTree, path: string[] = []): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(tree).map(([key, value]) => {
      if (typeof value !== 'string') return [key, compileTree(value, [...path, key])];
      const { ast } = baseCompile(value, {
        jit: true,
        location: false,
        minify: true,
        onError: (error) => {
          throw new Error(`i18n message ${[...path, key].join('.')}: ${error.message}`);
        },
      });
      return [key, ast];
    }),
  );
}

export function precompileMessages(): Plugin {
  return {
    name: 'amtsweg:precompile-i18n-messages',
    apply: 'build',
    enforce: 'post',
    async transform(code, id) {
      if (!MESSAGE_MODULE.test(id)) return null;
      // After Vite's own TypeScript transform the module is plain JS with a default export of
      // string leaves and no runtime imports, so it can be evaluated on its own.
      const module = (await import(
        `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
      )) as { default: MessageTree };
      return { code: `export default ${JSON.stringify(compileTree(module.default))};`, map: null };
    },
  };
}
