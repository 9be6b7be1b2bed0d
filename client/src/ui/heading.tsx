import { Heading as NlHeading } from '@nl-design-system-candidate/heading-react';
import type { HTMLAttributes } from 'react';
import { classNames } from './class-names.ts';

type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  level: HeadingLevel;
  /** Looks like another level while keeping the document outline right. */
  appearance?: HeadingLevel;
}

/**
 * The NL Design System candidate Heading. Its own CSS is only shipped as a runtime
 * `<style>` injection, which our CSP (`style-src 'self'`) blocks, so it also carries the
 * Utrecht heading class that the bundled Utrecht CSS and the theme tokens style.
 */
export function Heading({ level, appearance = level, className, ...props }: HeadingProps) {
  return (
    <NlHeading
      level={level}
      appearance={`level-${appearance}`}
      className={classNames(`utrecht-heading-${appearance}`, className)}
      {...props}
    />
  );
}
