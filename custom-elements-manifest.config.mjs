/**
 * The manifest is written for the people and tools that install the package: module paths are
 * the shipped `dist/*.js` files, each public entry says which tag it registers
 * (`custom-element-definition`), and only the public API is kept — private and protected
 * members, static members and modules that declare no element are left out. The JSX, Vue and
 * Svelte types and the editor data (scripts/generate-types.mjs) are generated from it.
 */

/** `src/pro-tip/pro-tip.ts` → `dist/pro-tip/pro-tip.js`; `./pro-tip/pro-tip.js` from an entry → `dist/pro-tip/pro-tip.js`. */
function shipped(path, from = 'src/') {
  const base = from.slice(0, from.lastIndexOf('/') + 1);
  const joined = path.startsWith('./') ? base + path.slice(2) : path;
  return joined.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
}

function isPublic(member) {
  return (member.privacy ?? 'public') === 'public' && !member.static && !member.name.startsWith('_');
}

function consumerManifest({ customElementsManifest: manifest }) {
  const elements = new Map();
  for (const module of manifest.modules)
    for (const declaration of module.declarations ?? [])
      if (declaration.customElement && declaration.tagName) elements.set(declaration.name, declaration);

  const modules = [];
  for (const module of manifest.modules) {
    const declarations = (module.declarations ?? []).filter((declaration) => elements.has(declaration.name));
    // A public entry (src/<tag>.ts) re-exports the class it registers.
    const entryClass = /^src\/[^/]+\.ts$/.test(module.path)
      ? (module.exports ?? []).find((entry) => elements.has(entry.name))
      : undefined;
    if (!declarations.length && !entryClass) continue;

    for (const declaration of declarations) {
      declaration.members = (declaration.members ?? []).filter(isPublic);
      delete declaration.superclass;
      for (const member of declaration.members) delete member.inheritedFrom;
    }
    const path = shipped(module.path);
    let exports;
    if (entryClass) {
      const element = elements.get(entryClass.name);
      const home = manifest.modules.find((candidate) => candidate.declarations?.includes(element));
      const declaration = { name: element.name, module: shipped(home.path) };
      exports = [
        { kind: 'js', name: element.name, declaration },
        { kind: 'custom-element-definition', name: element.tagName, declaration },
      ];
    } else {
      exports = declarations.map((declaration) => ({
        kind: 'js',
        name: declaration.name,
        declaration: { name: declaration.name, module: path },
      }));
    }
    modules.push({ kind: 'javascript-module', path, declarations, exports });
  }
  manifest.modules = modules.sort((a, b) => a.path.localeCompare(b.path));
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.strings.ts'],
  outdir: '.',
  litelement: true,
  plugins: [{ name: 'consumer-manifest', packageLinkPhase: consumerManifest }],
};
