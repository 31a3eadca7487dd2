import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';

// The page's colours come from light-dark() variables (app.css), so one theme serves both schemes;
// each syntax colour keeps 4.5:1 contrast against --panel in its scheme.
const highlight = HighlightStyle.define([
  { tag: tags.keyword, color: 'light-dark(#7a1fa2, #d7a6ff)' },
  { tag: [tags.typeName, tags.standard(tags.name)], color: 'light-dark(#005a8c, #7cc0ff)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'light-dark(#1a6b1a, #8fd18f)' },
  { tag: [tags.number, tags.bool, tags.null], color: 'light-dark(#9a3d00, #ffb070)' },
  { tag: tags.comment, color: 'var(--muted)', fontStyle: 'italic' },
  { tag: tags.invalid, color: 'var(--error)' },
]);

const layout = EditorView.theme({
  '&': {
    border: '1px solid var(--border)',
    borderRadius: '4px',
    background: 'var(--panel)',
    color: 'var(--text)',
    fontSize: 'max(0.875rem, var(--least-field-font-size))',
  },
  '&.cm-focused': { outline: '3px solid var(--link)', outlineOffset: '2px' },
  '.cm-scroller': {
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    minHeight: '10lh',
    maxHeight: '30lh',
  },
  '.cm-content': { padding: '0.5rem 0', caretColor: 'var(--text)' },
  '.cm-line': { padding: '0 0.5rem' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--text)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground':
    { background: 'var(--highlight)' },
  '&.cm-focused .cm-matchingBracket': {
    background: 'var(--highlight)',
    outline: '1px solid var(--ok)',
  },
  '&.cm-focused .cm-nonmatchingBracket': { outline: '1px solid var(--error)' },
  '.cm-tooltip': {
    border: '1px solid var(--border)',
    background: 'var(--panel)',
    color: 'var(--text)',
  },
  '.cm-tooltip-autocomplete > ul > li[aria-selected]': {
    background: 'var(--link)',
    color: 'var(--panel)',
  },
  '.cm-completionDetail': { color: 'inherit', opacity: '0.85' },
});

/** The editor's look in the page's light and dark schemes. */
export const editorTheme = [layout, syntaxHighlighting(highlight)];
