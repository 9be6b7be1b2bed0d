/**
 * The Inwonercloud wordmark: a cloud sheltering three roofs (one platform, many municipalities)
 * beside the name. Drawn in currentColor so it follows the theme and forced-colors mode; the
 * name stays real text, so it scales, translates and is read out (issue 11 item 16).
 */
export function Wordmark({ name }: { name: string }) {
  return (
    <>
      <svg
        className="ic-logo__mark"
        viewBox="0 0 48 32"
        aria-hidden="true"
        focusable="false"
        xmlns="http://www.w3.org/2000/svg"
      >
        <path
          fill="currentColor"
          d="M13 14a9 9 0 0 1 17.3-3.4A7 7 0 0 1 40 16.5h.5a5.5 5.5 0 0 1 0 11H8a6.5 6.5 0 0 1-.6-13A9 9 0 0 1 13 14Z"
          opacity="0.18"
        />
        <path
          fill="none"
          stroke="currentColor"
          strokeWidth="2.5"
          strokeLinejoin="round"
          strokeLinecap="round"
          d="M13 14a9 9 0 0 1 17.3-3.4A7 7 0 0 1 40 16.5h.5a5.5 5.5 0 0 1 0 11H8a6.5 6.5 0 0 1-.6-13"
        />
        <path
          fill="currentColor"
          d="M11 27.5v-6l4.5-4 4.5 4v6Zm9.5 0v-8l5-4.5 5 4.5v8Zm10.5 0v-6l4.5-4 4.5 4v6Z"
        />
      </svg>
      <span className="ic-logo__name">{name}</span>
    </>
  );
}
