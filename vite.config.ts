// Vite build for the Steward PWA. Test settings live in vitest.config.ts.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type ResolvedConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Navy of the icons and browser chrome: 12.4:1 against white (WCAG AA needs 4.5:1). */
const themeColor = '#1d3557';

/** Ionic's component modules (see treeshake below). */
const ionicModule = /[\\/]node_modules[\\/]@ionic[\\/](core[\\/]components|react[\\/]dist)[\\/]/;

/**
 * Writes .br and .gz twins of text files after the build (the service worker included), so the
 * server can send compressed bytes without compressing on every request (@fastify/static
 * `preCompressed`). Workbox's globPatterns do not match the twins, so they are never precached.
 */
function precompress(): Plugin {
  const compressible = /\.(js|mjs|css|html|svg|webmanifest|json|txt)$/;
  const brotli = promisify(brotliCompress);
  const gz = promisify(gzip);
  let outDir = 'dist';
  async function* files(dir: string): AsyncGenerator<string> {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) yield* files(full);
      else if (compressible.test(entry.name)) yield full;
    }
  }
  return {
    name: 'steward:precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config: ResolvedConfig) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const jobs: Promise<void>[] = [];
        for await (const file of files(outDir)) {
          jobs.push(
            (async () => {
              if ((await stat(file)).size < 1024) return;
              const raw = await readFile(file);
              const br = await brotli(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length } });
              const gzipped = await gz(raw, { level: 9 });
              if (br.length < raw.length * 0.9) await writeFile(`${file}.br`, br);
              if (gzipped.length < raw.length * 0.9) await writeFile(`${file}.gz`, gzipped);
            })(),
          );
        }
        await Promise.all(jobs);
      },
    },
  };
}

/** @ionic/react's one module (see ionicReactPerComponent). */
const ionicReactIndex = /[\\/]node_modules[\\/]@ionic[\\/]react[\\/]dist[\\/]index\.js$/;
const componentQuery = '?ionic-component=';

/**
 * @ionic/react ships all its component wrappers in ONE module (dist/index.js), which imports every
 * Ionic component. The bundler splits code by module, so a component used by any lazy screen (a
 * select, with its alert, popover and modal) was bundled with that module into the first screen.
 * This moves each `createComponent` wrapper, verbatim, into a module of its own (the same file
 * with `?ionic-component=Name`), imported back by dist/index.js; unused ones are then dropped and a
 * component only a lazy screen uses goes to that screen's chunk. Overlay wrappers (IonAlert,
 * IonToast…) use a helper inside the module and stay. Fails the build if @ionic/react changes shape.
 */
function ionicReactPerComponent(): Plugin {
  const parts = new Map<string, string>();
  return {
    name: 'steward:ionic-react-per-component',
    apply: 'build',
    transform(code, id) {
      if (!ionicReactIndex.test(id)) return null;
      const block = /^const (Ion\w+) = \/\*@__PURE__\*\/ createComponent\(\{\n[\s\S]*?\n\}\);\n/gm;
      let moved = 0;
      const rest = code.replace(block, (text, name: string) => {
        const used = [...text.matchAll(/(?:elementClass|defineCustomElement): ([\w$]+)/g)].map((m) => m[1]!);
        const imports = code
          .split('\n')
          .filter((line) => line.startsWith('import ') && used.some((u) => line.includes(` as ${u} `) || line.includes(` as ${u},`)));
        if (used.length !== 2 || imports.length !== 1)
          throw new Error(`steward:ionic-react-per-component: cannot move ${name}; check @ionic/react's dist/index.js`);
        parts.set(
          `${id}${componentQuery}${name}`,
          `import React from 'react';\nimport { createComponent } from '@stencil/react-output-target/runtime';\n${imports[0]}\n${text}export { ${name} };\n`,
        );
        moved++;
        return `import { ${name} } from '${id}${componentQuery}${name}';\n`;
      });
      if (moved < 50)
        throw new Error(`steward:ionic-react-per-component: moved only ${moved} wrappers; check @ionic/react's dist/index.js`);
      return { code: rest, map: null };
    },
    resolveId(source) {
      return parts.has(source) ? source : null;
    },
    load(id) {
      return parts.get(id) ?? null;
    },
  };
}

/**
 * Puts the entry script and its modulepreloads in `<template id="app-code">`, which index.html's
 * inline script adds to the page once the first paint (#first-paint) is on screen. On a phone the
 * first paint never waits for the app's code (index.html and its stylesheet alone draw it), and
 * this keeps it so on a fast network too; Lighthouse's simulated phone replays the order of a run
 * on the machine it runs on, where module scripts arrive first and would count towards the paint.
 * The entry runs the app's start-up in steps, each a dynamic import (src/app/main.tsx); every file
 * those steps import is preloaded here too, so no step waits for the network. Fails the build if
 * Vite's tags change shape, or the entry has no steps.
 */
function scriptsAfterFirstPaint(): Plugin {
  const tag = /\n?\s*<(?:script type="module" crossorigin src="[^"]+"><\/script|link rel="modulepreload" crossorigin href="[^"]+")>/g;
  return {
    name: 'steward:scripts-after-first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle, chunk }) {
        const tags: string[] = [...(html.match(tag) ?? [])];
        if (!tags.some((t) => t.includes('<script'))) throw new Error('steward:scripts-after-first-paint: no entry script in index.html');
        // The entry's dynamic imports are its start-up steps (src/app/main.tsx): preload them and all they import.
        if (!bundle || !chunk?.dynamicImports.length)
          throw new Error('steward:scripts-after-first-paint: the entry imports no start-up steps');
        const steps = new Set<string>();
        const add = (file: string) => {
          const part = bundle[file];
          if (steps.has(file) || file === chunk.fileName || part?.type !== 'chunk') return;
          steps.add(file);
          part.imports.forEach(add);
        };
        chunk.dynamicImports.forEach(add);
        for (const file of steps)
          if (!tags.some((t) => t.includes(`/${file}"`))) tags.push(`<link rel="modulepreload" crossorigin href="/${file}">`);
        // Preloads first, so the entry's imports are asked for alongside it.
        const code = tags
          .map((t) => t.trim())
          .sort((a, b) => Number(a.startsWith('<script')) - Number(b.startsWith('<script')))
          .join('\n      ');
        return html.replace(tag, '').replace('</head>', `  <template id="app-code">\n      ${code}\n    </template>\n  </head>`);
      },
    },
  };
}

export default defineConfig({
  resolve: {
    // Ionicons' SVG files as URLs (`ionicons-svg/name.svg?url`): a screen loaded later can use an icon
    // without its drawing joining the first screen's JavaScript (icons imported from 'ionicons/icons'
    // all land in the entry chunk). The package's exports map does not list its svg folder.
    alias: { 'ionicons-svg': path.resolve(import.meta.dirname, 'node_modules/ionicons/dist/svg') },
  },
  build: {
    target: 'es2022',
    modulePreload: {
      // A lazy chunk's own imports are left to the browser's module loader: the preload helper's
      // <link rel=modulepreload> for each of them, added to the page inside the import's task, made
      // that task long (the tabs' 15 links cost as much as rendering them; each idle screen preload
      // likewise). Its CSS is still added. index.html keeps its preloads (scriptsAfterFirstPaint).
      resolveDependencies: (_chunk, deps, { hostType }) => (hostType === 'html' ? deps : deps.filter((d) => d.endsWith('.css'))),
    },
    // Routes and heavy libraries are lazy chunks; no manualChunks that would pull them into the entry.
    rolldownOptions: {
      treeshake: {
        // @ionic/react and @ionic/core/components declare no "sideEffects", so every component
        // @ionic/react re-exports (datetime, modal, picker…) would land in the entry even if no
        // screen uses it. Their modules only define things when called, so let unused ones go
        // (about 85 KB gzip off the first screen). Remove this line if an Ionic component stops
        // registering itself.
        moduleSideEffects: (id) => (ionicModule.test(id) ? false : undefined),
        // @ionic/react makes IonNav with these two without a /*@__PURE__*/ mark (every other wrapper
        // has one), so ion-nav was bundled though no screen uses it. Both only build a component.
        manualPureFunctions: ['createReactComponent', 'createForwardRef'],
      },
      output: {
        codeSplitting: {
          groups: [
            // The sign-in form and the server's notices need only the session and SyncError (no zod);
            // left to itself the bundler put these in the sync engine's chunk, and the welcome
            // screen then downloaded the whole engine and the record checks with them. Only these
            // two modules: with their dependencies (the bundler's default) the group took every
            // domain module and zod, and both first screens downloaded them.
            { name: 'sync-session', test: /[\\/]src[\\/]sync[\\/](session|errors)\.ts$/, includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
  plugins: [
    ionicReactPerComponent(),
    scriptsAfterFirstPaint(),
    react(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false, // src/platform/serviceWorker.ts registers it (never in the native shell)
      manifest: {
        id: '/',
        name: 'Steward — school improvement for governors',
        short_name: 'Steward',
        description:
          'Action plans, half-termly reviews, visits, attendance challenge and minutes for governors of schools causing concern. Works offline.',
        theme_color: themeColor,
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '/',
        scope: '/',
        lang: 'en-GB',
        dir: 'ltr',
        categories: ['education', 'productivity'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        // Lazy chunks (exports, charts) can be large; they must still be precached for offline use.
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // The first install takes control of the open page at once, so it works offline without a reload.
        clientsClaim: true,
      },
      devOptions: { enabled: false },
    }),
    precompress(),
  ],
});
