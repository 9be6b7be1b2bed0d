import { type FormEvent, useState } from 'react';
import { z } from 'zod';
import {
  type ConditionKey,
  type OfferConditionsInput,
  type OfferStatus,
  OfferStatusSchema,
} from '../../../../shared/schemas/offer-conditions.ts';
import { useLocale } from '../../i18n/i18n-provider.tsx';
import { LoadError, Loading } from '../../identity/components/load-error.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { requestJson, segment } from '../../lib/api-problem.ts';
import { formatDate } from '../../lib/format-date.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useResource } from '../../lib/use-resource.ts';
import { Button } from '../../ui/button.tsx';
import { CheckboxField } from '../../ui/form/checkbox-field.tsx';
import { TextField } from '../../ui/form/text-field.tsx';
import { Heading } from '../../ui/heading.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { type Notice, NoticeRegion } from '../../ui/notice-region.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { conditionsMessages } from '../conditions-messages.ts';
import { useAdminMunicipality } from '../use-admin-municipality.ts';

const KEYS: ConditionKey[] = ['dpia', 'processingAgreement', 'localContact'];

/** `/gemeente/voorwaarden`: per offered app, the municipality's own conditions, what is missing and what expires. */
export function ConditionsPage() {
  const m = useMessages(conditionsMessages);
  usePageTitle(m.title);
  const { code } = useAdminMunicipality();
  const statuses = useResource(`conditions:${code ?? ''}`, async (signal) =>
    code
      ? (
          await requestJson(
            'GET',
            `/api/v1/municipalities/${segment(code)}/offer-conditions`,
            z.object({ items: z.array(OfferStatusSchema) }),
            { signal },
          )
        ).items
      : [],
  );
  return (
    <>
      <Paragraph>
        <RouteLink to="/gemeente">{m.back}</RouteLink>
      </Paragraph>
      <Heading level={1}>{m.title}</Heading>
      <Paragraph>{m.intro}</Paragraph>
      {statuses.state.status === 'loading' && <Loading />}
      {statuses.state.status === 'error' && (
        <LoadError error={statuses.state.error} onRetry={statuses.reload} />
      )}
      {statuses.state.status === 'ready' &&
        (statuses.state.data.length === 0 ? (
          <Paragraph>{m.empty}</Paragraph>
        ) : (
          statuses.state.data.map((s) => (
            <OfferConditionsCard key={s.slug} code={code ?? ''} status={s} onSaved={statuses.reload} />
          ))
        ))}
    </>
  );
}

function OfferConditionsCard({
  code,
  status: s,
  onSaved,
}: {
  code: string;
  status: OfferStatus;
  onSaved: () => void;
}) {
  const m = useMessages(conditionsMessages);
  const { locale } = useLocale();
  const c = s.conditions;
  const [form, setForm] = useState({
    dpiaDate: c?.dpia?.date ?? '',
    dpiaUrl: c?.dpia?.documentUrl ?? '',
    agreementDate: c?.processingAgreement?.signedOn ?? '',
    agreementUntil: c?.processingAgreement?.validUntil ?? '',
    goLive: c?.goLiveDate ?? '',
    contactName: c?.localContact?.name ?? '',
    contactEmail: c?.localContact?.email ?? '',
    note: c?.localNote?.nl ?? '',
    required: c?.required ?? { dpia: true, processingAgreement: true, localContact: false },
  });
  const [notice, setNotice] = useState<Notice | null>(null);
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });
  const id = (name: string) => `voorwaarden-${s.slug}-${name}`;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body: OfferConditionsInput = {
      dpia: form.dpiaDate || form.dpiaUrl ? { date: form.dpiaDate, documentUrl: form.dpiaUrl } : null,
      processingAgreement: form.agreementDate
        ? {
            signedOn: form.agreementDate,
            ...(form.agreementUntil ? { validUntil: form.agreementUntil } : {}),
          }
        : null,
      goLiveDate: form.goLive || null,
      localContact: form.contactName
        ? { name: form.contactName, ...(form.contactEmail ? { email: form.contactEmail } : {}) }
        : null,
      localNote: form.note ? { nl: form.note } : null,
      required: form.required,
    };
    try {
      await requestJson(
        'PUT',
        `/api/v1/municipalities/${segment(code)}/apps/${segment(s.slug)}/conditions`,
        OfferStatusSchema,
        {
          body,
        },
      );
      setNotice({ type: 'ok', text: m.saved });
      onSaved();
    } catch {
      setNotice({ type: 'error', text: m.failed });
    }
  };

  return (
    <section className="ic-section" aria-labelledby={id('titel')}>
      <Heading level={2} id={id('titel')}>
        {s.name}
      </Heading>
      <Paragraph>
        <strong>{s.visible ? m.visible : m.hidden}</strong>
        {s.goLiveAhead && `. ${m.goLiveAhead(formatDate(s.goLiveAhead, locale))}`}
        {s.missing.length > 0 && `. ${m.missing}: ${s.missing.map((k) => m.labels[k]).join(', ')}`}
        {s.expiring.map((e) => `. ${m.expiring(m.labels[e.condition], formatDate(e.on, locale))}`).join('')}.
      </Paragraph>
      <details>
        <summary>{m.edit}</summary>
        <form className="utrecht-form" noValidate onSubmit={submit}>
          <TextField
            id={id('dpia-datum')}
            label={m.dpiaDate}
            value={form.dpiaDate}
            onValueChange={set('dpiaDate')}
          />
          <TextField
            id={id('dpia-link')}
            label={m.dpiaUrl}
            value={form.dpiaUrl}
            onValueChange={set('dpiaUrl')}
          />
          <TextField
            id={id('vo-datum')}
            label={m.agreementDate}
            value={form.agreementDate}
            onValueChange={set('agreementDate')}
          />
          <TextField
            id={id('vo-tot')}
            label={m.agreementUntil}
            value={form.agreementUntil}
            onValueChange={set('agreementUntil')}
          />
          <TextField id={id('start')} label={m.goLive} value={form.goLive} onValueChange={set('goLive')} />
          <TextField
            id={id('contact')}
            label={m.contactName}
            value={form.contactName}
            onValueChange={set('contactName')}
          />
          <TextField
            id={id('email')}
            label={m.contactEmail}
            type="email"
            value={form.contactEmail}
            onValueChange={set('contactEmail')}
          />
          <TextField
            id={id('bericht')}
            label={m.note}
            rows={2}
            value={form.note}
            onValueChange={set('note')}
          />
          <fieldset className="utrecht-form-fieldset">
            <legend className="utrecht-form-fieldset__legend">{m.required}</legend>
            {KEYS.map((key) => (
              <CheckboxField
                key={key}
                id={id(`verplicht-${key}`)}
                label={m.labels[key]}
                checked={form.required[key]}
                onCheckedChange={(checked) =>
                  setForm({ ...form, required: { ...form.required, [key]: checked } })
                }
              />
            ))}
          </fieldset>
          <NoticeRegion notice={notice} />
          <Button type="submit" appearance="primary-action">
            {m.save}
          </Button>
        </form>
      </details>
    </section>
  );
}
