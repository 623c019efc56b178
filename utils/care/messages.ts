// Community care's strings: the side panel's Community view and the options' Community section, and
// each part's own file (newcomers, advocates and detractors, charter, crisis), spread in here.
import { enNewcomers, frNewcomers } from './messages-newcomers';
import { enStanding, frStanding } from './messages-standing';
import { enCharter, frCharter } from './messages-charter';
import { enCrisis, frCrisis } from './messages-crisis';
import { enCarePage, frCarePage } from './messages-page';
import { enCharterPage, frCharterPage } from './messages-charter-page';

export const enCare = {
  ...enNewcomers,
  ...enStanding,
  ...enCharter,
  ...enCrisis,
  ...enCarePage,
  ...enCharterPage,
  'sidepanel.viewCare': 'Community',
  'care.panel.heading': 'Community care',
  'settings.section.community': 'Community',
  'settings.keywords.community':
    'community charter rules clause welcome newcomers advocates crisis incident holding statement checklist',
  'care.section.brand': 'Brand',
  'care.section.noBrand': 'Add a brand first (Brands section): the charter and the crisis kit belong to a brand.',
};

export const frCare: { [K in keyof typeof enCare]: string } = {
  ...frNewcomers,
  ...frStanding,
  ...frCharter,
  ...frCrisis,
  ...frCarePage,
  ...frCharterPage,
  'sidepanel.viewCare': 'Communauté',
  'care.panel.heading': 'Animation de la communauté',
  'settings.section.community': 'Communauté',
  'settings.keywords.community':
    'communauté charte règles article bienvenue nouveaux ambassadeurs crise incident déclaration d’attente liste',
  'care.section.brand': 'Marque',
  'care.section.noBrand':
    'Ajoutez d’abord une marque (section Marques) : la charte et le kit de crise appartiennent à une marque.',
};
