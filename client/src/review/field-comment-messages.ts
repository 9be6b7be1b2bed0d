/** Copy of the comments per field in the decision form (issue 11). B1 Dutch first. */
export const nl = {
  heading: 'Opmerkingen bij onderdelen',
  intro:
    'Zeg bij welk onderdeel van het formulier iets moet veranderen. De aanbieder ziet je opmerking naast dat veld, zonder je naam.',
  legend: (n: number) => `Opmerking ${n}`,
  field: 'Onderdeel van het formulier',
  chooseField: 'Kies een onderdeel',
  noField: 'Geen onderdeel, alleen een eis',
  criterion: 'Over welke eis? (niet verplicht)',
  noCriterion: 'Geen eis',
  comment: 'Opmerking',
  add: 'Opmerking bij een onderdeel toevoegen',
  remove: (n: number) => `Opmerking ${n} weghalen`,
  fieldOrCriterion: 'Kies een onderdeel of een eis.',
  commentRequired: 'Schrijf de opmerking.',
  tooLong: 'Gebruik hoogstens 2000 tekens.',
  max: 'Je kunt hoogstens 30 opmerkingen geven.',
  fieldsShown: 'Opmerkingen bij onderdelen:',
};

export type FieldCommentMessages = typeof nl;

export const en: FieldCommentMessages = {
  heading: 'Comments on parts of the form',
  intro:
    'Say which part of the form must change. The vendor sees your comment beside that field, without your name.',
  legend: (n: number) => `Comment ${n}`,
  field: 'Part of the form',
  chooseField: 'Choose a part',
  noField: 'No part, only a criterion',
  criterion: 'About which criterion? (optional)',
  noCriterion: 'No criterion',
  comment: 'Comment',
  add: 'Add a comment on a part of the form',
  remove: (n: number) => `Remove comment ${n}`,
  fieldOrCriterion: 'Choose a part or a criterion.',
  commentRequired: 'Write the comment.',
  tooLong: 'Use at most 2000 characters.',
  max: 'You can give at most 30 comments.',
  fieldsShown: 'Comments on parts of the form:',
};

export const fieldCommentMessages = { nl, en };
