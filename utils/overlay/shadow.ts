// A closed shadow root with one style sheet shared by every host of the same kind: a <style> per
// host makes the browser parse and match hundreds of copies on a long feed. Falls back to <style>
// where sheets cannot be adopted.
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
  const root = host.attachShadow({ mode: 'closed' });
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
