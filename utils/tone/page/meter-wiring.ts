// When the live tone meter runs: on input in one of the site's reply boxes, debounced, it checks the
// draft (checkDraft, pure, in this content script) against the tone profile of the brand the item
// being answered is about (else the first brand's), fetched once per page. A fix rewrites the box's
// text through the composer path (read back and verified) and the check runs again.
import { onPageLanguageChange } from '../../overlay/page-lang';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { applyFix, checkDraft, type Problem } from '../core/check';
import { draftLanguage } from '../core/draft-lang';
import type { ToneProfile } from '../core/profile';
import { t } from '../../overlay/i18n';
import type { ResponseOf } from '../../messaging/protocol';
import { AI_MAX_CHARS, aiErrorText, aiStatus, providerName, rewriteRequest } from './ai-rewrite';
import { editableOf, readBack, squash } from '../../overlay/insert';
import { createMeter, type MeterView } from './meter';
import { composerOf, keyOfComposer, logInserted, pageTone, type RepliesPage } from './replies';
import { replaceAll } from '../../overlay/rewrite';
import { showToast } from '../../overlay/toast';

export const METER_DEBOUNCE_MS = 150;

type PageTone = ResponseOf<'tone.forPage'>;

/**
 * The profile for a draft answering the item `key`: its brand's (else the first brand's), in the
 * draft's language when the brand has several (else the item's language, else its first profile).
 */
export function profileFor(
  tone: PageTone,
  page: Pick<RepliesPage, 'known'>,
  key: string | null,
  draft: string,
): { profile: ToneProfile; lang: 'fr' | 'en' } | null {
  const known = key ? page.known.get(key) : undefined;
  const brandId = known?.brandIds[0] ?? tone.defaultBrandId;
  const brand = tone.brands.find((b) => b.brandId === brandId) ?? tone.brands[0];
  if (!brand) return null;
  const lang = draftLanguage(draft) ?? known?.lang ?? null;
  const profile =
    brand.profiles.find((p) => p.language === lang) ??
    brand.profiles.find((p) => lang && (p.languages ?? [p.language]).includes(lang)) ??
    brand.profiles[0];
  return profile ? { profile, lang: lang ?? profile.language } : null;
}

/** What one page's meter knows between events. */
interface Wiring {
  ctx: ContentScriptContext;
  page: RepliesPage;
  meter: MeterView | null;
  /** The reply box being typed in. */
  active: Element | null;
  timer: number | undefined;
  /** The tone profiles could not be loaded, and the CM was told. */
  warned: boolean;
  // "Rewrite draft with AI": the outcome and the Undo belong to the box they were made in.
  aiBusy: boolean;
  aiNote: string;
  aiFor: Element | null;
  undo: { composer: Element; original: string; rewritten: string } | null;
  /**
   * The user pressed a key or a pointer since the last input or focus that counted. A page script's
   * execCommand or focus() makes trusted events with neither: it must not get the meter to judge a
   * text of its choosing (the meter's size would tell it, e.g. which words the brand bans).
   */
  armed: boolean;
}

/** Starts the meter; returns how to move the keyboard focus to its first fix (the "focus-tone-meter" command). */
export function startMeter(ctx: ContentScriptContext, page: RepliesPage): { focusFix(): boolean } {
  const w: Wiring = {
    ctx,
    page,
    meter: null,
    active: null,
    timer: undefined,
    warned: false,
    aiBusy: false,
    aiNote: '',
    aiFor: null,
    undo: null,
    armed: false,
  };
  listen(w);
  return { focusFix: () => w.meter?.focusFirstFix() ?? false };
}

function loadTone(w: Wiring) {
  return pageTone(w.page).catch((error: unknown) => {
    // Said once; the next keystroke tries again.
    if (!w.warned)
      showToast(
        w.page.doc,
        t(w.page.lang, 'meter.unavailable', { reason: error instanceof Error ? error.message : String(error) }),
      );
    w.warned = true;
    return null;
  });
}

async function check(w: Wiring): Promise<void> {
  const { page } = w;
  const composer = w.active;
  const el = composer && editableOf(composer);
  if (!composer || !el || !composer.isConnected) return w.meter?.hide();
  const text = readBack(el);
  if (text.trim() === '') return w.meter?.hide();
  const loaded = await loadTone(w);
  const chosen = loaded && profileFor(loaded, page, keyOfComposer(page, composer), text);
  if (!chosen || composer !== w.active) return;
  const { profile, lang } = chosen;
  const problems = checkDraft(text, profile, { platform: page.adapter.platform, lang });
  w.meter ??= createMeter(page.doc, page.lang, () => {
    // Escape in the meter: back to the box, caret where the browser kept it.
    const box = w.active && editableOf(w.active);
    box?.focus({ preventScroll: true });
  });
  if (!w.meter.host.isConnected) page.doc.documentElement.append(w.meter.host);
  w.meter.show(problems, (p) => void fix(w, composer, profile, lang, p));
  w.meter.place(composer.getBoundingClientRect());
  await drawAi(w);
}

/** "Rewrite draft with AI": offered only while the background says AI rewriting is on (asked once per page). */
async function drawAi(w: Wiring): Promise<void> {
  const { page } = w;
  const status = await aiStatus(page);
  const { meter, active } = w;
  if (!meter) return;
  if (!status.active) return meter.setAi(null);
  const box = active && editableOf(active);
  const undo = w.undo;
  const canUndo = !!undo && undo.composer === active && !!box && squash(readBack(box)) === squash(undo.rewritten);
  meter.setAi({
    hint: t(page.lang, 'aiPage.hintDraft', { provider: providerName(page.lang, status.provider) }),
    busy: w.aiBusy,
    canUndo,
    note: w.aiFor === active ? w.aiNote : '',
    onRewrite: () => void rewriteDraft(w),
    onUndo: () => void undoRewrite(w),
  });
  // The row (and its note) change the meter's height: keep it clear of the box.
  if (active?.isConnected && !meter.host.hidden) meter.place(active.getBoundingClientRect());
}

async function say(w: Wiring, composer: Element, note: string): Promise<void> {
  w.aiFor = composer;
  w.aiNote = note;
  await drawAi(w);
}

async function rewriteDraft(w: Wiring): Promise<void> {
  const { page } = w;
  const composer = w.active;
  const el = composer && editableOf(composer);
  if (!composer || !el || w.aiBusy) return;
  const draft = readBack(el);
  if (draft.trim() === '') return;
  if (draft.trim().length > AI_MAX_CHARS)
    return say(w, composer, t(page.lang, 'aiPage.tooLong', { max: AI_MAX_CHARS }));
  const key = keyOfComposer(page, composer);
  const loaded = await loadTone(w);
  const lang = (loaded && profileFor(loaded, page, key, draft)?.lang) || draftLanguage(draft) || page.lang;
  w.aiBusy = true;
  w.undo = null;
  await say(w, composer, t(page.lang, 'aiPage.rewriting'));
  let note: string;
  try {
    const result = await page.send('ai.rewrite', rewriteRequest(page, key, draft, lang));
    if (squash(readBack(el)) !== squash(draft)) {
      // The CM kept typing: their text wins, the rewrite is dropped.
      note = t(page.lang, 'aiPage.draftTyped');
    } else {
      const r = await replaceAll(composer, result.text);
      if (r.ok) {
        w.undo = { composer, original: draft, rewritten: result.text };
        note = t(page.lang, 'aiPage.draftDone');
        // The rewritten draft is a reply inserted with Tact, from AI (a later revision replaces it).
        if (key) void logInserted(page, key, result.text, 'ai');
      } else note = t(page.lang, r.copied ? 'aiPage.draftNotApplied' : 'aiPage.draftNotAppliedNoCopy');
    }
  } catch (error) {
    note = t(page.lang, 'aiPage.failed', { reason: aiErrorText(page.lang, error) });
  } finally {
    w.aiBusy = false;
  }
  await say(w, composer, note);
  await check(w);
}

async function undoRewrite(w: Wiring): Promise<void> {
  const { page } = w;
  const u = w.undo;
  const el = u && editableOf(u.composer);
  if (!u || !el) return;
  w.undo = null;
  if (squash(readBack(el)) !== squash(u.rewritten)) return say(w, u.composer, t(page.lang, 'aiPage.draftChanged'));
  const r = await replaceAll(u.composer, u.original);
  await say(
    w,
    u.composer,
    r.ok
      ? t(page.lang, 'aiPage.draftUndone')
      : t(page.lang, r.copied ? 'aiPage.draftUndoFailed' : 'aiPage.draftUndoFailedNoCopy'),
  );
  await check(w);
}

async function fix(w: Wiring, composer: Element, profile: ToneProfile, lang: 'fr' | 'en', problem: Problem) {
  const { page } = w;
  const el = editableOf(composer);
  if (!el) return;
  // Recheck the text as it is now: the CM may have typed since the meter was drawn.
  const text = readBack(el);
  const now = checkDraft(text, profile, { platform: page.adapter.platform, lang }).find(
    (p) => p.kind === problem.kind && p.start === problem.start && p.fix,
  );
  if (!now?.fix) return void check(w);
  const result = await replaceAll(composer, applyFix(text, now.fix));
  if (!result.ok) showToast(page.doc, t(page.lang, 'meter.fixFailed'));
  await check(w);
}

function schedule(w: Wiring, target: EventTarget | null): void {
  const composer = composerOf(w.page, target);
  if (!composer) return;
  w.active = composer;
  if (w.timer !== undefined) clearTimeout(w.timer);
  w.timer = w.ctx.setTimeout(() => {
    w.timer = undefined;
    void check(w);
  }, METER_DEBOUNCE_MS);
}

function listen(w: Wiring): void {
  const { ctx, page } = w;
  const arm = (e: Event) => {
    if (e.isTrusted) w.armed = true;
  };
  ctx.addEventListener(window, 'keydown', arm, { capture: true });
  ctx.addEventListener(window, 'pointerdown', arm, { capture: true });
  // Tact's own inserts (untrusted input events) follow the user's click or key, so they still count.
  const counted = (e: Event) => {
    if (!w.armed) return;
    w.armed = false;
    schedule(w, e.target);
  };
  ctx.addEventListener(page.doc, 'input', counted, { capture: true });
  ctx.addEventListener(page.doc, 'focusin', counted, { capture: true });
  // Leaving the box hides the meter (a fix's click keeps the focus in the box: see meter.ts).
  ctx.addEventListener(
    page.doc,
    'focusout',
    (e) => {
      const left = composerOf(page, e.target);
      if (!left) return;
      ctx.setTimeout(() => {
        const into = page.doc.activeElement;
        if (w.active === left && !left.contains(into) && into !== w.meter?.host) {
          if (w.timer !== undefined) clearTimeout(w.timer);
          w.timer = undefined;
          w.meter?.hide();
        }
      }, 200);
    },
    { capture: true },
  );
  // Keep it beside its box while the page scrolls or resizes.
  const follow = () => {
    if (!w.meter || w.meter.host.hidden) return;
    if (w.active?.isConnected) w.meter.place(w.active.getBoundingClientRect());
    else w.meter.hide(); // the box went away (a reply modal closed)
  };
  ctx.addEventListener(window, 'scroll', follow, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', follow, { passive: true });
  ctx.onInvalidated(() => w.meter?.remove());
  // Built in the page language of its time: a new setting gets a new meter at the next check.
  ctx.onInvalidated(
    onPageLanguageChange(() => {
      w.meter?.remove();
      w.meter = null;
      void check(w);
    }),
  );
}
