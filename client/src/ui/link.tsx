import { Link as NlLink } from '@nl-design-system-candidate/link-react';
import type { AnchorHTMLAttributes } from 'react';
import { Link as RouterLink, type LinkProps as RouterLinkProps } from 'react-router';
import { classNames } from './class-names.ts';

const LINK_CLASS = 'utrecht-link utrecht-link--html-a';

export interface ExternalLinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  href: string;
}

/** A link that leaves the storefront (or opens mail/phone): a plain anchor. */
export function ExternalLink({ className, ...props }: ExternalLinkProps) {
  return <NlLink className={classNames(LINK_CLASS, className)} {...props} />;
}

/** A link inside the storefront: client-side navigation, same look as every other link. */
export function RouteLink({ className, ...props }: RouterLinkProps) {
  return <RouterLink className={classNames('nl-link', LINK_CLASS, className)} {...props} />;
}
