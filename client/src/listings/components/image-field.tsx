import type { ChangeEvent } from 'react';
import { ACCEPTED_IMAGE_TYPES } from '../../../../shared/schemas/media.ts';
import { classNames } from '../../ui/class-names.ts';
import { describedBy } from '../../ui/form/field-ids.ts';
import { FieldDescription, FieldErrorMessage } from '../../ui/form/field-parts.tsx';

interface ImageFieldProps {
  /** The file input's id: error summary links and server field errors point here. */
  id: string;
  label: string;
  description: string;
  error: string | undefined;
  /** The image now in the draft, shown as it will be served. */
  src: string;
  previewAlt: string;
  busy: boolean;
  busyText: string;
  onFile: (file: File) => void;
  onBlur?: () => void;
  variant: 'icon' | 'screenshot';
}

/** A labelled file input with its hint, error and a preview of the current image. */
export function ImageField(props: ImageFieldProps) {
  const { id, label, description, error, src, previewAlt, busy, busyText, onFile, onBlur, variant } = props;
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared, so choosing the same file again after a refusal is a change too.
    event.target.value = '';
    if (file) onFile(file);
  };
  return (
    <div
      className={classNames(
        'utrecht-form-field',
        'ic-image-field',
        `ic-image-field--${variant}`,
        error && 'utrecht-form-field--invalid',
      )}
    >
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <FieldDescription id={id}>{description}</FieldDescription>
      <FieldErrorMessage id={id}>{error}</FieldErrorMessage>
      <div className="utrecht-form-field__input">
        <input
          id={id}
          type="file"
          accept={ACCEPTED_IMAGE_TYPES.join(',')}
          className="ic-file-input"
          aria-describedby={describedBy(id, { description, error })}
          aria-invalid={error ? true : undefined}
          aria-busy={busy || undefined}
          disabled={busy}
          onChange={handleChange}
          onBlur={onBlur}
        />
        {busy && <p className="ic-image-field__busy">{busyText}</p>}
        {/* After the control, in its grid cell (the Utrecht form field places unknown children first):
            what is chosen now, as residents will see it. */}
        {src && <img className="ic-image-field__preview" src={src} alt={previewAlt} />}
      </div>
    </div>
  );
}
