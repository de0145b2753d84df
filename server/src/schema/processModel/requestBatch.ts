import type { Context } from '../context.ts';

/**
 * A per-request loader that answers every key asked for in the same pass of the GraphQL executor
 * with one call of `load` (what DataLoader does, for the one place we need it). The batch closes
 * once the microtasks of the pass have run: a list's fields all ask before that.
 */
export function requestBatch<Value>(
  load: (ctx: Context, keys: string[]) => Promise<Map<string, Value>>,
  missing: Value,
): (ctx: Context, key: string) => Promise<Value> {
  const loaders = new WeakMap<Context, (key: string) => Promise<Value>>();
  return (ctx, key) => {
    let loader = loaders.get(ctx);
    if (!loader) {
      let open: { keys: Set<string>; values: Promise<Map<string, Value>> } | undefined;
      loader = (wanted) => {
        if (!open) {
          const keys = new Set<string>();
          const values = new Promise((resolve) => setImmediate(resolve)).then(() => {
            open = undefined;
            return load(ctx, [...keys]);
          });
          open = { keys, values };
        }
        open.keys.add(wanted);
        return open.values.then((values) => values.get(wanted) ?? missing);
      };
      loaders.set(ctx, loader);
    }
    return loader(key);
  };
}
