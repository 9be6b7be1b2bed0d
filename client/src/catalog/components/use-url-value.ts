import { useState } from 'react';

/**
 * Local state for a form control whose truth lives in the URL: it follows the URL when that
 * changes elsewhere (back button, pagination), and the control answers at once while the
 * next page loads. Adjusting state during render is React's advice for this, not an effect.
 */
export function useUrlValue(urlValue: string): [string, (value: string) => void] {
  const [seen, setSeen] = useState(urlValue);
  const [value, setValue] = useState(urlValue);
  if (seen !== urlValue) {
    setSeen(urlValue);
    setValue(urlValue);
  }
  return [value, setValue];
}
