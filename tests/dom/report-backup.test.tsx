// The backup and restore block of the options' Reports section: a file's dry-run plan is shown and
// nothing is restored until the CM confirms; a refused file says why and is never restored.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const send = vi.fn();
vi.mock('../../utils/messaging/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../utils/messaging/client')>()),
  send: (...args: unknown[]) => send(...args),
}));

const { BackupRestore } = await import('../../utils/reports/ui/backup');
const { I18nProvider } = await import('../../components/i18n');
const { StatusRegion, useStatus } = await import('../../components/status');

let root: HTMLElement;

function Harness() {
  const [status, announce] = useStatus();
  return (
    <I18nProvider setting="en">
      <BackupRestore announce={announce} />
      <StatusRegion message={status} />
    </I18nProvider>
  );
}

async function settle() {
  for (let i = 0; i < 10; i++) await act(() => new Promise((r) => setTimeout(r, 5)));
}

async function choose(text: string) {
  const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
  const file = new File([text], 'tact-backup.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name);
const status = () => root.querySelector('[data-testid="status"]')!.textContent;

beforeEach(async () => {
  send.mockReset();
  root = document.createElement('div');
  document.body.append(root);
  render(<Harness />, root);
  await settle();
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('backup and restore', () => {
  it('shows the dry-run plan first and restores only when confirmed', async () => {
    const plan = { items: { added: 3, changed: 1, unchanged: 10 }, brands: { added: 0, changed: 0, unchanged: 2 } };
    send.mockResolvedValueOnce({ ok: true, plan, schemaVersion: 7, exportedAt: '2026-12-01T10:00:00.000Z' });
    await choose('{"format":"tact-backup"}');
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith('backup.plan', { text: '{"format":"tact-backup"}' });
    const rows = [...root.querySelectorAll('.backup-plan tbody tr')].map((tr) => tr.textContent);
    expect(rows).toEqual(['items3110', 'brands002']);
    send.mockResolvedValueOnce({ ok: true, plan, schemaVersion: 7, exportedAt: '2026-12-01T10:00:00.000Z' });
    await act(() => button('Restore this backup')!.click());
    await settle();
    expect(send).toHaveBeenLastCalledWith('backup.restore', { text: '{"format":"tact-backup"}' });
    expect(status()).toBe('Backup restored: 3 rows added, 1 changed.');
    expect(root.querySelector('.backup-plan')).toBeNull();
  });

  it('refuses a bad file with its reason, and never asks to restore it', async () => {
    send.mockResolvedValueOnce({ ok: false, error: 'backup.error.newer', issues: [] });
    await choose('{"format":"tact-backup","schemaVersion":99}');
    expect(status()).toBe(
      'This file was not restored and nothing changed: ' +
        'it comes from a newer version of Tact; update the extension first.',
    );
    expect(button('Restore this backup')).toBeUndefined();
    expect(send.mock.calls.map((c) => c[0])).toEqual(['backup.plan']);
  });

  it('cancels a planned restore without sending it', async () => {
    send.mockResolvedValueOnce({ ok: true, plan: {}, schemaVersion: 7, exportedAt: '2026-12-01T10:00:00.000Z' });
    await choose('{}');
    await act(() => button('Do not restore')!.click());
    expect(button('Restore this backup')).toBeUndefined();
    expect(send.mock.calls.map((c) => c[0])).toEqual(['backup.plan']);
  });
});
