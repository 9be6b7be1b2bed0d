import type { AssuranceLevel } from '../../../../shared/assurance.ts';
import { residentSignInPath } from '../../../../shared/sign-in-paths.ts';
import { Paragraph } from '../../ui/paragraph.tsx';
import { useLaunchMessages } from '../use-launch-messages.ts';

/** Where the broker is asked for a higher level (`acr_values`), coming back to the app page (decision 021). */
export function stepUpHref(slug: string, level: AssuranceLevel): string {
  return residentSignInPath(`/apps/${encodeURIComponent(slug)}`, level);
}

/**
 * The app needs a higher DigiD level than this sign-in has: say so in B1 and offer the one
 * thing to do, signing in again at that level. A plain link: it leaves the storefront for the broker.
 */
export function StepUpNotice({
  slug,
  required,
  current,
}: {
  slug: string;
  required: AssuranceLevel;
  current: AssuranceLevel | null;
}) {
  const m = useLaunchMessages().panel;
  const needed = m.levels[required];
  return (
    <>
      <Paragraph>{m.stepUpText(needed, current ? m.levels[current] : null)}</Paragraph>
      <Paragraph>
        <a
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
          href={stepUpHref(slug, required)}
        >
          {m.stepUpButton(needed)}
        </a>
      </Paragraph>
      <Paragraph>{m.stepUpHelp}</Paragraph>
    </>
  );
}

/** The level a step-up problem (`step-up-<level>`) asks for, or null for any other problem. */
export function stepUpLevel(code: string | undefined): AssuranceLevel | null {
  const level = code?.startsWith('step-up-') ? code.slice('step-up-'.length) : null;
  return level === 'low' || level === 'substantial' || level === 'high' ? level : null;
}
