import { useMessages } from '../identity/use-messages.ts';
import { type LaunchMessages, launchMessages } from './messages.ts';

/** This folder's texts in the language the storefront shows. */
export function useLaunchMessages(): LaunchMessages {
  return useMessages(launchMessages);
}
