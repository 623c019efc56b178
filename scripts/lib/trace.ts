// Measuring what the extension costs a page's main thread, from a Chrome trace (CDP Tracing):
// a task is Tact's when JavaScript from the extension's content script runs inside it. Used by
// the overlay benchmark (tests/bench/overlay.bench.ts).
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string } };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute'];

export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

/** JavaScript entry points that carry the URL of the script they run. */
const JS_ENTRIES = new Set([
  'FunctionCall',
  'EvaluateScript',
  'v8.callFunction',
  'v8.run',
  'TimerFire',
  'FireAnimationFrame',
]);

export interface TactCost {
  /** Tasks of the page's main thread in which the content script ran. */
  tasks: number;
  /** Their total duration (ms): the content script's JS plus the style and layout in those tasks. */
  taskMs: number;
  /** The longest of them (ms). */
  longestTaskMs: number;
  /** Time inside the content script's own JS entry points (ms), nested calls counted once. */
  scriptMs: number;
  /** The longest single stretch of content-script JS (ms). */
  longestScriptMs: number;
  /** Main-thread tasks over 50 ms in the whole window, Tact's or not. */
  longTasks: number[];
}

const isTact = (e: TraceEvent, marker: string) => {
  const url = e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
  return url.includes(marker);
};

/**
 * The cost of the script whose URL contains `marker` (e.g. "/content-scripts/facebook.js") on the
 * main thread where it ran, from `fromTs` (trace microseconds) on.
 */
export function tactCost(events: TraceEvent[], marker: string, fromTs = 0): TactCost {
  const mine = events.find((e) => JS_ENTRIES.has(e.name) && isTact(e, marker));
  const empty: TactCost = { tasks: 0, taskMs: 0, longestTaskMs: 0, scriptMs: 0, longestScriptMs: 0, longTasks: [] };
  if (!mine) return empty;
  const thread = events.filter(
    (e) => e.pid === mine.pid && e.tid === mine.tid && e.ph === 'X' && typeof e.dur === 'number' && e.ts >= fromTs,
  );
  const tasks = thread
    .filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')
    .sort((a, b) => a.ts - b.ts);
  // Top-level stretches of Tact JS: entries not nested in an earlier Tact entry.
  const entries = thread
    .filter((e) => JS_ENTRIES.has(e.name) && isTact(e, marker))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const stretches: TraceEvent[] = [];
  for (const e of entries) {
    const last = stretches.at(-1);
    if (last && e.ts < last.ts + last.dur!) continue;
    stretches.push(e);
  }
  // Outermost tasks only (ThreadControllerImpl::RunTask wraps RunTask on some builds).
  const outer: TraceEvent[] = [];
  for (const t of tasks) {
    const last = outer.at(-1);
    if (last && t.ts < last.ts + last.dur!) continue;
    outer.push(t);
  }
  const tactTasks = outer.filter((t) => stretches.some((s) => s.ts >= t.ts && s.ts < t.ts + t.dur!));
  const ms = (us: number) => us / 1000;
  return {
    tasks: tactTasks.length,
    taskMs: ms(tactTasks.reduce((s, t) => s + t.dur!, 0)),
    longestTaskMs: ms(Math.max(0, ...tactTasks.map((t) => t.dur!))),
    scriptMs: ms(stretches.reduce((s, e) => s + e.dur!, 0)),
    longestScriptMs: ms(Math.max(0, ...stretches.map((e) => e.dur!))),
    longTasks: outer.filter((t) => t.dur! > 50_000).map((t) => ms(t.dur!)),
  };
}
