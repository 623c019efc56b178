// The one database handle of an extension page. Pages only read it; every write goes through
// `send` to the background, which owns the database (see DESIGN.md, "How data flows").
import { TactDB } from '../utils/db/schema';

let db: TactDB | undefined;

export function pageDb(): TactDB {
  db ??= new TactDB();
  return db;
}
