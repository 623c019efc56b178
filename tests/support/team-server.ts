// The team sync server in process for a test file (the first backend of tests/server/harness.ts:
// PGlite unless a Postgres URL is given), opened before the file's tests with one team, 'Acme CM',
// and closed after them. Devices in the tests talk to it through `srv` with the team's admin token.
import { afterAll, beforeAll } from 'vitest';
import type { Db } from '../../server/db';
import { backends, server, type TestServer } from '../server/harness';

export interface TeamServer {
  srv: TestServer;
  adminToken: string;
}

/** Registers the server's set-up and tear-down on the file; its fields are set once the file's tests run. */
export function teamServer(): TeamServer {
  const backend = backends[0]!;
  const team = {} as TeamServer;
  let db: Db;
  beforeAll(async () => {
    db = await backend.open();
    team.srv = server(db);
    ({ adminToken: team.adminToken } = await team.srv.team('Acme CM'));
  }, 60_000);
  afterAll(async () => {
    await db.close();
    await backend.cleanup();
  });
  return team;
}
