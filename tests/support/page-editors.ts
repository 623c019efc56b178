// The reply boxes of a (demo) social page, read back as the box holds them: a textarea's value, a
// rich editor's text. Only the outermost editable of a nested editor counts; empty boxes are left out.
import type { Page } from 'playwright-core';

export interface ComposerOptions {
  /**
   * Every textarea (not only `name="text"` ones), with runs of line breaks folded into one: Lexical
   * (new Reddit's editor) shows each paragraph as a <p>, and innerText puts a blank line between them.
   */
  anyTextarea?: boolean;
}

/** The text of every non-empty reply box on the page. */
export function composerTexts(page: Page, opts: ComposerOptions = {}): Promise<string[]> {
  return page.evaluate((anyTextarea) => {
    const selector = anyTextarea
      ? '[contenteditable="true"], textarea'
      : 'textarea[name="text"], [contenteditable="true"]';
    return Array.from(document.querySelectorAll<HTMLElement>(selector))
      .filter((el) => !el.parentElement?.closest('[contenteditable="true"]'))
      .map((el) => {
        const text = el instanceof HTMLTextAreaElement ? el.value : el.innerText;
        return (anyTextarea ? text.replace(/\n+/gu, '\n') : text).trim();
      })
      .filter((s) => s !== '');
  }, opts.anyTextarea ?? false);
}
