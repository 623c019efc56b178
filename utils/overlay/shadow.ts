// A closed shadow root with one style sheet shared by every host of the same kind: a <style> per
// host makes the browser parse and match hundreds of copies on a long feed. Falls back to <style>
// where sheets cannot be adopted. Open only in the accessibility test build, so axe can look inside.
declare global {
  interface ImportMetaEnv {
    /** 'true' in the build tests/support/open-shadow-build.ts makes; unset in every build users get. */
    readonly WXT_TACT_OPEN_SHADOW?: string;
  }
}

/** Closed for users: the page's scripts cannot read into Tact's parts (see DESIGN.md, security). */
export const SHADOW_MODE: ShadowRootMode = import.meta.env.WXT_TACT_OPEN_SHADOW === 'true' ? 'open' : 'closed';

/** A shadow root for one of Tact's hosts, closed except in the accessibility test build. */
export function attachTactShadow(host: HTMLElement): ShadowRoot {
  return host.attachShadow({ mode: SHADOW_MODE });
}

const sheets = new Map<string, CSSStyleSheet | null>();

function sharedSheet(css: string): CSSStyleSheet | null {
  if (!sheets.has(css)) {
    let sheet: CSSStyleSheet | null = null;
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    } catch {
      sheet = null;
    }
    sheets.set(css, sheet);
  }
  return sheets.get(css)!;
}

export function closedShadow(host: HTMLElement, css: string): ShadowRoot {
  const root = attachTactShadow(host);
  const sheet = sharedSheet(css);
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      return root;
    } catch {
      // fall through to a <style>
    }
  }
  const style = host.ownerDocument.createElement('style');
  style.textContent = css;
  root.append(style);
  return root;
}
