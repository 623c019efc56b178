// One process per PGlite data directory: PGlite has no lock of its own, and a second process on the
// same files (`npm run server -- invite` while the server runs) writes what the first never sees, or
// hangs it. A lock file holds the owner's pid; one left by a process that is gone is taken over.
import fs from 'node:fs';
import path from 'node:path';

export const LOCK_FILE = 'tact-server.lock';

/** Take the directory's lock, or throw naming the process that holds it. Returns the release function. */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      return () => fs.rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const pid = Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
    if (Number.isInteger(pid) && pid > 0 && alive(pid))
      throw new Error(
        `The data directory ${dataDir} is in use by process ${pid} (a running sync server?). Stop it first, or ` +
          `run this command against the same database through DATABASE_URL. If no such process exists, delete ${file}.`,
      );
    fs.rmSync(file, { force: true }); // stale: its process is gone
  }
  throw new Error(`Could not lock the data directory ${dataDir}: delete ${file} if no sync server runs.`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
