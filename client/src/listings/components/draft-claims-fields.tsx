import { CLAIM_IDS, CLAIMS, type ClaimId } from '../../../../shared/claims.ts';
import { useLocalized } from '../../i18n/i18n-provider.tsx';
import { CheckboxField } from '../../ui/form/checkbox-field.tsx';
import { Fieldset } from '../../ui/form/fieldset.tsx';
import { TextField } from '../../ui/form/text-field.tsx';
import { bindCustom } from '../draft-form/bind.ts';
import type { ClaimValues, DraftFormValues } from '../draft-form/form-values.ts';
import type { DraftFormApi } from '../draft-form/use-draft-form.ts';
import type { FormMessages } from '../form-messages.ts';

interface SectionProps {
  form: DraftFormApi;
  m: FormMessages;
  isLive?: boolean;
}

function setClaim(values: DraftFormValues, id: ClaimId, patch: Partial<ClaimValues>): DraftFormValues {
  return { ...values, claims: { ...values.claims, [id]: { ...values.claims[id], ...patch } } };
}

/** One checkbox per claim of the catalogue; a chosen claim asks why (data minimisation). */
export function DraftClaimsFields({ form, m, isLive = false }: SectionProps) {
  const localized = useLocalized();
  const group = form.field('claims');
  return (
    <Fieldset
      id={group.id}
      legend={m.claims.legend}
      description={isLive ? `${m.claims.hint} ${m.reviewedField}` : m.claims.hint}
      error={group.error}
      className="ic-form-section"
    >
      {CLAIM_IDS.map((id) => {
        const claim = form.values.claims[id];
        const label = localized(CLAIMS[id].label);
        const box = form.field(`claims.${id}`);
        const required = form.field(`claims.${id}.required`);
        return (
          <div key={id} className="ic-claim-choice">
            <CheckboxField
              id={box.id}
              label={label}
              description={localized(CLAIMS[id].reveals)}
              error={box.error}
              checked={claim.selected}
              onCheckedChange={(checked) => {
                form.touch('claims');
                form.change(`claims.${id}`, (values) => setClaim(values, id, { selected: checked }));
              }}
            />
            {claim.selected && (
              <div className="ic-claim-choice__details">
                <TextField
                  label={m.claims.reasonNl(label)}
                  required
                  rows={2}
                  {...bindCustom(form, `claims.${id}.reason.nl`, claim.reasonNl, (values, value) =>
                    setClaim(values, id, { reasonNl: value }),
                  )}
                />
                <TextField
                  label={m.claims.reasonEn(label)}
                  required
                  rows={2}
                  {...bindCustom(form, `claims.${id}.reason.en`, claim.reasonEn, (values, value) =>
                    setClaim(values, id, { reasonEn: value }),
                  )}
                />
                <CheckboxField
                  id={required.id}
                  label={m.claims.required(label)}
                  description={m.claims.requiredHint}
                  error={required.error}
                  checked={claim.required}
                  onCheckedChange={(checked) =>
                    form.change(`claims.${id}.required`, (values) =>
                      setClaim(values, id, { required: checked }),
                    )
                  }
                />
              </div>
            )}
          </div>
        );
      })}
    </Fieldset>
  );
}
