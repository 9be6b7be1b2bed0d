import { NavLink } from 'react-router';
import { useMessages } from '../../identity/use-messages.ts';
import { reviewMessages } from '../messages.ts';

const LINK_CLASS = 'utrecht-link utrecht-link--html-a ic-subnav__link';

/** Between the queue and the suspended apps; NavLink marks the current one with aria-current. */
export function ReviewNav() {
  const m = useMessages(reviewMessages).nav;
  return (
    <nav className="ic-subnav" aria-label={m.label}>
      <ul className="ic-subnav__list">
        <li>
          <NavLink to="/beoordelen" end className={LINK_CLASS}>
            {m.queue}
          </NavLink>
        </li>
        <li>
          <NavLink to="/beoordelen/besluiten" className={LINK_CLASS}>
            {m.history}
          </NavLink>
        </li>
        <li>
          <NavLink to="/beoordelen/opgeschort" className={LINK_CLASS}>
            {m.suspensions}
          </NavLink>
        </li>
        <li>
          <NavLink to="/beoordelen/bezwaren" className={LINK_CLASS}>
            {m.objections}
          </NavLink>
        </li>
        <li>
          <NavLink to="/beoordelen/verlopen-bewijs" className={LINK_CLASS}>
            {m.expiredEvidence}
          </NavLink>
        </li>
        <li>
          <NavLink to="/incidenten" className={LINK_CLASS}>
            {m.incidents}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
