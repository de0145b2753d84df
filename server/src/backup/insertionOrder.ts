import { BackupRefusal } from './errors.ts';

/** A foreign key between two tables of the schema (child `table` → parent `refTable`). */
export interface ForeignKey {
  name: string;
  table: string;
  refTable: string;
  columns: string[];
  /** All its columns accept NULL, so the reference can be filled in later. */
  nullable: boolean;
}

/** Kahn's algorithm; when only cycles remain, defers one nullable edge of a cycle and goes on. */
export function insertionOrder(names: string[], foreignKeys: ForeignKey[]) {
  const deferred = foreignKeys.filter((fk) => fk.table === fk.refTable);
  const selfLocked = deferred.find((fk) => !fk.nullable);
  if (selfLocked) {
    throw new BackupRefusal(
      `Table ${selfLocked.table} references itself through NOT NULL columns (${selfLocked.name}); such rows cannot be restored in any order.`,
    );
  }
  let edges = foreignKeys.filter((fk) => fk.table !== fk.refTable);
  const remaining = new Set(names);
  const order: string[] = [];
  while (remaining.size > 0) {
    const ready = [...remaining].filter(
      (name) => !edges.some((fk) => fk.table === name && remaining.has(fk.refTable)),
    );
    if (ready.length > 0) {
      const next = ready[0] as string;
      order.push(next);
      remaining.delete(next);
      continue;
    }
    const breakable = edges.find(
      (fk) =>
        fk.nullable &&
        remaining.has(fk.table) &&
        remaining.has(fk.refTable) &&
        reaches(fk.refTable, fk.table, edges, remaining),
    );
    if (!breakable) {
      throw new BackupRefusal(
        `Tables ${[...remaining].join(', ')} reference each other only through NOT NULL columns; they cannot be restored.`,
      );
    }
    deferred.push(breakable);
    edges = edges.filter((fk) => fk !== breakable);
  }
  return { order, deferred };
}

/** Whether `from` depends (transitively) on `to` among the remaining tables. */
function reaches(from: string, to: string, edges: ForeignKey[], remaining: Set<string>): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const table = stack.pop() as string;
    if (table === to) return true;
    if (seen.has(table)) continue;
    seen.add(table);
    for (const fk of edges) {
      if (fk.table === table && remaining.has(fk.refTable)) stack.push(fk.refTable);
    }
  }
  return false;
}
