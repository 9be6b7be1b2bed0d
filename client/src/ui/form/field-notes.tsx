import { createContext, type ReactNode, useContext } from 'react';

/**
 * Notes a page puts beside form controls without the form knowing (the reviewer's comment beside
 * the field it is about, issue 11): a map from control id to what to show. Every field of the form
 * kit shows its note under its label and points aria-describedby at it.
 */
const FieldNotesContext = createContext<ReadonlyMap<string, ReactNode>>(new Map());

export function FieldNotesProvider({
  notes,
  children,
}: {
  notes: ReadonlyMap<string, ReactNode>;
  children: ReactNode;
}) {
  return <FieldNotesContext.Provider value={notes}>{children}</FieldNotesContext.Provider>;
}

export function useFieldNote(id: string): ReactNode | undefined {
  return useContext(FieldNotesContext).get(id);
}

export const noteId = (id: string) => `${id}-opmerking`;

export function FieldNote({ id, note }: { id: string; note: ReactNode | undefined }) {
  if (!note) return null;
  return (
    <div className="ic-field-note" id={noteId(id)}>
      {note}
    </div>
  );
}
