// The flag Tact draws next to a comment it judged a troll (or an unhappy customer, who is not one):
// a custom element with a closed shadow root (the page can neither restyle nor read it), a button
// opening a card with the type, the confidence, the cues, the recommended action, and the
// moderator's buttons: Confirm, Dismiss, Label author…. Text only, never HTML. It never hides,
// deletes or reports anything: the buttons only record what the moderator says.
import { closedShadow } from '../../overlay/shadow';
import { FLAG_TAG } from '../../overlay/tags';
import { LABEL_PRESETS, type LabelPreset } from '../core/author-memory';
import { t, type Lang } from '../../overlay/i18n';
import { FLAG_STYLE as STYLE } from './flag-style';

export interface FlagContent {
  type: string;
  typeName: string;
  /** False for the unhappy customer: shown as what it is, never as a troll. */
  isTroll: boolean;
  /** 0-1. */
  confidence: number;
  cues: Array<{ quote: string; label: string }>;
  action: string;
  review: 'none' | 'confirmed';
  author: { name: string; labels: string[]; note: string } | null;
  /** The brand's charter clause the comment breaks (community care), named on the card. */
  clause?: { n: number; title: string } | null;
  /** Card sections drawn under the verdict (the reply citing the clause: tone/page/suggestions.ts). */
  sections?: ReadonlyArray<(root: ShadowRoot) => Node>;
}

export interface FlagActions {
  /** Records the moderator's review; rejects with a readable reason when it could not. */
  review(review: 'confirmed' | 'dismissed'): Promise<void>;
  label(labels: string[], note: string): Promise<void>;
}

interface Parts {
  root: ShadowRoot;
  button: HTMLButtonElement;
  card: HTMLElement;
  lang: Lang;
  actions: FlagActions;
  content: FlagContent;
  /** Stops following scroll and resize once the card closes. */
  unfollow?: () => void;
}
const parts = new WeakMap<Element, Parts>();

export function createFlag(doc: Document, content: FlagContent, actions: FlagActions, lang: Lang): HTMLElement {
  const host = doc.createElement(FLAG_TAG);
  const root = closedShadow(host, STYLE);
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-haspopup', 'dialog');
  const card = doc.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'dialog');
  // The top layer where supported: nothing of the site's layout can clip or cover the card.
  if ('showPopover' in card) card.setAttribute('popover', 'manual');
  card.hidden = true;
  root.append(button, card);
  const p: Parts = { root, button, card, lang, actions, content };
  parts.set(host, p);
  // The site must not see these clicks or keys: a card opening should never trigger the post's link.
  button.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    toggle(host, card.hidden);
  });
  root.addEventListener('keydown', (e) => {
    const ke = e as KeyboardEvent;
    ke.stopPropagation();
    if (ke.key === 'Escape' && !card.hidden) {
      toggle(host, false);
      button.focus();
    }
  });
  root.addEventListener('click', (e) => e.stopPropagation());
  updateFlag(host, content);
  return host;
}

type Popover = HTMLElement & { showPopover?(): void; hidePopover?(): void };

function toggle(host: Element, open: boolean): void {
  const p = parts.get(host);
  if (!p) return;
  const card = p.card as Popover;
  p.card.hidden = !open;
  try {
    if (open) card.showPopover?.();
    else card.hidePopover?.();
  } catch {
    // already in that state, or the flag left the page
  }
  p.button.setAttribute('aria-expanded', String(open));
  host.toggleAttribute('data-open', open);
  const win = host.ownerDocument.defaultView;
  if (open) {
    place(p);
    // The card follows its flag while the page scrolls or resizes.
    const follow = () => place(p);
    win?.addEventListener('scroll', follow, { capture: true, passive: true });
    win?.addEventListener('resize', follow, { passive: true });
    p.unfollow = () => {
      win?.removeEventListener('scroll', follow, { capture: true });
      win?.removeEventListener('resize', follow);
    };
    // Into the card, so the keyboard reaches its buttons; Escape brings focus back to the flag.
    p.card.querySelector<HTMLElement>('button')?.focus();
  } else {
    p.unfollow?.();
    p.unfollow = undefined;
  }
}

/** Below the flag, or above it when there is no room below; always inside the viewport. */
function place(p: Parts): void {
  const win = p.card.ownerDocument.defaultView;
  if (!win) return;
  const r = p.button.getBoundingClientRect();
  const w = p.card.offsetWidth || 300;
  const h = p.card.offsetHeight;
  const below = r.bottom + 4;
  const top =
    below + h > win.innerHeight - 8 && r.top - 4 - h >= 8
      ? r.top - 4 - h
      : Math.max(8, Math.min(below, win.innerHeight - 8 - h));
  p.card.style.top = `${Math.round(top)}px`;
  p.card.style.left = `${Math.round(Math.max(8, Math.min(r.left, win.innerWidth - 8 - w)))}px`;
}

export function openFlagCard(host: Element, open = true): void {
  toggle(host, open);
}

export function updateFlag(host: Element, content: FlagContent): void {
  const p = parts.get(host);
  if (!p) return;
  p.content = content;
  const { lang } = p;
  const pct = Math.round(content.confidence * 100);
  const title = content.isTroll
    ? t(lang, 'troll.flag.title', { type: content.typeName, confidence: pct })
    : t(lang, 'troll.flag.customerTitle', { type: content.typeName });
  p.button.className = `flag${content.isTroll ? '' : ' customer'}${content.review === 'confirmed' ? ' confirmed' : ''}`;
  p.button.textContent = content.typeName;
  p.button.title = title;
  p.button.setAttribute('aria-label', title);
  p.card.setAttribute('aria-label', content.typeName);
  // The verdict stays inside the closed root: the host is in the page's DOM, and its attributes are
  // readable by the page's scripts (DESIGN.md, security). Tests read these through the root.
  Object.assign(p.button.dataset, {
    trollType: content.type,
    troll: content.isTroll ? 'yes' : 'no',
    confidence: String(pct),
    review: content.review,
  });
  renderCard(host, p);
}

/** The author's labels and note changed (labelled from another comment): the form shows them next time. */
export function updateFlagAuthor(host: Element, author: FlagContent['author']): void {
  const p = parts.get(host);
  if (!p) return;
  p.content = { ...p.content, author };
  // An open card keeps what the moderator is reading and typing.
  if (p.card.hidden) renderCard(host, p);
}

/** The moderator confirmed the verdict: say so on the flag without rebuilding the open card. */
export function markConfirmed(host: Element): void {
  const p = parts.get(host);
  if (!p) return;
  p.content = { ...p.content, review: 'confirmed' };
  p.button.classList.add('confirmed');
  p.button.dataset.review = 'confirmed';
  const confirm = p.card.querySelector<HTMLButtonElement>('[data-action="confirm"]');
  if (confirm) {
    confirm.textContent = t(p.lang, 'troll.card.confirmed');
    confirm.setAttribute('aria-pressed', 'true');
  }
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  text?: string,
  cls?: string,
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function renderCard(host: Element, p: Parts): void {
  const doc = host.ownerDocument;
  const { content, lang } = p;
  const status = el(doc, 'p', '', 'status');
  status.setAttribute('role', 'status');
  const say = (text: string, error = false) => {
    status.textContent = text;
    status.classList.toggle('error', error);
  };
  const fail = (e: unknown) =>
    say(t(lang, 'troll.card.failed', { reason: e instanceof Error ? e.message : String(e) }), true);
  const { row, labelBtn } = reviewRow(doc, p, say, fail);
  const form = labelForm(doc, content, lang);
  wireLabelForm(form, labelBtn, p, say, fail);
  p.card.replaceChildren(
    el(doc, 'h2', content.typeName),
    verdictList(doc, content, lang),
    ...(content.clause ? [el(doc, 'p', t(lang, 'care.charter.breaks', content.clause), 'clause')] : []),
    row,
    form,
    ...(content.sections ?? []).map((s) => s(p.root)),
    status,
    el(doc, 'p', t(lang, 'troll.card.never'), 'small'),
  );
}

/** Confidence, cues and what to do, as a definition list. */
function verdictList(doc: Document, content: FlagContent, lang: Lang): HTMLElement {
  const dl = el(doc, 'dl');
  const add = (label: string, value: Node | string) => {
    const dd = el(doc, 'dd');
    dd.append(value);
    dl.append(el(doc, 'dt', label), dd);
  };
  if (content.isTroll) add(t(lang, 'troll.card.confidence'), `${Math.round(content.confidence * 100)} %`);
  const list = el(doc, 'ul');
  for (const c of content.cues) {
    const li = el(doc, 'li');
    if (c.quote) li.append(el(doc, 'q', c.quote), ` — ${c.label}`);
    else li.textContent = c.label;
    list.append(li);
  }
  add(t(lang, 'troll.card.cues'), content.cues.length ? list : t(lang, 'troll.card.noCues'));
  add(
    t(lang, 'troll.card.action'),
    content.isTroll ? content.action : `${t(lang, 'troll.card.notTroll')} ${content.action}`,
  );
  return dl;
}

type Say = (text: string, error?: boolean) => void;

/** Confirm, Dismiss (troll verdicts only) and Label author…. */
function reviewRow(
  doc: Document,
  p: Parts,
  say: Say,
  fail: (e: unknown) => void,
): { row: HTMLElement; labelBtn: HTMLButtonElement } {
  const { content, lang } = p;
  const button = (text: string, action: string) => {
    const b = el(doc, 'button', text);
    b.type = 'button';
    b.dataset.action = action;
    return b;
  };
  const row = el(doc, 'div', undefined, 'row');
  const confirmed = content.review === 'confirmed';
  const confirm = button(t(lang, confirmed ? 'troll.card.confirmed' : 'troll.card.confirm'), 'confirm');
  confirm.setAttribute('aria-pressed', String(confirmed));
  const dismiss = button(t(lang, 'troll.card.dismiss'), 'dismiss');
  const labelBtn = button(t(lang, 'troll.card.labelAuthor'), 'label');
  labelBtn.setAttribute('aria-expanded', 'false');
  labelBtn.disabled = content.author === null;
  // The unhappy customer is no troll verdict to confirm or dismiss; the author can still be labelled.
  if (content.isTroll) row.append(confirm, dismiss);
  row.append(labelBtn);
  confirm.addEventListener('click', () => {
    p.actions.review('confirmed').then(() => say(t(lang, 'troll.card.confirmDone')), fail);
  });
  dismiss.addEventListener('click', () => {
    p.actions.review('dismissed').then(() => say(t(lang, 'troll.card.dismissDone')), fail);
  });
  return { row, labelBtn };
}

/** The label form opens from its button, saves through the actions and closes back to the button. */
function wireLabelForm(
  form: HTMLFormElement,
  labelBtn: HTMLButtonElement,
  p: Parts,
  say: Say,
  fail: (e: unknown) => void,
) {
  const show = (open: boolean) => {
    form.hidden = !open;
    labelBtn.setAttribute('aria-expanded', String(open));
  };
  show(false);
  labelBtn.addEventListener('click', () => {
    show(form.hidden);
    place(p); // the card grew or shrank: keep it inside the viewport
    if (!form.hidden) form.querySelector<HTMLElement>('input')?.focus();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = readLabelForm(form);
    p.actions.label(data.labels, data.note).then(() => {
      say(t(p.lang, 'troll.label.saved'));
      show(false);
      labelBtn.focus();
    }, fail);
  });
  form.querySelector('[data-action="cancel"]')?.addEventListener('click', () => {
    show(false);
    labelBtn.focus();
  });
}

function labelForm(doc: Document, content: FlagContent, lang: Lang): HTMLFormElement {
  const form = el(doc, 'form');
  const labels = content.author?.labels ?? [];
  const heading = el(doc, 'p', t(lang, 'troll.label.heading', { author: content.author?.name ?? '' }));
  const presets = el(doc, 'fieldset');
  presets.append(el(doc, 'legend', t(lang, 'troll.label.presets')));
  for (const id of Object.keys(LABEL_PRESETS) as LabelPreset[]) {
    const label = el(doc, 'label');
    const box = el(doc, 'input');
    box.type = 'checkbox';
    box.name = 'preset';
    box.value = id;
    box.checked = labels.includes(id);
    label.append(box, ` ${LABEL_PRESETS[id][lang]}`);
    presets.append(label, el(doc, 'br'));
  }
  const otherLabel = el(doc, 'label', t(lang, 'troll.label.other'));
  const other = el(doc, 'input');
  other.type = 'text';
  other.name = 'other';
  other.maxLength = 400;
  other.value = labels.filter((l) => !Object.hasOwn(LABEL_PRESETS, l)).join(', ');
  otherLabel.append(el(doc, 'br'), other);
  const noteLabel = el(doc, 'label', t(lang, 'troll.label.note'));
  const note = el(doc, 'textarea');
  note.name = 'note';
  note.rows = 2;
  note.maxLength = 1000;
  note.value = content.author?.note ?? '';
  noteLabel.append(el(doc, 'br'), note);
  const buttons = el(doc, 'div', undefined, 'row');
  const save = el(doc, 'button', t(lang, 'troll.label.save'));
  save.type = 'submit';
  const cancel = el(doc, 'button', t(lang, 'common.cancel'));
  cancel.type = 'button';
  cancel.dataset.action = 'cancel';
  buttons.append(save, cancel);
  form.append(heading, presets, otherLabel, noteLabel, buttons);
  return form;
}

function readLabelForm(form: HTMLFormElement): { labels: string[]; note: string } {
  const presets = Array.from(form.querySelectorAll<HTMLInputElement>('input[name="preset"]'))
    .filter((b) => b.checked)
    .map((b) => b.value);
  const other = (form.querySelector<HTMLInputElement>('input[name="other"]')?.value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    labels: [...presets, ...other],
    note: form.querySelector<HTMLTextAreaElement>('textarea[name="note"]')?.value ?? '',
  };
}

/** The card's insides, for tests (the page cannot reach them: the shadow root is closed). */
export function flagInternals(host: Element): { button: HTMLButtonElement; card: HTMLElement } | null {
  const p = parts.get(host);
  return p ? { button: p.button, card: p.card } : null;
}
