export interface MunicipalityDoc {
  _id: string;
  name: string;
  province: string;
  /** Slugs of the live listings this municipality offers. */
  offers: string[];
  revision: number;
}

export interface OrganisationDoc {
  _id: string;
  name: string;
  kvk: string;
  website: string;
}

export const MUNICIPALITIES = 'municipalities';
/**
 * `offers` is multikey-indexed: a launch and the token endpoint ask whether a municipality offers
 * one app, which the index answers without reading an offer list of thousands of slugs (issue 10).
 * Every opener of the collection passes these (the first one's indexes are the ones made).
 */
export const MUNICIPALITY_INDEXES = [{ field: 'offers' }];
export const ORGANISATIONS = 'organisations';
