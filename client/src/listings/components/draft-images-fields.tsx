import { useState } from 'react';
import { useMessages } from '../../identity/use-messages.ts';
import { Button } from '../../ui/button.tsx';
import { Fieldset } from '../../ui/form/fieldset.tsx';
import { TextField } from '../../ui/form/text-field.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { bindCustom } from '../draft-form/bind.ts';
import { fieldId } from '../draft-form/field-key.ts';
import { type DraftFormValues, newScreenshotKey, type ScreenshotValues } from '../draft-form/form-values.ts';
import type { DraftFormApi } from '../draft-form/use-draft-form.ts';
import { type MediaMessages, mediaMessages } from '../media-messages.ts';
import { ImageField } from './image-field.tsx';
import { useImageUpload } from './use-image-upload.ts';

const MAX_SCREENSHOTS = 8;

function setShot(values: DraftFormValues, index: number, patch: Partial<ScreenshotValues>): DraftFormValues {
  return {
    ...values,
    screenshots: values.screenshots.map((shot, i) => (i === index ? { ...shot, ...patch } : shot)),
  };
}

interface Props {
  form: DraftFormApi;
  /** Uploads belong to a listing: a new one has none until its first save. */
  listingId: string | undefined;
}

/**
 * The icon and the screenshots, uploaded as files (issue 11 item 15): the server checks and
 * re-encodes each, and the draft keeps the path it answers.
 */
export function DraftImagesFields({ form, listingId }: Props) {
  const m = useMessages(mediaMessages);
  const [status, setStatus] = useState('');
  return (
    <Fieldset id="sectie-afbeeldingen" legend={m.legend} description={m.hint} className="ic-form-section">
      {listingId ? (
        <>
          <IconField form={form} listingId={listingId} m={m} onStatus={setStatus} />
          <ScreenshotFields form={form} listingId={listingId} m={m} onStatus={setStatus} />
        </>
      ) : (
        <Paragraph>{m.afterSave}</Paragraph>
      )}
      <p className="ic-visually-hidden" role="status">
        {status}
      </p>
    </Fieldset>
  );
}

interface PartProps {
  form: DraftFormApi;
  listingId: string;
  m: MediaMessages;
  onStatus: (text: string) => void;
}

function IconField({ form, listingId, m, onStatus }: PartProps) {
  const field = form.field('icon');
  const src = form.values.icon;
  const upload = useImageUpload(listingId, 'icon', m.icon, (next) => {
    form.change('icon', (values) => ({ ...values, icon: next }));
    onStatus(m.uploaded(m.icon));
  });
  const remove = () => {
    form.change('icon', (values) => ({ ...values, icon: '' }));
    upload.clearError();
    onStatus(m.removed(m.icon));
  };
  return (
    <div className="ic-image-row">
      <ImageField
        id={field.id}
        label={m.icon}
        description={src ? `${m.iconHint} ${m.replaceHint}` : m.iconHint}
        error={upload.error ?? field.error}
        src={src}
        previewAlt={m.iconPreview}
        busy={upload.busy}
        busyText={m.uploading}
        onFile={(file) => void upload.choose(file)}
        onBlur={field.onBlur}
        variant="icon"
      />
      {src && <Button onClick={remove}>{m.iconRemove}</Button>}
    </div>
  );
}

function ScreenshotFields({ form, listingId, m, onStatus }: PartProps) {
  const group = form.field('screenshots');
  const shots = form.values.screenshots;
  const add = () =>
    form.change('screenshots', (values) => ({
      ...values,
      screenshots: [...values.screenshots, { key: newScreenshotKey(), src: '', altNl: '', altEn: '' }],
    }));
  const remove = (index: number) => {
    form.change('screenshots', (values) => ({
      ...values,
      screenshots: values.screenshots.filter((_, i) => i !== index),
    }));
    onStatus(m.removed(m.item(index + 1)));
  };
  return (
    <Fieldset id={group.id} legend={m.screenshotsLegend} description={m.screenshotsHint} error={group.error}>
      {shots.length === 0 && <Paragraph>{m.none}</Paragraph>}
      {shots.map((shot, index) => (
        <ScreenshotRow
          key={shot.key}
          form={form}
          listingId={listingId}
          m={m}
          onStatus={onStatus}
          shot={shot}
          index={index}
          onRemove={() => remove(index)}
        />
      ))}
      <Button onClick={add} disabled={shots.length >= MAX_SCREENSHOTS}>
        {m.add}
      </Button>
    </Fieldset>
  );
}

function ScreenshotRow({
  form,
  listingId,
  m,
  onStatus,
  shot,
  index,
  onRemove,
}: PartProps & { shot: ScreenshotValues; index: number; onRemove: () => void }) {
  const key = `screenshots.${index}.src`;
  const field = form.field(key);
  const name = m.item(index + 1);
  const upload = useImageUpload(listingId, 'screenshot', name, (next) => {
    form.change(key, (values) => setShot(values, index, { src: next }));
    onStatus(m.uploaded(name));
  });
  return (
    <Fieldset id={`schermafbeelding-${shot.key}`} legend={name} className="ic-screenshot-row">
      <ImageField
        id={fieldId(key)}
        label={m.file(index + 1)}
        description={shot.src ? m.replaceHint : ''}
        error={upload.error ?? field.error}
        src={shot.src}
        previewAlt={shot.altNl.trim() || m.preview(index + 1)}
        busy={upload.busy}
        busyText={m.uploading}
        onFile={(file) => void upload.choose(file)}
        onBlur={field.onBlur}
        variant="screenshot"
      />
      <TextField
        label={m.altNl}
        required
        {...bindCustom(form, `screenshots.${index}.alt.nl`, shot.altNl, (values, value) =>
          setShot(values, index, { altNl: value }),
        )}
      />
      <TextField
        label={m.altEn}
        required
        {...bindCustom(form, `screenshots.${index}.alt.en`, shot.altEn, (values, value) =>
          setShot(values, index, { altEn: value }),
        )}
      />
      <Button onClick={onRemove}>{m.remove(index + 1)}</Button>
    </Fieldset>
  );
}
