import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { sql } from '@codemirror/lang-sql';
import { bracketMatching } from '@codemirror/language';
import { Compartment, EditorState, Prec } from '@codemirror/state';
import { drawSelection, EditorView, keymap } from '@codemirror/view';
import { completionSchema, type CompletionTable } from './completion-schema';
import { DuckDbSql } from './duckdb-dialect';
import { editorTheme } from './editor-theme';

export interface SqlEditorOptions {
  parent: HTMLElement;
  text: string;
  /** The ids of the elements that name and describe the editor for assistive technology. */
  labelledBy: string;
  describedBy: string;
  tables: readonly CompletionTable[];
  onchange: (text: string) => void;
  /** Ctrl+Enter (⌘+Enter on a Mac). */
  onrun: () => void;
}

/** The SQL console's editor: the console's text in and out, its schema for completion. */
export interface SqlEditor {
  setText(text: string): void;
  setTables(tables: readonly CompletionTable[]): void;
  /** Replaces the selection with `text`, leaves the caret after it and focuses the editor. */
  insert(text: string): void;
  focus(): void;
  destroy(): void;
}

const language = (tables: readonly CompletionTable[]) =>
  sql({ dialect: DuckDbSql, schema: completionSchema(tables), upperCaseKeywords: true });

export function createSqlEditor(options: SqlEditorOptions): SqlEditor {
  const schema = new Compartment();
  const runKey = Prec.highest(
    keymap.of([
      {
        key: 'Mod-Enter',
        run: () => {
          options.onrun();
          return true;
        },
      },
    ]),
  );
  const view = new EditorView({
    parent: options.parent,
    state: EditorState.create({
      doc: options.text,
      extensions: [
        runKey,
        history(),
        drawSelection(),
        bracketMatching(),
        closeBrackets(),
        autocompletion({ icons: false }),
        schema.of(language(options.tables)),
        EditorView.lineWrapping,
        // No indentWithTab: Tab leaves the editor, so keyboard users are never trapped in it.
        keymap.of([
          ...closeBracketsKeymap,
          ...completionKeymap,
          ...historyKeymap,
          ...defaultKeymap,
        ]),
        EditorView.contentAttributes.of({
          'aria-labelledby': options.labelledBy,
          'aria-describedby': options.describedBy,
          spellcheck: 'false',
          autocapitalize: 'off',
          autocorrect: 'off',
          translate: 'no',
        }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onchange(update.state.doc.toString());
        }),
        editorTheme,
      ],
    }),
  });
  return {
    setText(text) {
      if (text === view.state.doc.toString()) return;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    setTables(tables) {
      view.dispatch({ effects: schema.reconfigure(language(tables)) });
    },
    insert(text) {
      view.dispatch(view.state.replaceSelection(text), { scrollIntoView: true });
      view.focus();
    },
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
