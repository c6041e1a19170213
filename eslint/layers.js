// A local ESLint rule that enforces Steward's one-way layers (docs/ARCHITECTURE.md).
// It resolves every import to a folder under src/ and checks it against the allowed table.
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const src = path.join(root, 'src');

/** Which layers each layer may import from (its own always allowed, except features). */
const allowed = {
  domain: [],
  data: ['domain'],
  sync: ['domain', 'data', 'platform'],
  platform: ['domain'],
  ui: ['domain'],
  features: ['domain', 'data', 'sync', 'platform', 'ui'],
  app: ['domain', 'data', 'sync', 'platform', 'ui', 'features'],
  server: ['domain'],
};

/** Packages that the pure domain may use. */
const domainPackages = new Set(['zod', 'date-fns']);

/** @returns {{layer: string, feature?: string} | null} */
export function layerOf(file) {
  const rel = path.relative(src, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const [top, second] = rel.split(path.sep);
  if (!top || !(top in allowed)) return null;
  if (top === 'features') return { layer: top, feature: second };
  return { layer: top };
}

function resolveTarget(spec, fromFile) {
  if (spec.startsWith('.')) return path.resolve(path.dirname(fromFile), spec);
  if (spec.startsWith('@/')) return path.join(src, spec.slice(2));
  if (spec.startsWith('/')) return spec;
  return null; // a package
}

function packageName(spec) {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Keep the layers one way: domain ← data/sync ← features ← app; server shares only domain.' },
    schema: [],
    messages: {
      layer: '{{from}} may not import from {{to}} (allowed: {{allowed}}). See docs/ARCHITECTURE.md.',
      feature: 'Feature "{{from}}" may not import from feature "{{to}}": move shared code to src/ui or src/domain.',
      domainPackage: 'src/domain is pure: it may not import the package "{{name}}" (allowed: {{allowed}}).',
    },
  },
  create(context) {
    const file = context.filename;
    const from = layerOf(file);
    if (!from) return {};
    function check(node, spec) {
      if (typeof spec !== 'string') return;
      const target = resolveTarget(spec, file);
      if (!target) {
        if (from.layer === 'domain' && !domainPackages.has(packageName(spec))) {
          context.report({ node, messageId: 'domainPackage', data: { name: spec, allowed: [...domainPackages].join(', ') } });
        }
        return;
      }
      const to = layerOf(target);
      if (!to) return;
      if (to.layer === from.layer) {
        if (from.layer === 'features' && to.feature !== from.feature) {
          context.report({ node, messageId: 'feature', data: { from: from.feature, to: to.feature } });
        }
        return;
      }
      if (!allowed[from.layer].includes(to.layer)) {
        context.report({
          node,
          messageId: 'layer',
          data: { from: `src/${from.layer}`, to: `src/${to.layer}`, allowed: allowed[from.layer].join(', ') || 'nothing of ours' },
        });
      }
    }
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};
