// When the live tone meter runs: on input in one of the site's reply boxes, debounced, it checks the
// draft (checkDraft, pure, in this content script) against the tone profile of the brand the item
// being answered is about (else the first brand's), fetched once per page. A fix rewrites the box's
// text through the composer path (read back and verified) and the check runs again.
import { onPageLanguageChange } from '../../overlay/page-lang';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { applyFix, checkDraft, type Problem } from '../core/check';
import { draftLanguage } from '../core/draft-lang';
import { profileLanguages, type ToneProfile } from '../core/profile';
import { t } from '../../i18n/translate';
import type { ResponseOf } from '../../messaging/protocol';
import { AI_MAX_CHARS, aiErrorText, aiStatus, providerName, rewriteRequest } from './ai-rewrite';
import { editableOf, readBack, squash } from '../../overlay/insert';
import { createMeter, type MeterView } from './meter';
import { composerOf, keyOfComposer, pageTone, type RepliesPage } from './replies';
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
    brand.profiles.find((p) => lang && profileLanguages(p).includes(lang)) ??
    brand.profiles[0];
  return profile ? { profile, lang: lang ?? profile.language } : null;
}

/** Starts the meter; returns how to move the keyboard focus to its first fix (the "focus-tone-meter" command). */
export function startMeter(ctx: ContentScriptContext, page: RepliesPage): { focusFix(): boolean } {
  let meter: MeterView | null = null;
  let active: Element | null = null;
  let timer: number | undefined;
  let warned = false;

  const loadTone = () =>
    pageTone(page).catch((error: unknown) => {
      // Said once; the next keystroke tries again.
      if (!warned)
        showToast(
          page.doc,
          t(page.lang, 'meter.unavailable', { reason: error instanceof Error ? error.message : String(error) }),
        );
      warned = true;
      return null;
    });

  const check = async () => {
    const composer = active;
    const el = composer && editableOf(composer);
    if (!composer || !el || !composer.isConnected) return meter?.hide();
    const text = readBack(el);
    if (text.trim() === '') return meter?.hide();
    const loaded = await loadTone();
    const chosen = loaded && profileFor(loaded, page, keyOfComposer(page, composer), text);
    if (!chosen || composer !== active) return;
    const { profile, lang } = chosen;
    const problems = checkDraft(text, profile, { platform: page.adapter.platform, lang });
    meter ??= createMeter(page.doc, page.lang, () => {
      // Escape in the meter: back to the box, caret where the browser kept it.
      const box = active && editableOf(active);
      box?.focus({ preventScroll: true });
    });
    if (!meter.host.isConnected) page.doc.documentElement.append(meter.host);
    meter.show(problems, (p) => void fix(composer, profile, lang, p));
    meter.place(composer.getBoundingClientRect());
    await drawAi();
  };

  // "Rewrite draft with AI": offered only while the background says AI rewriting is on (asked once
  // per page). The outcome and the Undo belong to the box they were made in.
  let aiBusy = false;
  let aiNote = '';
  let aiFor: Element | null = null;
  let undo: { composer: Element; original: string; rewritten: string } | null = null;

  const drawAi = async () => {
    const status = await aiStatus(page);
    if (!meter) return;
    if (!status.active) return meter.setAi(null);
    const box = active && editableOf(active);
    const canUndo = !!undo && undo.composer === active && !!box && squash(readBack(box)) === squash(undo.rewritten);
    meter.setAi({
      hint: t(page.lang, 'aiPage.hintDraft', { provider: providerName(page.lang, status.provider) }),
      busy: aiBusy,
      canUndo,
      note: aiFor === active ? aiNote : '',
      onRewrite: () => void rewriteDraft(),
      onUndo: () => void undoRewrite(),
    });
    // The row (and its note) change the meter's height: keep it clear of the box.
    if (active?.isConnected && !meter.host.hidden) meter.place(active.getBoundingClientRect());
  };

  const say = async (composer: Element, note: string) => {
    aiFor = composer;
    aiNote = note;
    await drawAi();
  };

  const rewriteDraft = async () => {
    const composer = active;
    const el = composer && editableOf(composer);
    if (!composer || !el || aiBusy) return;
    const draft = readBack(el);
    if (draft.trim() === '') return;
    if (draft.trim().length > AI_MAX_CHARS) return say(composer, t(page.lang, 'aiPage.tooLong', { max: AI_MAX_CHARS }));
    const key = keyOfComposer(page, composer);
    const loaded = await loadTone();
    const lang = (loaded && profileFor(loaded, page, key, draft)?.lang) || draftLanguage(draft) || page.lang;
    aiBusy = true;
    undo = null;
    await say(composer, t(page.lang, 'aiPage.rewriting'));
    let note: string;
    try {
      const result = await page.send('ai.rewrite', rewriteRequest(page, key, draft, lang));
      if (squash(readBack(el)) !== squash(draft)) {
        // The CM kept typing: their text wins, the rewrite is dropped.
        note = t(page.lang, 'aiPage.draftTyped');
      } else {
        const r = await replaceAll(composer, result.text);
        if (r.ok) {
          undo = { composer, original: draft, rewritten: result.text };
          note = t(page.lang, 'aiPage.draftDone');
        } else note = t(page.lang, r.copied ? 'aiPage.draftNotApplied' : 'aiPage.draftNotAppliedNoCopy');
      }
    } catch (error) {
      note = t(page.lang, 'aiPage.failed', { reason: aiErrorText(page.lang, error) });
    } finally {
      aiBusy = false;
    }
    await say(composer, note);
    await check();
  };

  const undoRewrite = async () => {
    const u = undo;
    const el = u && editableOf(u.composer);
    if (!u || !el) return;
    undo = null;
    if (squash(readBack(el)) !== squash(u.rewritten)) return say(u.composer, t(page.lang, 'aiPage.draftChanged'));
    const r = await replaceAll(u.composer, u.original);
    await say(
      u.composer,
      r.ok
        ? t(page.lang, 'aiPage.draftUndone')
        : t(page.lang, r.copied ? 'aiPage.draftUndoFailed' : 'aiPage.draftUndoFailedNoCopy'),
    );
    await check();
  };

  const fix = async (composer: Element, profile: ToneProfile, lang: 'fr' | 'en', problem: Problem) => {
    const el = editableOf(composer);
    if (!el) return;
    // Recheck the text as it is now: the CM may have typed since the meter was drawn.
    const text = readBack(el);
    const now = checkDraft(text, profile, { platform: page.adapter.platform, lang }).find(
      (p) => p.kind === problem.kind && p.start === problem.start && p.fix,
    );
    if (!now?.fix) return void check();
    const result = await replaceAll(composer, applyFix(text, now.fix));
    if (!result.ok) showToast(page.doc, t(page.lang, 'meter.fixFailed'));
    await check();
  };

  const schedule = (target: EventTarget | null) => {
    const composer = composerOf(page, target);
    if (!composer) return;
    active = composer;
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      timer = undefined;
      void check();
    }, METER_DEBOUNCE_MS);
  };

  ctx.addEventListener(page.doc, 'input', (e) => schedule(e.target), { capture: true });
  ctx.addEventListener(page.doc, 'focusin', (e) => schedule(e.target), { capture: true });
  // Leaving the box hides the meter (a fix's click keeps the focus in the box: see meter.ts).
  ctx.addEventListener(
    page.doc,
    'focusout',
    (e) => {
      const left = composerOf(page, e.target);
      if (!left) return;
      ctx.setTimeout(() => {
        const into = page.doc.activeElement;
        if (active === left && !left.contains(into) && into !== meter?.host) {
          if (timer !== undefined) clearTimeout(timer);
          timer = undefined;
          meter?.hide();
        }
      }, 200);
    },
    { capture: true },
  );
  // Keep it beside its box while the page scrolls or resizes.
  const follow = () => {
    if (!meter || meter.host.hidden) return;
    if (active?.isConnected) meter.place(active.getBoundingClientRect());
    else meter.hide(); // the box went away (a reply modal closed)
  };
  ctx.addEventListener(window, 'scroll', follow, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', follow, { passive: true });
  ctx.onInvalidated(() => meter?.remove());
  // Built in the page language of its time: a new setting gets a new meter at the next check.
  ctx.onInvalidated(
    onPageLanguageChange(() => {
      meter?.remove();
      meter = null;
      void check();
    }),
  );
  return { focusFix: () => meter?.focusFirstFix() ?? false };
}
