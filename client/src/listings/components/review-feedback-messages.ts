/** Copy of the reviewers' feedback in the edit form (issue 11). B1 Dutch first; `en` has the same shape. */
export const nl = {
  titleChanges: (n: number) => `De beoordelaars vragen je versie ${n} aan te passen`,
  titleRejected: (n: number) => `De beoordelaars hebben versie ${n} afgewezen`,
  when: (date: string) => `Hun reactie is van ${date}.`,
  general: 'Wat de beoordelaars zeggen:',
  perField: 'Opmerkingen bij onderdelen van het formulier. Je ziet ze ook bij het veld zelf:',
  criterion: (title: string) => `Eis: ${title}`,
  next: 'Pas de app aan en sla op. Stuur de app daarna opnieuw in om hem te laten beoordelen.',
  note: 'Opmerking van de beoordelaar',
  noteAbout: (title: string) => `Opmerking van de beoordelaar over de eis "${title}"`,
};

export type ReviewFeedbackMessages = typeof nl;

export const en: ReviewFeedbackMessages = {
  titleChanges: (n: number) => `The reviewers ask you to change version ${n}`,
  titleRejected: (n: number) => `The reviewers rejected version ${n}`,
  when: (date: string) => `Their feedback is from ${date}.`,
  general: 'What the reviewers say:',
  perField: 'Comments on parts of the form. You also see them beside the field itself:',
  criterion: (title: string) => `Criterion: ${title}`,
  next: 'Change the app and save. Then submit the app again to have it reviewed.',
  note: "Reviewer's comment",
  noteAbout: (title: string) => `Reviewer's comment on the criterion "${title}"`,
};

export const reviewFeedbackMessages = { nl, en };
