import { useMessages } from '../identity/use-messages.ts';
import { type LaunchPageMessages, launchPageMessages } from './page-messages.ts';

/** The consent and "Mijn apps" pages' texts, with the panel's and errors, in the shown language. */
export function useLaunchPageMessages(): LaunchPageMessages {
  return useMessages(launchPageMessages);
}
