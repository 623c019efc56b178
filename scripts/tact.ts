// The command line: `npm run --silent tact -- <command>`, running the extension's own core code.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { PLATFORMS, type Platform } from '../utils/platforms/ids';
import type { LineOut } from './cli/jsonl';
import { loadBrands, mentionsLine } from './cli/mentions';

const HELP = `Usage: npm run --silent tact -- <command> [options]

Commands:
  mentions --brand <brand.json>   read JSON lines {"id","text"} on stdin, write
                                  {"id","mentions":[{"brand","term","start","end"}],
                                  "intent","sentiment","priority"} per line
  check-brand <brand.json>        validate a brand file and print it normalised
  extract --platform <${PLATFORMS.join('|')}> [--url <page url>] <file.html>
                                  read a saved page with the extension's adapters (its
                                  scripts never run) and write one line per item:
                                  {"id","kind","author":{"name","handle","url"},"text",
                                  "time","permalink","parentId"}; --url is where the page
                                  was (default: from the saved page, else the site's feed)
  classify [--threshold <0-1>] [--brand <brand.json>]
                                  read JSON lines {"id","text","lang"?,"author"?,"context"?:
                                  {"post"?,"thread"?:[{"author","text"}]}} on stdin and write
                                  {"id","abuse","troll","type","confidence","cues","action"}
                                  per line (troll typology); with --brand, "own": true (never
                                  judged) when the author is one of the brand's own accounts
  classify --csv <file> --text-column <name> [--id-column <name>] [--author-column <name>]
           [--lang-column <name>] [--delimiter <c>]
                                  the same for each row of a CSV export of comments
  suggest --profile <tone.json> [--brand <brand.json>] [--snippets <snippets.json>]
          [--agent <name>] [--link <url>] [--charter <charter.json>]
                                  read JSON lines {"id","text","platform","author"?} on stdin
                                  and write {"id","action","replies":[{"text","snippet"}]}:
                                  the troll playbook's action (null for an ordinary comment)
                                  and up to three replies in the brand's tone of voice;
                                  with --charter (a charter file exported from the options),
                                  a troll's line also gets "charter":{"clause","replies"}: the
                                  clause it breaks and replies citing it
  check --profile <tone.json> [--agent <name>]
                                  read JSON lines {"id","text","platform"} on stdin and write
                                  {"id","issues":[{"kind","start","end","fix"}]}; kinds:
                                  banned_word, address_form, too_long, missing_signature,
                                  emoji, shouting, negative_tone, preferred_word
  report --from <ISO> --to <ISO> [--tz <IANA zone>] [--format json|csv|md] [--input <file>]
         [--lang en|fr] [--separator ,|;] [--target <minutes>]
                                  read JSON lines of mention records {"id","platform","brand",
                                  "intent","sentiment","postedAt","seenAt","repliedAt"?,"status"}
                                  (stdin or --input) and print the report of [from, to) and of
                                  the period of equal length before (see docs/cli.md)
  report --backup <file> --from <ISO> --to <ISO> [...]
                                  the same from the extension's full backup file
  help                            show this help

JSON-lines input: a blank line is skipped (no output line); a bad line gets {"line","id","error"}
in its place (line = its number in the input, blank lines counted), also written to stderr.

Exit codes: 0 done, 1 failed (for suggest and check: also when an input line was bad; the
other lines are still written), 2 bad arguments.`;

function usage(message: string): never {
  console.error(`${message}\n\n${HELP}`);
  process.exit(2);
}

/**
 * Runs `fn` on each input line with its 1-based number (blank lines are counted, then skipped: they get
 * no output line). A bad line's `{"line","id","error"}` goes to stdout in its place and to stderr too;
 * with `failOnBad` (suggest, check) the exit code is 1 at the end when there was one.
 */
async function eachLine(fn: (line: string, lineNo: number) => LineOut | null, failOnBad = false) {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  let bad = 0;
  for await (const line of rl) {
    const out = fn(line, ++n);
    if (!out) continue;
    process.stdout.write(out.line + '\n');
    if (out.bad) {
      bad++;
      process.stderr.write(out.line + '\n');
    }
  }
  if (bad > 0 && failOnBad) {
    console.error(`${bad} input line${bad === 1 ? '' : 's'} could not be read (see the "error" lines).`);
    process.exitCode = 1;
  }
}

async function main(argv: string[]) {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    console.log(HELP);
    return;
  }
  switch (command) {
    case 'mentions': {
      let values;
      try {
        values = parseArgs({ args: rest, options: { brand: { type: 'string' } } }).values;
      } catch (e) {
        usage((e as Error).message);
      }
      if (!values.brand) usage('mentions needs --brand <brand.json>');
      const brands = loadBrands(values.brand);
      await eachLine((line, n) => mentionsLine(line, n, brands));
      return;
    }
    case 'check-brand': {
      if (rest.length !== 1) usage('check-brand needs exactly one file');
      console.log(JSON.stringify(loadBrands(rest[0]!), null, 2));
      return;
    }
    case 'extract': {
      let parsed;
      try {
        parsed = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { platform: { type: 'string' }, url: { type: 'string' } },
        });
      } catch (e) {
        usage((e as Error).message);
      }
      const { values, positionals } = parsed;
      const platform = values.platform as Platform | undefined;
      if (!platform || !PLATFORMS.includes(platform))
        usage(`extract needs --platform ${PLATFORMS.slice(0, -1).join(', ')} or ${PLATFORMS.at(-1)}`);
      if (positionals.length !== 1) usage('extract needs exactly one saved page (file.html)');
      if (values.url !== undefined && !/^https?:\/\/[^/]/.test(values.url))
        usage(`--url must be an http(s) URL, not "${values.url}"`);
      // Loaded only here: happy-dom is heavy, and the other commands do not need it.
      const { runExtract } = await import('./cli/extract');
      await runExtract(positionals[0]!, platform, values.url);
      return;
    }
    case 'classify': {
      let values;
      try {
        values = parseArgs({
          args: rest,
          options: {
            csv: { type: 'string' },
            'text-column': { type: 'string' },
            'id-column': { type: 'string' },
            'author-column': { type: 'string' },
            'lang-column': { type: 'string' },
            delimiter: { type: 'string' },
            threshold: { type: 'string' },
            brand: { type: 'string' },
          },
        }).values;
      } catch (e) {
        usage((e as Error).message);
      }
      const threshold = values.threshold === undefined ? undefined : Number(values.threshold);
      if (threshold !== undefined && !(threshold >= 0 && threshold <= 1))
        usage('--threshold must be a number from 0 to 1');
      if (values.delimiter !== undefined && values.delimiter.length !== 1) usage('--delimiter must be one character');
      if (values.csv === undefined && values['text-column'] !== undefined) usage('--text-column needs --csv <file>');
      if (values.csv !== undefined && !values['text-column']) usage('classify --csv needs --text-column <name>');
      const { classifyCsv, classifyLine, readCsvFile } = await import('./cli/classify');
      const { loadAbuseModel } = await import('../utils/trolls/core/abuse');
      const model = await loadAbuseModel();
      const brands = values.brand ? loadBrands(values.brand) : undefined;
      if (values.csv !== undefined) {
        const content = readCsvFile(values.csv);
        const opts = {
          textColumn: values['text-column']!,
          idColumn: values['id-column'],
          authorColumn: values['author-column'],
          langColumn: values['lang-column'],
          delimiter: values.delimiter,
          threshold,
          brands,
        };
        for (const out of classifyCsv(content, model, opts)) process.stdout.write(out + '\n');
        return;
      }
      await eachLine((line, n) => classifyLine(line, n, model, threshold, brands));
      return;
    }
    case 'suggest':
    case 'check': {
      let values;
      try {
        values = parseArgs({
          args: rest,
          options: {
            profile: { type: 'string' },
            agent: { type: 'string' },
            ...(command === 'suggest'
              ? {
                  brand: { type: 'string' },
                  snippets: { type: 'string' },
                  link: { type: 'string' },
                  charter: { type: 'string' },
                }
              : {}),
          },
        }).values as {
          profile?: string;
          agent?: string;
          brand?: string;
          snippets?: string;
          link?: string;
          charter?: string;
        };
      } catch (e) {
        usage((e as Error).message);
      }
      if (!values.profile) usage(`${command} needs --profile <tone.json>`);
      if (values.link !== undefined && !/^https?:\/\/[^/\s]+\S*$/.test(values.link))
        usage(`--link must be an http(s) URL, not "${values.link}"`);
      const tone = await import('./cli/tone');
      const profile = tone.loadToneProfile(values.profile);
      if (command === 'check') {
        await eachLine((line, n) => tone.checkLine(line, n, profile, values.agent), true);
        return;
      }
      const brand = values.brand ? loadBrands(values.brand)[0] : undefined;
      const snippets = values.snippets ? tone.loadSnippets(values.snippets) : [];
      const charter = values.charter ? tone.loadCharter(values.charter) : undefined;
      if (profile.signature.includes('{agent}') && !values.agent?.trim())
        console.error('Note: the signature has {agent} and no --agent was given: replies are signed without a name.');
      const { loadAbuseModel } = await import('../utils/trolls/core/abuse');
      const model = await loadAbuseModel();
      const run = { profile, model, brand, snippets, charter, agent: values.agent, link: values.link };
      await eachLine((line, n) => tone.suggestLine(line, n, run), true);
      return;
    }
    case 'report': {
      const { runReportCommand } = await import('./cli/report');
      await runReportCommand(rest, usage);
      return;
    }
    default:
      usage(`Unknown command "${command}".`);
  }
}

main(process.argv.slice(2)).catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
