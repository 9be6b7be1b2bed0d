import { Link, type LinkProps } from 'react-router';
import { classNames } from './class-names.ts';

export interface ButtonLinkProps extends LinkProps {
  appearance?: 'primary-action' | 'secondary-action';
}

/**
 * A link that looks like a button: it goes to another page, so it is a link for assistive
 * technology (and opens in a new tab when asked), while it looks like the action it starts.
 */
export function ButtonLink({ appearance = 'secondary-action', className, ...props }: ButtonLinkProps) {
  return (
    <Link
      className={classNames(
        'utrecht-button-link',
        'utrecht-button-link--html-a',
        `utrecht-button-link--${appearance}`,
        className,
      )}
      {...props}
    />
  );
}
