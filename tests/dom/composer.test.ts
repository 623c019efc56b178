// Finding reply boxes and inserting into them, on small DOMs: the textarea path, the fallback to
// the clipboard when nothing sticks, which buttons may be clicked, and who may send commands.
// The real editors (Lexical, Draft.js, Quill, ProseMirror) are covered in tests/e2e/insert.test.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromThisExtension, insertReply } from '../../utils/overlay/commands';
import { insertText } from '../../utils/overlay/insert';
import { couldSubmit, COMPOSERS, findComposer, locateComposer } from '../../utils/platforms/composer';
import { en, fr } from '../../utils/i18n/messages';
import type { Adapter } from '../../utils/platforms/types';

/** A tiny X-like adapter over <article data-id="…">. */
const adapter: Adapter = {
  platform: 'x',
  findItems: (root) => Array.from(root.querySelectorAll('article')),
  extract: (node) => ({
    platform: 'x',
    platformId: node.getAttribute('data-id') ?? '',
    kind: 'post',
    author: { name: '', handle: '', url: '' },
    text: '',
  }),
  badgeAnchor: (node) => node,
  expectsItems: () => true,
};

function page(markup: string): void {
  const template = document.createElement('template');
  template.innerHTML = markup; // test markup only, never page text
  document.body.replaceChildren(template.content);
}

function stubClipboard(accepts: boolean) {
  const writeText = vi.fn(async (_text: string) => {
    if (!accepts) throw new Error('refused');
  });
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
}

/** happy-dom has no document.execCommand: give it one that does nothing, as a refusing browser would. */
function stubExecCommand(returns: boolean) {
  const fn = vi.fn((..._args: unknown[]) => returns);
  Object.defineProperty(document, 'execCommand', { value: fn, configurable: true });
  return fn;
}

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('insertText', () => {
  it('sets a textarea through the native setter, fires one input event, and appends after existing text', async () => {
    page('<form><textarea name="text"></textarea><button type="submit">save</button></form>');
    const box = document.querySelector('textarea')!;
    box.value = 'Déjà : ';
    const inputs = vi.fn();
    const submits = vi.fn((e: Event) => e.preventDefault());
    box.addEventListener('input', inputs);
    document.querySelector('form')!.addEventListener('submit', submits);
    const result = await insertText(box, 'Merci 🙏\n\nà très vite', { settleMs: 50 });
    expect(result).toEqual({ ok: true, method: 'textarea' });
    expect(box.value).toBe('Déjà : Merci 🙏\n\nà très vite');
    expect(inputs).toHaveBeenCalledTimes(1);
    expect(submits).not.toHaveBeenCalled();
  });

  it('uses the paste when the editor takes it, and does not insert twice', async () => {
    page('<div contenteditable="true" role="textbox"></div>');
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    // A stand-in for an editor that handles paste itself (as Lexical, Draft.js and ProseMirror do).
    editor.addEventListener('paste', (e) => {
      e.preventDefault();
      editor.append(document.createTextNode((e as ClipboardEvent).clipboardData?.getData('text/plain') ?? ''));
    });
    const result = await insertText(editor, 'Désolé pour l’attente', { settleMs: 50 });
    expect(result).toEqual({ ok: true, method: 'paste' });
    expect(editor.textContent).toBe('Désolé pour l’attente');
  });

  it('copies to the clipboard and says so when the editor keeps nothing', async () => {
    page('<div contenteditable="true" role="textbox"></div>');
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    editor.addEventListener('paste', (e) => e.preventDefault());
    const exec = stubExecCommand(true); // "true" proves nothing: nothing changed
    const writeText = stubClipboard(true);
    expect(await insertText(editor, 'Bonjour', { settleMs: 30 })).toEqual({
      ok: false,
      reason: 'not_inserted',
      copied: true,
    });
    expect(exec).toHaveBeenCalledWith('insertText', false, 'Bonjour');
    expect(writeText).toHaveBeenCalledWith('Bonjour');
  });

  it('reports copied: false when the clipboard refuses too', async () => {
    page('<p>not editable</p>');
    stubClipboard(false);
    stubExecCommand(false);
    expect(await insertText(document.querySelector('p')!, 'Bonjour')).toEqual({
      ok: false,
      reason: 'not_editable',
      copied: false,
    });
  });
});

describe('findComposer', () => {
  it('returns the reply box inside the item without clicking anything', async () => {
    page(
      '<article data-id="1"><button data-testid="reply">Reply</button><div data-testid="tweetTextarea_0" ' +
        'contenteditable="true"></div></article>',
    );
    const click = vi.fn();
    document.querySelector('button')!.addEventListener('click', click);
    const found = await findComposer(adapter, document.querySelector('article')!);
    expect(found?.getAttribute('data-testid')).toBe('tweetTextarea_0');
    expect(click).not.toHaveBeenCalled();
  });

  it("clicks the item's reply button once and returns the box it opens", async () => {
    page('<article data-id="1"><button data-testid="reply">Reply</button></article><article data-id="2"></article>');
    const reply = vi.fn(() => {
      const dialog = document.createElement('div');
      dialog.setAttribute('role', 'dialog');
      const box = document.createElement('div');
      box.setAttribute('data-testid', 'tweetTextarea_0');
      box.contentEditable = 'true';
      dialog.append(box);
      setTimeout(() => document.body.append(dialog), 20);
    });
    document.querySelector('[data-testid="reply"]')!.addEventListener('click', reply);
    const found = await findComposer(adapter, document.querySelector('article')!, { timeoutMs: 1000 });
    expect(found?.closest('[role="dialog"]')).not.toBeNull();
    expect(reply).toHaveBeenCalledTimes(1);
  });

  it('never clicks a post button, even one labelled like an opening button', async () => {
    page(
      '<div role="article" class="post"><div role="button" aria-label="Leave a comment" data-open>Comment</div>' +
        '<form><div contenteditable="true" role="textbox" data-lexical-editor="true"></div><div ' +
        'role="button" aria-label="Comment">Comment</div></form></div>',
    );
    const fb: Adapter = {
      ...adapter,
      platform: 'facebook',
      findItems: (root) => Array.from(root.querySelectorAll('.post')),
    };
    const item = document.querySelector('.post')!;
    const post = document.querySelector('form [role="button"]')!;
    expect(couldSubmit(post, COMPOSERS.facebook, item)).toBe(true);
    expect(couldSubmit(document.querySelector('[data-open]')!, COMPOSERS.facebook, item)).toBe(false);
    const clicks = vi.fn();
    post.addEventListener('click', clicks);
    expect(await findComposer(fb, document.querySelector('.post')!, { timeoutMs: 100 })).toBe(
      document.querySelector('[data-lexical-editor]'),
    );
    expect(clicks).not.toHaveBeenCalled();
  });

  it("does not take another item's reply box", async () => {
    page(
      '<article data-id="1"></article><article data-id="2"><div data-testid="tweetTextarea_0" ' +
        'contenteditable="true"></div></article>',
    );
    expect(await findComposer(adapter, document.querySelector('article')!, { timeoutMs: 50 })).toBeNull();
  });
});

describe('insertReply', () => {
  it('finds the item by its platform id and writes into its box', async () => {
    page('<article data-id="7"><textarea data-testid="tweetTextarea_0"></textarea></article>');
    expect(await insertReply(adapter, document, 'Merci !', '7')).toEqual({ ok: true, method: 'textarea' });
    expect(document.querySelector('textarea')!.value).toBe('Merci !');
  });

  it('copies the text and says there is no composer when none is found', async () => {
    page('<article data-id="7"></article>');
    stubClipboard(true);
    expect(await insertReply(adapter, document, 'Merci !', '404')).toEqual({
      ok: false,
      reason: 'no_composer',
      copied: true,
    });
  });
});

describe("a comment answered in its post's box", () => {
  /** Items are articles; an article inside another is a comment (its kind says so too). */
  const threaded: Adapter = {
    ...adapter,
    extract: (node) => ({
      ...adapter.extract(node)!,
      kind: node.parentElement?.closest('article') || node.hasAttribute('data-reply') ? 'comment' : 'post',
    }),
  };
  const toast = () => document.querySelector('tact-toast')?.getAttribute('data-message') ?? null;
  const POST_BOX = en['insert.inPostBox'];
  // Toasts sit on <html>, outside the body the other tests clear.
  afterEach(() => document.querySelector('tact-toast')?.remove());

  it("says so in a toast when the comment's reply button opens nothing and the post's box gets the reply", async () => {
    page(
      '<article data-id="post"><p>post</p><textarea data-testid="tweetTextarea_0" id="post-box"></textarea>' +
        '<article data-id="c1"><p>comment</p><button data-testid="reply">Reply</button></article></article>',
    );
    const comment = document.querySelector('[data-id="c1"]')!;
    expect(await locateComposer(threaded, comment, { timeoutMs: 60 })).toEqual({
      composer: document.getElementById('post-box'),
      place: 'thread',
    });
    expect(await insertReply(threaded, document, 'Merci !', 'c1')).toEqual({ ok: true, method: 'textarea' });
    expect(document.querySelector('textarea')!.value).toBe('Merci !');
    expect(toast()).toBe(POST_BOX);
    expect(POST_BOX).toBe("This comment has no reply box open: the reply was put in the post's reply box.");
    expect(fr['insert.inPostBox']).toMatch(/publication/);
  });

  it("does not take the post's box for the comment's own because it has the focus", async () => {
    // the CM had clicked into the post's box earlier; the comment's reply button opens nothing
    page(
      '<article data-id="post"><p>post</p><textarea data-testid="tweetTextarea_0" id="post-box"></textarea>' +
        '<article data-id="c1"><p>comment</p><button data-testid="reply">Reply</button></article></article>',
    );
    (document.getElementById('post-box') as HTMLTextAreaElement).focus();
    const comment = document.querySelector('[data-id="c1"]')!;
    expect(await locateComposer(threaded, comment, { timeoutMs: 60 })).toEqual({
      composer: document.getElementById('post-box'),
      place: 'thread',
    });
    expect(await insertReply(threaded, document, 'Merci !', 'c1')).toEqual({ ok: true, method: 'textarea' });
    expect(toast()).toBe(POST_BOX);
  });

  it("says so for a reply shown beside its post (X) that lands in the page's only box", async () => {
    page(
      '<article data-id="post"><p>post</p></article><div><textarea ' +
        'data-testid="tweetTextarea_0"></textarea></div><article data-id="r1" data-reply><p>reply</p></article>',
    );
    expect((await locateComposer(threaded, document.querySelector('[data-id="r1"]')!, { timeoutMs: 50 }))?.place).toBe(
      'thread',
    );
    expect(await insertReply(threaded, document, 'Merci !', 'r1')).toEqual({ ok: true, method: 'textarea' });
    expect(toast()).toBe(POST_BOX);
  });

  it('stays quiet when the reply goes where it belongs', async () => {
    page(
      '<article data-id="post"><p>post</p><textarea data-testid="tweetTextarea_0"></textarea><article ' +
        'data-id="c1"><textarea data-testid="tweetTextarea_0" id="own"></textarea></article></article>',
    );
    expect(await locateComposer(threaded, document.querySelector('[data-id="c1"]')!, { timeoutMs: 50 })).toEqual({
      composer: document.getElementById('own'),
      place: 'own',
    });
    expect(await insertReply(threaded, document, 'Merci !', 'c1')).toEqual({ ok: true, method: 'textarea' });
    expect(await insertReply(threaded, document, 'Bonjour', 'post')).toEqual({ ok: true, method: 'textarea' });
    // A post answered in the page's only box is answered in its own box.
    page('<article data-id="p2"><p>post</p></article><div><textarea data-testid="tweetTextarea_0"></textarea></div>');
    expect((await locateComposer(threaded, document.querySelector('[data-id="p2"]')!, { timeoutMs: 50 }))?.place).toBe(
      'page',
    );
    expect(await insertReply(threaded, document, 'Merci !', 'p2')).toEqual({ ok: true, method: 'textarea' });
    expect(toast()).toBeNull();
  });
});

describe('fromThisExtension', () => {
  const id = 'abcdefghijklmnop';
  const origin = `chrome-extension://${id}/`;
  it.each([
    ['the side panel', { id, url: `${origin}sidepanel.html` }, true],
    ['the background', { id, url: `${origin}background.js` }, true],
    ['another extension', { id: 'zzzz', url: 'chrome-extension://zzzz/page.html' }, false],
    ['a web page claiming the id', { id, url: 'https://x.com/home' }, false],
    ['no sender id', { url: `${origin}popup.html` }, false],
  ])('is %s → %s', (_name, sender, expected) => {
    expect(fromThisExtension(sender, id, origin)).toBe(expected);
  });
});
