// A copy of the Chrome build whose manifest grants http://127.0.0.1 up front: headless Chromium cannot
// answer the permission prompt a user sees when joining a team server on this machine. The join
// flow still asks (permissions.request), and is granted at once.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CHROME_BUILD } from '../../scripts/lib/browser';

export function loopbackGrantedBuild(dir: string): string {
  const ext = path.join(dir, 'extension');
  cpSync(CHROME_BUILD, ext, { recursive: true });
  const file = path.join(ext, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions.push('http://127.0.0.1/*');
  writeFileSync(file, JSON.stringify(manifest));
  return ext;
}
