import { type LoaderFunctionArgs, redirect } from 'react-router';
import type { AppDetail, AppList, Category } from '../../../shared/schemas/catalog.ts';
import { readRememberedMunicipality } from '../municipalities/remembered-municipality.ts';
import { type AppSearch, fetchApp, fetchApps, fetchCategories } from './api.ts';
import { readAppSearch } from './search-params.ts';

export interface HomeData {
  /** Null when the categories could not load: the search still works, so the page stays. */
  categories: Category[] | null;
}

export async function homeLoader({ request }: LoaderFunctionArgs): Promise<HomeData> {
  try {
    return { categories: await fetchCategories(request.signal) };
  } catch (error) {
    if (request.signal.aborted) throw error;
    return { categories: null };
  }
}

export interface ResultsData {
  list: AppList;
  search: AppSearch;
}

export async function resultsLoader({ request }: LoaderFunctionArgs): Promise<ResultsData> {
  const url = new URL(request.url);
  // The remembered municipality is the default filter; putting it in the URL keeps the
  // URL the one truth about what is shown, so it can be shared and the back button works.
  if (!url.searchParams.has('municipality')) {
    const remembered = readRememberedMunicipality();
    if (remembered) {
      url.searchParams.set('municipality', remembered);
      throw redirect(`${url.pathname}${url.search}`);
    }
  }
  const search = readAppSearch(url.searchParams);
  return { list: await fetchApps(search, request.signal), search };
}

export async function appLoader({ params, request }: LoaderFunctionArgs): Promise<AppDetail> {
  return fetchApp(params.slug ?? '', request.signal);
}
