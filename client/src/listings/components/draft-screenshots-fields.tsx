import { Button } from '../../ui/button.tsx';
import { Fieldset } from '../../ui/form/fieldset.tsx';
import { TextField } from '../../ui/form/text-field.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { bindCustom } from '../draft-form/bind.ts';
import { type DraftFormValues, newScreenshotKey, type ScreenshotValues } from '../draft-form/form-values.ts';
import type { DraftFormApi } from '../draft-form/use-draft-form.ts';
import type { FormMessages } from '../form-messages.ts';

const MAX_SCREENSHOTS = 8;

function setShot(values: DraftFormValues, index: number, patch: Partial<ScreenshotValues>): DraftFormValues {
  return {
    ...values,
    screenshots: values.screenshots.map((shot, i) => (i === index ? { ...shot, ...patch } : shot)),
  };
}

export function DraftScreenshotsFields({ form, m }: { form: DraftFormApi; m: FormMessages }) {
  const group = form.field('screenshots');
  const shots = form.values.screenshots;

  const add = () =>
    form.change('screenshots', (values) => ({
      ...values,
      screenshots: [...values.screenshots, { key: newScreenshotKey(), src: '', altNl: '', altEn: '' }],
    }));
  const remove = (index: number) =>
    form.change('screenshots', (values) => ({
      ...values,
      screenshots: values.screenshots.filter((_, i) => i !== index),
    }));

  return (
    <Fieldset
      id={group.id}
      legend={m.screenshots.legend}
      description={m.screenshots.hint}
      error={group.error}
      className="ic-form-section"
    >
      {shots.length === 0 && <Paragraph>{m.screenshots.none}</Paragraph>}
      {shots.map((shot, index) => (
        <Fieldset
          key={shot.key}
          id={`schermafbeelding-${shot.key}`}
          legend={m.screenshots.item(index + 1)}
          className="ic-screenshot-row"
        >
          <TextField
            label={m.screenshots.src}
            description={m.screenshots.srcHint}
            required
            {...bindCustom(form, `screenshots.${index}.src`, shot.src, (values, value) =>
              setShot(values, index, { src: value }),
            )}
          />
          <TextField
            label={m.screenshots.altNl}
            required
            {...bindCustom(form, `screenshots.${index}.alt.nl`, shot.altNl, (values, value) =>
              setShot(values, index, { altNl: value }),
            )}
          />
          <TextField
            label={m.screenshots.altEn}
            required
            {...bindCustom(form, `screenshots.${index}.alt.en`, shot.altEn, (values, value) =>
              setShot(values, index, { altEn: value }),
            )}
          />
          <Button onClick={() => remove(index)}>{m.screenshots.remove(index + 1)}</Button>
        </Fieldset>
      ))}
      <Button onClick={add} disabled={shots.length >= MAX_SCREENSHOTS}>
        {m.screenshots.add}
      </Button>
    </Fieldset>
  );
}
