/**
 * Every action of the workbench, in one list that the formatting toolbar, the editor keymap, the global
 * shortcuts, the command palette (Ctrl/Cmd+K) and the keyboard help all read. Shortcuts use CodeMirror's
 * notation, where `Mod` is Cmd on macOS and Ctrl elsewhere. Shortcuts marked `builtin` are CodeMirror's own
 * (search, undo): listed for the help view, bound by CodeMirror.
 *
 * Browser-reserved keys are avoided (Ctrl+1..9, Ctrl+Shift+I/J, Ctrl+N/T/W); `Mod-Shift-k` replaces
 * CodeMirror's delete-line for Link, and `Mod-i` replaces select-parent-syntax for Italic.
 */
import { openSafetyDialog } from '../safety/dialogs-store';
import { EditorSelection } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { openSearchPanel } from '@codemirror/search';
import { redo, undo } from '@codemirror/commands';
import type { Stores } from '../../state/create-stores';
import { toggleInline } from '../../core/edits/inline';
import { insertImage, insertLink } from '../../core/edits/link';
import { setHeading, toggleCodeBlock, toggleList, toggleQuote } from '../../core/edits/blocks';
import type { EditCommand } from '../../core/edits/types';
import { readFrontMatterCached as readFrontMatter } from '../../core/front-matter/read-front-matter';
import { exportFileName } from '../../core/bundle/slug';
import { encodePost } from '../../core/import/read-text-file';
import { downloadFile } from '../common/download';
import { getEditorView } from './editor-handle';

/** What the workbench does for commands (dialogs, files, messages). */
export interface WorkbenchActions {
  openPalette(): void;
  openHelp(): void;
  openAppearance(): void;
  /** The site's Markdown settings (Hugo's goldmark switches). */
  openSiteSettings(): void;
  /** Show the file picker for importing posts. */
  chooseFiles(): void;
  notify(message: string, tone?: 'info' | 'error'): void;
  /** Ask before exporting a post marked `draft: true`; resolves whether to go ahead. */
  confirmExport(): Promise<boolean>;
  /** Export the open post as one standalone HTML file. */
  exportHtml(): Promise<void>;
  copyHtml(): Promise<void>;
  copyMarkdown(): Promise<void>;
  /** Move keyboard focus to a workbench panel. */
  focusPanel(panel: 'outline' | 'problems'): void;
}

/** What a command acts on. */
export interface CommandContext {
  stores: Stores;
  /** The mounted source editor, or null (no draft open). */
  view: EditorView | null;
  ui: WorkbenchActions;
}

/** Groups, in the order the help view lists them. */
export const COMMAND_GROUPS = ['Format', 'Insert', 'Edit', 'File', 'View', 'Help'] as const;

/** One action. */
export interface Command {
  id: string;
  label: string;
  group: (typeof COMMAND_GROUPS)[number];
  /** CodeMirror notation (`Mod-Shift-k`). */
  shortcut?: string;
  /** Bound by CodeMirror itself; listed here so the help view shows it. */
  builtin?: boolean;
  /** `editor`: only while the editor has focus (formatting); `global`: anywhere in the app. */
  scope: 'editor' | 'global';
  /** Short text for the formatting toolbar (commands without it are not on the toolbar). */
  toolbar?: string;
  run(ctx: CommandContext): void | Promise<void>;
  isEnabled(ctx: CommandContext): boolean;
}

const hasEditor = (ctx: CommandContext) => ctx.view !== null;
const hasDraft = (ctx: CommandContext) => ctx.stores.document.getState().id !== null;
const always = () => true;

/** Apply a pure edit at the editor's main selection, as one undoable transaction. */
export function applyEditCommand(view: EditorView, edit: EditCommand): void {
  const { main } = view.state.selection;
  const result = edit(view.state.doc.toString(), { anchor: main.anchor, head: main.head });
  view.dispatch({
    changes: result.changes,
    selection: EditorSelection.single(result.selection.anchor, result.selection.head),
    userEvent: 'input.format',
    scrollIntoView: true,
  });
  view.focus();
}

function format(
  id: string,
  label: string,
  group: 'Format' | 'Insert',
  edit: EditCommand,
  shortcut?: string,
  toolbar?: string,
): Command {
  return {
    id,
    label,
    group,
    shortcut,
    toolbar,
    scope: 'editor',
    run: (ctx) => {
      if (ctx.view) applyEditCommand(ctx.view, edit);
    },
    isEnabled: hasEditor,
  };
}

function editorCommand(
  id: string,
  label: string,
  shortcut: string,
  run: (view: EditorView) => unknown,
): Command {
  return {
    id,
    label,
    group: 'Edit',
    shortcut,
    builtin: true,
    scope: 'editor',
    run: (ctx) => {
      if (!ctx.view) return;
      ctx.view.focus();
      run(ctx.view);
    },
    isEnabled: hasEditor,
  };
}

/** Export the open post as its `.md` file (asking first when it is marked draft). */
async function exportMarkdown(ctx: CommandContext): Promise<void> {
  if (!(await ctx.ui.confirmExport())) return;
  const { text } = ctx.stores.document.getState();
  const read = readFrontMatter(text);
  const title = read.ok && typeof read.data.title === 'string' ? read.data.title : '';
  downloadFile(exportFileName(title), encodePost(text));
}

async function openSample(ctx: CommandContext): Promise<void> {
  const { SAMPLE_POST } = await import('../../core/post/sample-post');
  await ctx.stores.library.getState().importFiles([{ name: 'sample-post.md', text: SAMPLE_POST }]);
}

const HEADINGS: Command[] = [1, 2, 3, 4, 5, 6].map((level) =>
  format(
    `heading-${level}`,
    `Heading ${level}`,
    'Format',
    setHeading(level),
    `Mod-Alt-${level}`,
    level <= 3 ? `H${level}` : undefined,
  ),
);

/** The commands, in palette order. */
export const COMMANDS: readonly Command[] = [
  format('bold', 'Bold', 'Format', toggleInline('bold'), 'Mod-b', 'B'),
  format('italic', 'Italic', 'Format', toggleInline('italic'), 'Mod-i', 'I'),
  format('strikethrough', 'Strikethrough', 'Format', toggleInline('strikethrough'), 'Mod-Shift-x', 'S'),
  format('code', 'Inline code', 'Format', toggleInline('code'), 'Mod-e', '</>'),
  ...HEADINGS,
  format('paragraph', 'Paragraph (no heading)', 'Format', setHeading(0), 'Mod-Alt-0'),
  format('bullet-list', 'Bulleted list', 'Format', toggleList('bullet'), 'Mod-Shift-8', '•'),
  format('ordered-list', 'Numbered list', 'Format', toggleList('ordered'), 'Mod-Shift-7', '1.'),
  format('task-list', 'Task list', 'Format', toggleList('task'), 'Mod-Shift-9', '☐'),
  format('quote', 'Quote', 'Format', toggleQuote, 'Mod-Shift-.', '❝'),
  format('code-block', 'Code block', 'Format', toggleCodeBlock, 'Mod-Alt-c', '{ }'),
  format('link', 'Link', 'Insert', insertLink, 'Mod-Shift-k', 'Link'),
  format('image', 'Image', 'Insert', insertImage, 'Mod-Alt-k', 'Image'),
  editorCommand('find', 'Find and replace', 'Mod-f', openSearchPanel),
  editorCommand('undo', 'Undo', 'Mod-z', undo),
  editorCommand('redo', 'Redo', 'Mod-Shift-z', redo),
  {
    id: 'save',
    label: 'Save now',
    group: 'File',
    shortcut: 'Mod-s',
    scope: 'global',
    run: (ctx) => ctx.stores.document.getState().saveNow(),
    isEnabled: hasDraft,
  },
  {
    id: 'new-post',
    label: 'New post',
    group: 'File',
    scope: 'global',
    run: async (ctx) => void (await ctx.stores.library.getState().createDraft()),
    isEnabled: always,
  },
  {
    id: 'open-sample',
    label: 'Open sample post',
    group: 'File',
    scope: 'global',
    run: openSample,
    isEnabled: always,
  },
  {
    id: 'import',
    label: 'Import Markdown files…',
    group: 'File',
    scope: 'global',
    run: (ctx) => ctx.ui.chooseFiles(),
    isEnabled: always,
  },
  {
    id: 'export-markdown',
    label: 'Export .md',
    group: 'File',
    scope: 'global',
    run: exportMarkdown,
    isEnabled: hasDraft,
  },
  {
    id: 'export-html',
    label: 'Export HTML',
    group: 'File',
    scope: 'global',
    run: (ctx) => ctx.ui.exportHtml(),
    isEnabled: hasDraft,
  },
  {
    id: 'copy-html',
    label: 'Copy as HTML',
    group: 'File',
    scope: 'global',
    run: (ctx) => ctx.ui.copyHtml(),
    isEnabled: hasDraft,
  },
  {
    id: 'copy-markdown',
    label: 'Copy as Markdown',
    group: 'File',
    scope: 'global',
    run: (ctx) => ctx.ui.copyMarkdown(),
    isEnabled: hasDraft,
  },
  ...(
    [
      ['history', 'History of this post…', hasDraft],
      ['trash', 'Trash…', always],
      ['storage', 'Storage and backup…', always],
    ] as const
  ).map(([dialog, label, isEnabled]): Command => ({
    id: `open-${dialog}`,
    label,
    group: 'File',
    scope: 'global',
    run: () => openSafetyDialog(dialog),
    isEnabled,
  })),
  {
    id: 'toggle-preview',
    label: 'Show or hide preview',
    group: 'View',
    scope: 'global',
    run: (ctx) => {
      const s = ctx.stores.settings.getState();
      s.setPreviewHidden(!s.previewHidden);
    },
    isEnabled: always,
  },
  {
    id: 'toggle-scroll-sync',
    label: 'Scroll sync on or off',
    group: 'View',
    scope: 'global',
    run: (ctx) => {
      const s = ctx.stores.settings.getState();
      s.setScrollSync(!s.scrollSync);
      ctx.ui.notify(`Scroll sync ${s.scrollSync ? 'off' : 'on'}.`);
    },
    isEnabled: always,
  },
  {
    id: 'toggle-raw-html',
    label: 'Render raw HTML on or off',
    group: 'View',
    scope: 'global',
    run: (ctx) => {
      const s = ctx.stores.settings.getState();
      s.setUnsafeHtml(!s.unsafeHtml);
    },
    isEnabled: always,
  },
  ...(['system', 'light', 'dark'] as const).map((theme): Command => ({
    id: `theme-${theme}`,
    label: theme === 'system' ? 'Theme: follow the system' : `Theme: ${theme}`,
    group: 'View',
    scope: 'global',
    run: (ctx) => ctx.stores.settings.getState().setTheme(theme),
    isEnabled: always,
  })),
  {
    id: 'appearance',
    label: 'Appearance and preview styles…',
    group: 'View',
    scope: 'global',
    run: (ctx) => ctx.ui.openAppearance(),
    isEnabled: always,
  },
  {
    id: 'site-settings',
    label: 'Site settings: Markdown (Hugo goldmark)…',
    group: 'View',
    scope: 'global',
    run: (ctx) => ctx.ui.openSiteSettings(),
    isEnabled: always,
  },
  {
    id: 'toggle-typographer',
    label: 'Typographer on or off',
    group: 'View',
    scope: 'global',
    run: (ctx) => {
      const s = ctx.stores.settings.getState();
      s.setTypographer(!s.typographer);
      ctx.ui.notify(`Typographer ${s.typographer ? 'off' : 'on'}.`);
    },
    isEnabled: always,
  },
  {
    id: 'focus-editor',
    label: 'Go to the editor',
    group: 'View',
    scope: 'global',
    run: () => getEditorView()?.focus(),
    isEnabled: hasEditor,
  },
  {
    id: 'focus-outline',
    label: 'Go to the outline',
    group: 'View',
    scope: 'global',
    run: (ctx) => ctx.ui.focusPanel('outline'),
    isEnabled: hasDraft,
  },
  {
    id: 'focus-problems',
    label: 'Go to the problems list',
    group: 'View',
    scope: 'global',
    run: (ctx) => ctx.ui.focusPanel('problems'),
    isEnabled: hasDraft,
  },
  {
    id: 'palette',
    label: 'Command palette',
    group: 'Help',
    shortcut: 'Mod-k',
    scope: 'global',
    run: (ctx) => ctx.ui.openPalette(),
    isEnabled: always,
  },
  {
    id: 'help',
    label: 'Keyboard shortcuts',
    group: 'Help',
    shortcut: 'Mod-/',
    scope: 'global',
    run: (ctx) => ctx.ui.openHelp(),
    isEnabled: always,
  },
];
