import type { LocalizedText } from './schemas/common.ts';

/** The six self-reliance domains (zelfredzaamheid) the catalog is organised by. */
export const CATEGORY_IDS = [
  'zorg',
  'welzijn',
  'wonen',
  'werk-en-inkomen',
  'geld-en-schulden',
  'meedoen',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

export const CATEGORIES: Record<CategoryId, { label: LocalizedText; description: LocalizedText }> = {
  zorg: {
    label: { nl: 'Zorg', en: 'Care' },
    description: {
      nl: 'Hulp bij zorg thuis, medicijnen en mantelzorg.',
      en: 'Help with care at home, medicines and informal care.',
    },
  },
  welzijn: {
    label: { nl: 'Welzijn', en: 'Wellbeing' },
    description: {
      nl: 'Je goed voelen, contact met anderen en minder eenzaam zijn.',
      en: 'Feeling well, staying in touch with others and feeling less lonely.',
    },
  },
  wonen: {
    label: { nl: 'Wonen', en: 'Housing' },
    description: {
      nl: 'Een huis vinden, veilig wonen en zelfstandig blijven wonen.',
      en: 'Finding a home, living safely and staying independent at home.',
    },
  },
  'werk-en-inkomen': {
    label: { nl: 'Werk en inkomen', en: 'Work and income' },
    description: {
      nl: 'Werk zoeken, een uitkering en regelingen voor inkomen.',
      en: 'Finding work, benefits and income support schemes.',
    },
  },
  'geld-en-schulden': {
    label: { nl: 'Geld en schulden', en: 'Money and debt' },
    description: {
      nl: 'Overzicht in je geld, rekeningen betalen en hulp bij schulden.',
      en: 'Keeping track of money, paying bills and help with debt.',
    },
  },
  meedoen: {
    label: { nl: 'Meedoen', en: 'Taking part' },
    description: {
      nl: 'Vrijwilligerswerk, sport, cultuur en meedoen in je buurt.',
      en: 'Volunteering, sports, culture and taking part in your neighbourhood.',
    },
  },
};
