// The team-sync section of the options page as the two-profile e2e tests drive it (sync, sync-worker):
// join a team, press "Sync now", read the brand list. One copy, so both tests click the same way.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const SYNC_T = { ui: 15_000, sync: 20_000 };

/** One browser profile in a test: its options page (left on Sharing & team) and its name. */
export interface SyncProfile {
  options: Page;
  name: string;
}

/** Joins the team at the loopback server on `port` with `invite`, and waits until it is joined. */
export async function joinTeam(b: SyncProfile, port: number, invite: string): Promise<void> {
  const form = b.options.locator('form.team-sync-join');
  await form.getByLabel(/Server URL|Adresse du serveur/).fill(`http://127.0.0.1:${port}`);
  await form.getByLabel(/Invite code|Code d’invitation/).fill(invite);
  await form.getByLabel(/Name of this browser|Nom de ce navigateur/).fill(`browser ${b.name}`);
  await form.getByRole('button', { name: /Join the team|Rejoindre l’équipe/ }).click({ timeout: SYNC_T.ui });
  const team = () =>
    b.options
      .getByTestId('sync-team')
      .textContent({ timeout: SYNC_T.ui })
      .catch(() => null);
  await expect.poll(team, { timeout: SYNC_T.sync }).toBe('E2E team');
}

/** The brand list as the options page shows it, in its Brands section; then back to Sharing & team. */
export async function brandListText(b: SyncProfile): Promise<string> {
  await b.options.evaluate(() => (location.hash = 'brands'));
  const text = await b.options
    .locator('.brand-list')
    .textContent({ timeout: SYNC_T.ui })
    .catch(() => '');
  await b.options.evaluate(() => (location.hash = 'sharing'));
  await b.options.locator('.team-sync').waitFor({ timeout: SYNC_T.ui });
  return text ?? '';
}

/** Presses "Sync now" and waits for the round to end; returns the status region's text. */
export async function syncNow(b: SyncProfile): Promise<string> {
  const panel = b.options.locator('.team-sync');
  // Two profiles: the page of the other one is in front, and a page in the back gets its animation
  // frames late (the click's stability check waits seconds for them).
  await b.options.bringToFront();
  const before = Number(await panel.getAttribute('data-rounds', { timeout: SYNC_T.ui }));
  await b.options.getByRole('button', { name: /^(Sync now|Synchroniser)$/ }).click({ timeout: SYNC_T.ui });
  await expect
    .poll(async () => Number(await panel.getAttribute('data-rounds')), { timeout: SYNC_T.sync })
    .toBeGreaterThan(before);
  return (await b.options.getByTestId('status').textContent()) ?? '';
}
