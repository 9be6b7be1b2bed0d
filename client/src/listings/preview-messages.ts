/** Copy of the vendor's preview of an app page (issue 11). B1 Dutch first; `en` has the same shape. */
export const nl = {
  title: (app: string) => `Voorbeeld: ${app}`,
  titlePlain: 'Voorbeeld van je app-pagina',
  banner: 'Voorbeeld — nog niet gepubliceerd',
  bannerText:
    'Zo ziet de pagina van je app eruit als deze versie is goedgekeurd. Inwoners zien deze pagina nog niet.',
  back: 'Terug naar je app',
  link: 'Bekijk een voorbeeld van de app-pagina',
  vetting:
    'Gemeenten controleren je app nadat je hem hebt ingediend. Hier komt daarna de uitkomst van die controle te staan.',
};

export const en: typeof nl = {
  title: (app: string) => `Preview: ${app}`,
  titlePlain: 'Preview of your app page',
  banner: 'Preview — not published yet',
  bannerText:
    'This is what the page of your app will look like once this version is approved. Residents do not see this page yet.',
  back: 'Back to your app',
  link: 'See a preview of the app page',
  vetting:
    'Municipalities check your app after you submit it. The outcome of that check will then be shown here.',
};

export const previewMessages = { nl, en };
