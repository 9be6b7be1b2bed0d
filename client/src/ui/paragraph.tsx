import { Paragraph as NlParagraph } from '@nl-design-system-candidate/paragraph-react';
import type { HTMLAttributes } from 'react';
import { classNames } from './class-names.ts';

export interface ParagraphProps extends HTMLAttributes<HTMLParagraphElement> {
  lead?: boolean;
}

/** Candidate Paragraph with the Utrecht class for styling (see heading.tsx for why). */
export function Paragraph({ lead = false, className, ...props }: ParagraphProps) {
  return (
    <NlParagraph
      purpose={lead ? 'lead' : undefined}
      className={classNames('utrecht-paragraph', lead && 'utrecht-paragraph--lead', className)}
      {...props}
    />
  );
}
