// When the live tone meter runs: on input in one of the site's reply boxes, debounced, it checks the
// draft (checkDraft, pure, in this content script) against the tone profile of the brand the item
// being answered is about (else the first brand's), fetched once per page. A fix rewrites the box's
// text through the composer path (read back and verified) and the check runs again.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { applyFix, checkDraft, type Problem } from '../core/tone/check';
import type { ToneProfile } from '../core/tone/profile';
import { t } from '../i18n/translate';
import type { ResponseOf } from '../messaging/protocol';
import { editableOf, readBack } from './insert';
import { createMeter, type MeterView } from './meter';
import { composerOf, keyOfComposer, pageTone, type RepliesPage } from './replies';
import { replaceAll } from './rewrite';
import { showToast } from './toast';

export const METER_DEBOUNCE_MS = 150;

type PageTone = ResponseOf<'tone.forPage'>;

/** The profile for a reply to the item `key`: its brand's, in its language when the brand has several. */
export function profileFor(tone: PageTone, page: Pick<RepliesPage, 'known'>, key: string | null): ToneProfile | null {
  const known = key ? page.known.get(key) : undefined;
  const brandId = known?.brandIds[0] ?? tone.defaultBrandId;
  const brand = tone.brands.find((b) => b.brandId === brandId) ?? tone.brands[0];
  if (!brand) return null;
  return brand.profiles.find((p) => p.language === known?.lang) ?? brand.profiles[0] ?? null;
}

export function startMeter(ctx: ContentScriptContext, page: RepliesPage): void {
  let meter: MeterView | null = null;
  let active: Element | null = null;
  let timer: number | undefined;
  let warned = false;

  const loadTone = () =>
    pageTone(page).catch((error: unknown) => {
      // Said once; the next keystroke tries again.
      if (!warned) showToast(page.doc, t(page.lang, 'meter.unavailable', { reason: error instanceof Error ? error.message : String(error) }));
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
    const profile = loaded && profileFor(loaded, page, keyOfComposer(page, composer));
    if (!profile || composer !== active) return;
    const problems = checkDraft(text, profile, { platform: page.adapter.platform, lang: page.known.get(keyOfComposer(page, composer) ?? '')?.lang ?? undefined });
    meter ??= createMeter(page.doc, page.lang);
    if (!meter.host.isConnected) page.doc.documentElement.append(meter.host);
    meter.show(problems, (p) => void fix(composer, profile, p));
    meter.place(composer.getBoundingClientRect());
  };

  const fix = async (composer: Element, profile: ToneProfile, problem: Problem) => {
    const el = editableOf(composer);
    if (!el) return;
    // Recheck the text as it is now: the CM may have typed since the meter was drawn.
    const text = readBack(el);
    const now = checkDraft(text, profile, { platform: page.adapter.platform }).find((p) => p.kind === problem.kind && p.start === problem.start && p.fix);
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
  // Keep it beside its box while the page scrolls or resizes.
  const follow = () => {
    if (meter && !meter.host.hidden && active?.isConnected) meter.place(active.getBoundingClientRect());
  };
  ctx.addEventListener(window, 'scroll', follow, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', follow, { passive: true });
  ctx.onInvalidated(() => meter?.remove());
}
