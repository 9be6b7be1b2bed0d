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
export const ORGANISATIONS = 'organisations';
