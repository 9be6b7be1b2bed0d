import { MEDIA_LIMITS } from '../../../shared/schemas/media.ts';

const icon = MEDIA_LIMITS.icon;
const shot = MEDIA_LIMITS.screenshot;
const mb = (bytes: number) => bytes / (1024 * 1024);

/** Copy of the images part of the listing form (issue 11 item 15). B1 Dutch first; `en` has the same shape. */
export const nl = {
  legend: 'Pictogram en schermafbeeldingen',
  hint: 'Inwoners zien deze afbeeldingen in de lijst met apps en op de pagina van de app. De beoordelaars bekijken ze ook.',
  afterSave: 'Een pictogram en schermafbeeldingen kun je toevoegen nadat je het concept hebt opgeslagen.',
  icon: 'Pictogram',
  iconHint: `Een PNG-, JPEG- of WebP-bestand van hoogstens ${mb(icon.maxBytes)} MB. Vierkant werkt het best, minstens ${icon.minSide} × ${icon.minSide} en hoogstens ${icon.maxSide} × ${icon.maxSide} pixels. Zonder pictogram tonen we de eerste letters van de naam.`,
  iconPreview: 'Het pictogram zoals inwoners het zien',
  iconRemove: 'Pictogram weghalen',
  screenshotsLegend: 'Schermafbeeldingen',
  screenshotsHint: `Hoogstens 8. Elk een PNG-, JPEG- of WebP-bestand van hoogstens ${mb(shot.maxBytes)} MB, minstens ${shot.minSide} en hoogstens ${shot.maxSide} pixels breed en hoog. Beschrijf wat er op elke afbeelding te zien is, voor wie niet goed kan zien.`,
  item: (n: number) => `Schermafbeelding ${n}`,
  file: (n: number) => `Afbeelding voor schermafbeelding ${n}`,
  replaceHint: 'Kies een ander bestand om de afbeelding te vervangen.',
  preview: (n: number) => `Voorbeeld van schermafbeelding ${n}`,
  altNl: 'Wat is er te zien? (Nederlands)',
  altEn: 'Wat is er te zien? (Engels)',
  add: 'Schermafbeelding toevoegen',
  remove: (n: number) => `Schermafbeelding ${n} weghalen`,
  none: 'Er zijn nog geen schermafbeeldingen.',
  uploading: 'Bezig met uploaden…',
  uploaded: (field: string) => `${field}: de afbeelding is geüpload. Sla het concept op om hem te bewaren.`,
  removed: (field: string) => `${field} is weggehaald. Sla het concept op om dit te bewaren.`,
  errors: {
    'media-type': (field: string) => `${field}: kies een PNG-, JPEG- of WebP-bestand.`,
    'media-size': (field: string, max: number) =>
      `${field}: het bestand is te groot. Het mag hoogstens ${mb(max)} MB zijn.`,
    'media-dimensions': (field: string, min: number, max: number) =>
      `${field}: de afbeelding moet minstens ${min} × ${min} en hoogstens ${max} × ${max} pixels zijn.`,
    'media-unreadable': (field: string) =>
      `${field}: we kunnen deze afbeelding niet lezen. Sla hem opnieuw op als PNG en probeer het nog eens.`,
    'media-limit': (field: string) =>
      `${field}: je hebt veel afbeeldingen geüpload die je niet gebruikt. Sla eerst het concept op en probeer het dan opnieuw.`,
    failed: (field: string) => `${field}: uploaden is niet gelukt. Probeer het opnieuw.`,
  },
};

export type MediaMessages = typeof nl;

export const en: MediaMessages = {
  legend: 'Icon and screenshots',
  hint: 'Residents see these images in the list of apps and on the app’s page. The reviewers look at them too.',
  afterSave: 'You can add an icon and screenshots after you have saved the draft.',
  icon: 'Icon',
  iconHint: `A PNG, JPEG or WebP file of at most ${mb(icon.maxBytes)} MB. Square works best, at least ${icon.minSide} × ${icon.minSide} and at most ${icon.maxSide} × ${icon.maxSide} pixels. Without an icon we show the first letters of the name.`,
  iconPreview: 'The icon as residents see it',
  iconRemove: 'Remove icon',
  screenshotsLegend: 'Screenshots',
  screenshotsHint: `At most 8. Each a PNG, JPEG or WebP file of at most ${mb(shot.maxBytes)} MB, at least ${shot.minSide} and at most ${shot.maxSide} pixels wide and high. Describe what each image shows, for people who cannot see it well.`,
  item: (n: number) => `Screenshot ${n}`,
  file: (n: number) => `Image for screenshot ${n}`,
  replaceHint: 'Choose another file to replace the image.',
  preview: (n: number) => `Preview of screenshot ${n}`,
  altNl: 'What does it show? (Dutch)',
  altEn: 'What does it show? (English)',
  add: 'Add a screenshot',
  remove: (n: number) => `Remove screenshot ${n}`,
  none: 'There are no screenshots yet.',
  uploading: 'Uploading…',
  uploaded: (field: string) => `${field}: the image was uploaded. Save the draft to keep it.`,
  removed: (field: string) => `${field} was removed. Save the draft to keep this.`,
  errors: {
    'media-type': (field: string) => `${field}: choose a PNG, JPEG or WebP file.`,
    'media-size': (field: string, max: number) =>
      `${field}: the file is too large. It may be at most ${mb(max)} MB.`,
    'media-dimensions': (field: string, min: number, max: number) =>
      `${field}: the image must be at least ${min} × ${min} and at most ${max} × ${max} pixels.`,
    'media-unreadable': (field: string) =>
      `${field}: we cannot read this image. Save it again as PNG and try once more.`,
    'media-limit': (field: string) =>
      `${field}: you uploaded many images you do not use. Save the draft first, then try again.`,
    failed: (field: string) => `${field}: the upload did not work. Please try again.`,
  },
};

export const mediaMessages = { nl, en };
