// Rolldown chunk group for framework code: one long-cached `vendor` chunk holding the packages the
// first page loads. Packages reached only through dynamic imports (bpmn-js and its properties
// panel, hundreds of kB) stay out of it and load with the chunk that needs them; a plain
// `test: /node_modules/` group would pull them into the first page.

interface ModuleGraphInfo {
  isEntry: boolean;
  importers: string[];
}

interface ChunkingContext {
  getModuleInfo(moduleId: string): ModuleGraphInfo | null;
}

const NODE_MODULES = /[\\/]node_modules[\\/]/;

/** Whether a chain of static imports leads from an entry (index.html) to `moduleId`. */
function loadsWithEntry(moduleId: string, context: ChunkingContext, seen: Set<string>): boolean {
  if (seen.has(moduleId)) return false;
  seen.add(moduleId);
  const info = context.getModuleInfo(moduleId);
  if (!info) return false;
  return info.isEntry || info.importers.some((importer) => loadsWithEntry(importer, context, seen));
}

export const initialVendorChunk = {
  debugName: 'vendor',
  name(moduleId: string, context: ChunkingContext): string | null {
    if (!NODE_MODULES.test(moduleId)) return null;
    return loadsWithEntry(moduleId, context, new Set()) ? 'vendor' : null;
  },
};
