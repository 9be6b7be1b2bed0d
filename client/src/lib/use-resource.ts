import { useCallback, useEffect, useRef, useState } from 'react';

export type Resource<T> =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; data: T };

export interface ResourceHandle<T> {
  state: Resource<T>;
  /** Loads again; the old data stays on screen until the new data is there. */
  reload: () => void;
  /** Replaces the data with what a write returned, so the page needs no second request. */
  setData: (data: T) => void;
}

/**
 * Loads data for a page. `key` says when to load again (an id, a filter); the loader itself
 * may be a new function each render. A newer load aborts the older one, so an answer that
 * arrives late can never overwrite a newer one.
 */
export function useResource<T>(key: string, load: (signal: AbortSignal) => Promise<T>): ResourceHandle<T> {
  const [state, setState] = useState<Resource<T>>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const keyRef = useRef(key);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the reload trigger; it is meant to rerun the effect.
  useEffect(() => {
    const controller = new AbortController();
    // A different key is different data: do not show the old data meanwhile.
    if (keyRef.current !== key) {
      keyRef.current = key;
      setState({ status: 'loading' });
    }
    loadRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ready', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const setData = useCallback((data: T) => setState({ status: 'ready', data }), []);
  return { state, reload, setData };
}
