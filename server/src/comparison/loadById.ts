import { NotFoundError } from '../errors.ts';
import type { Context } from '../schema/context.ts';

/**
 * A per-request loader of rows by id for Pothos `prismaField`s on list items: every id asked for
 * with the same selection in one pass of the executor is fetched with one `findMany`. The batch
 * closes once the microtasks of the pass have run (as `requestBatch` does).
 */
export function byIdInBatches<Row extends { id: string }>(
  entity: string,
  findMany: (ctx: Context, ids: string[], query: object) => Promise<Row[]>,
) {
  const open = new WeakMap<
    Context,
    Map<string, { ids: Set<string>; rows: Promise<Map<string, Row>> }>
  >();
  return (ctx: Context, id: string, query: object): Promise<Row> => {
    let batches = open.get(ctx);
    if (!batches) {
      batches = new Map();
      open.set(ctx, batches);
    }
    const key = JSON.stringify(query);
    let batch = batches.get(key);
    if (!batch) {
      const ids = new Set<string>();
      const pending = batches;
      const rows = new Promise((resolve) => setImmediate(resolve)).then(async () => {
        pending.delete(key);
        const rows = await findMany(ctx, [...ids], query);
        return new Map(rows.map((row) => [row.id, row]));
      });
      batch = { ids, rows };
      batches.set(key, batch);
    }
    batch.ids.add(id);
    return batch.rows.then((rows) => {
      const row = rows.get(id);
      // Rows come from domain functions that checked them; a missing one was deleted meanwhile.
      if (!row) throw new NotFoundError(entity);
      return row;
    });
  };
}
