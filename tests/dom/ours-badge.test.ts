import { describe, expect, it } from 'vitest';
import { createOursBadge, OURS_TAG, oursBadgeText, updateOursBadge } from '../../utils/mentions/page/ours-badge';

describe('the "Our account" label', () => {
  it('says it in the page language, names the account as text only, and keeps it in a closed root', () => {
    const host = createOursBadge(document, 'en', '<img src=x onerror=alert(1)>Acme', 'reddit:t1_k002');
    document.body.append(host);
    expect(host.tagName.toLowerCase()).toBe(OURS_TAG);
    expect(host.getAttribute('data-key')).toBe('reddit:t1_k002');
    expect(host.shadowRoot).toBeNull();
    expect(oursBadgeText(host)).toBe('Our account');
    updateOursBadge(host, 'fr', 'Acme');
    expect(oursBadgeText(host)).toBe('Notre compte');
    expect(document.querySelector('img')).toBeNull();
    host.remove();
  });
});
