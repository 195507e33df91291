// `npm start` serves the built demo; `npm run dev` serves the same pages straight from src/,
// compiling TypeScript on the fly, so an element can be looked at while it is being written.
import { esbuildPlugin } from '@web/dev-server-esbuild';

const fromSource = process.env.READING_ELEMENTS_SOURCE === '1';

export default {
  rootDir: '.',
  nodeResolve: { exportConditions: ['production'] },
  open: false,
  appIndex: undefined,
  middleware: fromSource
    ? [
        // /dist/pro-tip.js → /src/pro-tip.ts, /dist/cdn/reading-elements.js → /src/index.ts, …
        function serveSource(context, next) {
          const match = /^\/dist\/(?:cdn\/)?([\w/-]+)\.js$/.exec(context.path);
          if (match) {
            const name = match[1] === 'reading-elements' ? 'index' : match[1] === 'reading-elements-auto' ? 'auto' : match[1];
            context.url = `/src/${name}.ts`;
          }
          return next();
        },
      ]
    : [],
  plugins: fromSource ? [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })] : [],
};
