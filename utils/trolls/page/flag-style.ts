// The troll flag's and its card's stylesheet (flag.ts), in its closed shadow root: light and dark.
export const FLAG_STYLE = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 0 4px; position: relative; }
.flag { font: 600 12px/1.5 system-ui, sans-serif; color: #fff; background: #b91c1c; border: 0;
  border-radius: 8px; padding: 0 6px; white-space: nowrap; cursor: pointer; }
/* Not a troll: a quiet pale pill, never an alarm. Its own background keeps the text readable on light
   and dark sites alike (a transparent one read 3.1:1 on dark themes). */
.flag.customer { background: #eff6ff; color: #1e40af; box-shadow: inset 0 0 0 1px #1e40af; }
/* The icons are drawn, not written: empty alt text keeps them out of the name (it must match what is read). */
.flag::before { content: "⚑\\a0"; content: "⚑\\a0" / ""; }
.flag.customer::before { content: "ℹ\\a0"; content: "ℹ\\a0" / ""; }
.flag.confirmed::after { content: " ✓"; content: " ✓" / ""; }
button:focus-visible, input:focus-visible, textarea:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
/* Fixed, in the top layer where the Popover API exists: a site's overflow:hidden or transforms cannot clip it. */
.card { position: fixed; z-index: 2147483647; inset: auto; margin: 0; width: 300px;
  max-height: calc(100vh - 16px); overflow: auto; background: #fff; color: #111; border: 1px solid #d4d4d8;
  border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.15); padding: 8px 10px;
  font: 13px/1.45 system-ui, sans-serif; }
[hidden] { display: none !important; }
h2 { font: 700 14px/1.3 system-ui, sans-serif; margin: 0 0 6px; }
dl { margin: 0 0 6px; display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; }
dt { color: #52525b; } dd { margin: 0; }
ul { margin: 0; padding-left: 16px; } q { font-weight: 600; } .clause { margin: 0 0 6px; font-weight: 600; }
.row { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
.row button, form button { font: 600 12px/1.4 system-ui, sans-serif; border: 1px solid #71717a;
  background: #f4f4f5; color: #111; border-radius: 6px; padding: 2px 8px; cursor: pointer; }
form { margin-top: 8px; display: grid; gap: 4px; }
fieldset { border: 0; margin: 0; padding: 0; } legend { color: #52525b; padding: 0; }
input[type=text], textarea { font: 13px system-ui, sans-serif; width: 100%; box-sizing: border-box; }
.small { color: #52525b; font-size: 12px; margin: 6px 0 0; }
.status { margin: 6px 0 0; font-weight: 600; } .status.error { color: #b91c1c; }
@media (prefers-color-scheme: dark) {
  .flag.customer { background: #172554; color: #dbeafe; box-shadow: inset 0 0 0 1px #93c5fd; }
  button:focus-visible, input:focus-visible, textarea:focus-visible { outline-color: #93c5fd; }
  .card { background: #18181b; color: #f4f4f5; border-color: #3f3f46; } dt, legend, .small { color: #a1a1aa; }
  .row button, form button { background: #27272a; color: #f4f4f5; border-color: #71717a; }
  .status.error { color: #fca5a5; }
}
`;
