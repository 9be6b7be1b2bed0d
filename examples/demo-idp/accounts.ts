/**
 * The people of the demo IdP. Residents have a fake BSN-like `sub` from the test range (9999...),
 * as a DigiD broker would send the BSN; the platform never keeps it (docs/decisions/020).
 * Nobody here is real.
 */
export interface DemoAccount {
  sub: string;
  kind: 'resident' | 'staff';
  label: string;
  claims: Record<string, unknown>;
  /** eIDAS level the account signs in with unless the platform asks for more (step-up). */
  acr?: 'low' | 'substantial' | 'high';
}

export const ACCOUNTS: DemoAccount[] = [
  {
    sub: '999990019',
    kind: 'resident',
    label: 'Jan Jansen, Utrecht',
    acr: 'substantial',
    claims: {
      given_name: 'Jan',
      family_name: 'Jansen',
      birthdate: '1971-02-14',
      municipality: 'GM0344',
      locale: 'nl',
    },
  },
  {
    sub: '999990020',
    kind: 'resident',
    label: 'Noor Bakker, Amsterdam',
    acr: 'substantial',
    claims: { given_name: 'Noor', family_name: 'Bakker', birthdate: '2001-07-30', municipality: 'GM0363' },
  },
  {
    sub: '999990032',
    kind: 'resident',
    label: 'Kees Smit, gemeente onbekend',
    acr: 'low',
    claims: { given_name: 'Kees', family_name: 'Smit', birthdate: '1958-11-02' },
  },
  {
    sub: 'staff-pim',
    kind: 'staff',
    label: 'Pim de Boer, beheer Inwonercloud',
    claims: {
      given_name: 'Pim',
      family_name: 'de Boer',
      email: 'pim.deboer@beheer.example',
      email_verified: true,
    },
  },
  {
    sub: 'staff-mila',
    kind: 'staff',
    label: 'Mila Verhoef, gemeente',
    claims: {
      given_name: 'Mila',
      family_name: 'Verhoef',
      email: 'mila.verhoef@gemeente.example',
      email_verified: true,
    },
  },
  {
    sub: 'staff-rob',
    kind: 'staff',
    label: 'Rob Kramer, beoordelaar',
    claims: {
      given_name: 'Rob',
      family_name: 'Kramer',
      email: 'rob.kramer@keuring.example',
      email_verified: true,
    },
  },
  {
    sub: 'staff-rana',
    kind: 'staff',
    label: 'Rana Haddad, beoordelaar',
    claims: {
      given_name: 'Rana',
      family_name: 'Haddad',
      email: 'rana.haddad@keuring.example',
      email_verified: true,
    },
  },
  {
    sub: 'staff-vera',
    kind: 'staff',
    label: 'Vera Mulder, aanbieder',
    claims: {
      given_name: 'Vera',
      family_name: 'Mulder',
      email: 'vera.mulder@appmakers.example',
      email_verified: true,
    },
  },
  {
    sub: 'staff-ursula',
    kind: 'staff',
    label: 'Ursula Bos, e-mail niet bevestigd',
    claims: {
      given_name: 'Ursula',
      family_name: 'Bos',
      email: 'ursula.bos@onbevestigd.example',
      email_verified: false,
    },
  },
];
