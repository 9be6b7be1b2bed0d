import { Alert } from './alert.tsx';
import { Paragraph } from './paragraph.tsx';

/** The outcome of something the user just did. */
export interface Notice {
  type: 'ok' | 'error';
  text: string;
}

/**
 * One live region for the outcome of an action. It is always in the page, so a screen reader
 * announces what appears in it: an error at once (`alert`), success politely (`status`).
 */
export function NoticeRegion({ notice }: { notice: Notice | null }) {
  return (
    <div role={notice?.type === 'error' ? 'alert' : 'status'}>
      {notice && (
        <Alert type={notice.type}>
          <Paragraph>{notice.text}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
