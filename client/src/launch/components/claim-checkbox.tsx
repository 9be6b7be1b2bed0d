import { CLAIMS } from '../../../../shared/claims.ts';
import type { ClaimRequest } from '../../../../shared/schemas/listing.ts';
import { useLocalized } from '../../i18n/i18n-provider.tsx';
import { classNames } from '../../ui/class-names.ts';
import { Paragraph } from '../../ui/paragraph.tsx';
import { useLaunchPageMessages } from '../use-launch-page-messages.ts';

export interface ClaimCheckboxProps {
  request: ClaimRequest;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
}

/**
 * One claim to agree to: its label, what it reveals (from the shared claim catalogue, so
 * every app explains it the same way) and the app's reason. A required claim is checked and
 * cannot be unchecked; the text under it says why, and is read out with the checkbox.
 */
export function ClaimCheckbox({ request, checked, onCheckedChange }: ClaimCheckboxProps) {
  const m = useLaunchPageMessages().consent;
  const localized = useLocalized();
  const definition = CLAIMS[request.claim];
  const id = `gegeven-${request.claim}`;
  const descriptionId = `${id}-uitleg`;
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox ic-claim">
      <div className="utrecht-form-field__input">
        <input
          id={id}
          type="checkbox"
          name="claims"
          value={request.claim}
          checked={request.required || checked}
          disabled={request.required}
          onChange={(event) => onCheckedChange(event.target.checked)}
          aria-describedby={descriptionId}
          className={classNames(
            'utrecht-checkbox',
            'utrecht-checkbox--html-input',
            request.required && 'utrecht-checkbox--disabled',
          )}
        />
      </div>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
          {localized(definition.label)}
        </label>
      </div>
      <div className="utrecht-form-field-description utrecht-form-field__description" id={descriptionId}>
        {request.required && (
          <Paragraph>
            <strong>{m.required}</strong>
          </Paragraph>
        )}
        <Paragraph>{localized(definition.reveals)}</Paragraph>
        <Paragraph>{m.reason(localized(request.reason))}</Paragraph>
      </div>
    </div>
  );
}
