// Tact's in-page parts live in closed shadow roots (DESIGN.md, security): only the accessibility test
// build (WXT_TACT_OPEN_SHADOW=true, tests/support/open-shadow-build.ts) opens them, for axe.
import { describe, expect, it } from 'vitest';
import { attachTactShadow, SHADOW_MODE } from '../../utils/overlay/shadow';

describe('attachTactShadow', () => {
  it('attaches a closed shadow root when the build has no WXT_TACT_OPEN_SHADOW', () => {
    expect(import.meta.env.WXT_TACT_OPEN_SHADOW).toBeUndefined();
    expect(SHADOW_MODE).toBe('closed');
    const host = document.createElement('tact-badge');
    const root = attachTactShadow(host);
    expect(root.mode).toBe('closed');
    expect(host.shadowRoot).toBeNull();
  });
});
