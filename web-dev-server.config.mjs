// `npm start` serves the built demo; `npm run dev` serves the same pages straight from src/,
// compiling TypeScript on the fly, so an element can be looked at while it is being written.
import { esbuildPlugin } from '@web/dev-server-esbuild';

const fromSource = process.env.READING_ELEMENTS_SOURCE === '1';

/** The printed address opens the demo article. */
function redirectRootToDemo(context, next) {
  if (context.path !== '/') return next();
  context.redirect('/demo/');
  return undefined;
}

/**
 * /dist/pro-tip.js → /src/pro-tip.ts, /dist/cdn/reading-elements.js → /src/index.ts, … as a
 * redirect, so the module's own relative imports resolve inside src/.
 */
function serveSource(context, next) {
  const match = /^\/dist\/(?:cdn\/)?([\w/-]+)\.js$/.exec(context.path);
  if (!match) return next();
  const renamed = { 'reading-elements': 'index', 'reading-elements-auto': 'auto' };
  context.redirect(`/src/${renamed[match[1]] ?? match[1]}.ts`);
  return undefined;
}

export default {
  rootDir: '.',
  nodeResolve: { exportConditions: ['production'] },
  open: false,
  middleware: fromSource ? [redirectRootToDemo, serveSource] : [redirectRootToDemo],
  plugins: fromSource ? [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })] : [],
};
