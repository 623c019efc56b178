// The options page's sections, in navigation order: what each shows and the words search finds it
// by (its labels and its keywords, in both languages). A new section is one entry here.
import type { SettingsSection } from '../../../components/settings-shell';
import { ToneOptions } from '../../../utils/tone/ui/tone-section';
import { SnippetOptions } from '../../../utils/snippets/ui/snippet-library';
import { TrollSettings } from '../../../utils/trolls/ui/troll-settings';
import { AiSection } from './ai';
import { BrandsSection } from './brands';
import { GeneralSection } from './general';
import { SharingSection } from './sharing';
import { ReportsSection } from '../../../utils/reports/ui/reports-section';
import { CareSection } from '../../../utils/care/ui/care-section';

export const DEFAULT_SECTION = 'brands';

export const SECTIONS: readonly SettingsSection[] = [
  {
    id: 'brands',
    title: 'settings.section.brands',
    keywords: 'settings.keywords.brands',
    labels: [
      'brand.form.new',
      'brand.field.name',
      'brand.field.aliases',
      'brand.field.handles',
      'brand.field.hashtags',
      'brand.field.products',
      'brand.field.misspellings',
      'brand.field.query',
      'brand.field.exclude',
      'brand.field.languages',
    ],
    Component: BrandsSection,
  },
  {
    id: 'tone',
    title: 'settings.section.tone',
    keywords: 'settings.keywords.tone',
    labels: [
      'tone.field.address',
      'tone.field.register',
      'tone.field.formality',
      'tone.field.warmth',
      'tone.field.emoji',
      'tone.field.greetings',
      'tone.field.signOffs',
      'tone.field.signature',
      'tone.field.preferred',
      'tone.field.banned',
      'tone.field.maxLength',
      'tone.field.examplesDo',
      'tone.field.examplesDont',
      'tone.preview.heading',
    ],
    Component: ToneOptions,
  },
  {
    id: 'snippets',
    title: 'settings.section.snippets',
    keywords: 'settings.keywords.snippets',
    labels: ['snippet.form.new', 'snippet.filter', 'snippet.field.tags', 'snippet.field.intents'],
    Component: SnippetOptions,
  },
  {
    id: 'trolls',
    title: 'settings.section.trolls',
    keywords: 'settings.keywords.trolls',
    labels: ['troll.settings.heading', 'troll.settings.label'],
    Component: TrollSettings,
  },
  {
    id: 'community',
    title: 'settings.section.community',
    keywords: 'settings.keywords.community',
    labels: ['care.section.brand'],
    Component: CareSection,
  },
  {
    id: 'sharing',
    title: 'settings.section.sharing',
    keywords: 'settings.keywords.sharing',
    labels: [
      'kit.heading',
      'kit.export.button',
      'kit.import.file',
      'sub.heading',
      'sync.heading',
      'sync.serverUrl',
      'sync.invite',
      'roam.heading',
    ],
    Component: SharingSection,
  },
  {
    id: 'reports',
    title: 'settings.section.reports',
    keywords: 'settings.keywords.reports',
    labels: [
      'report.settings.heading',
      'report.settings.timezone',
      'report.settings.target',
      'report.settings.hours',
      'report.settings.reminder',
      'report.settings.separator',
    ],
    Component: ReportsSection,
  },
  {
    id: 'ai',
    title: 'settings.section.ai',
    keywords: 'settings.keywords.ai',
    labels: ['ai.heading', 'ai.provider', 'ai.openai.baseUrl', 'ai.openai.apiKey', 'ai.try.heading'],
    Component: AiSection,
  },
  {
    id: 'general',
    title: 'settings.section.general',
    keywords: 'settings.keywords.general',
    labels: ['language.label'],
    Component: GeneralSection,
  },
];
