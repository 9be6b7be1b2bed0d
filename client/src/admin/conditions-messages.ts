/** Copy of the local conditions page (issue 13 part 3). B1 Dutch first; `en` has the same shape. */
export const nl = {
  title: 'Voorwaarden per app',
  intro:
    'Leg per app uw eigen voorwaarden vast. Inwoners zien een app pas vanaf de startdatum, en alleen als de voorwaarden die u verplicht maakt, zijn voldaan.',
  back: 'Terug naar het aanbod',
  visible: 'Zichtbaar voor inwoners',
  hidden: 'Niet zichtbaar voor inwoners',
  missing: 'Ontbreekt',
  expiring: (what: string, on: string) => `${what} verloopt op ${on}`,
  goLiveAhead: (on: string) => `Start op ${on}`,
  labels: { dpia: 'DPIA', processingAgreement: 'Verwerkersovereenkomst', localContact: 'Contactpersoon' },
  edit: 'Voorwaarden vastleggen',
  dpiaDate: 'DPIA gedaan op (jjjj-mm-dd)',
  dpiaUrl: 'Link naar de DPIA (https)',
  agreementDate: 'Verwerkersovereenkomst getekend op (jjjj-mm-dd)',
  agreementUntil: 'Verwerkersovereenkomst geldig tot (jjjj-mm-dd, niet verplicht)',
  goLive: 'Startdatum voor inwoners (jjjj-mm-dd, niet verplicht)',
  contactName: 'Naam contactpersoon',
  contactEmail: 'E-mail contactpersoon',
  note: 'Bericht voor inwoners op de pagina van de app (niet verplicht)',
  required: 'Verplicht voordat inwoners de app zien',
  save: 'Opslaan',
  saved: 'De voorwaarden zijn opgeslagen.',
  failed: 'Opslaan lukte niet. Kijk de datums (jjjj-mm-dd) en links (https) na.',
  empty: 'Uw gemeente biedt nog geen apps aan.',
};

export type ConditionsMessages = typeof nl;

export const en: ConditionsMessages = {
  title: 'Conditions per app',
  intro:
    'Record your own conditions per app. Residents see an app only from its start date, and only when the conditions you make required are met.',
  back: 'Back to the offer',
  visible: 'Visible to residents',
  hidden: 'Not visible to residents',
  missing: 'Missing',
  expiring: (what: string, on: string) => `${what} expires on ${on}`,
  goLiveAhead: (on: string) => `Starts on ${on}`,
  labels: { dpia: 'DPIA', processingAgreement: 'Processing agreement', localContact: 'Contact person' },
  edit: 'Record conditions',
  dpiaDate: 'DPIA done on (yyyy-mm-dd)',
  dpiaUrl: 'Link to the DPIA (https)',
  agreementDate: 'Processing agreement signed on (yyyy-mm-dd)',
  agreementUntil: 'Processing agreement valid until (yyyy-mm-dd, optional)',
  goLive: 'Start date for residents (yyyy-mm-dd, optional)',
  contactName: 'Contact person name',
  contactEmail: 'Contact person e-mail',
  note: "Message for residents on the app's page (optional)",
  required: 'Required before residents see the app',
  save: 'Save',
  saved: 'The conditions were saved.',
  failed: 'Saving did not work. Check the dates (yyyy-mm-dd) and links (https).',
  empty: 'Your municipality does not offer any apps yet.',
};

export const conditionsMessages = { nl, en };
