import index from '../../lessons/index.json';

/** A lesson as the Lessons menu lists it. */
export interface LessonEntry {
  /** Path inside `lessons/`, e.g. `01-basics/01-runnext.gosched`. */
  readonly file: string;
  readonly title: string;
}

/** A group of lessons, in teaching order. */
export interface LessonGroup {
  readonly id: string;
  readonly title: string;
  readonly lessons: readonly LessonEntry[];
}

// Bundled with the app, so the library works offline (the files are small: about 200 KB in all).
const files = import.meta.glob<string>('../../lessons/**/*.gosched', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function titleOf(file: string): string {
  try {
    return (JSON.parse(files[`../../lessons/${file}`] ?? '{}') as { title?: string }).title ?? file;
  } catch {
    return file;
  }
}

/** The shipped lesson library, grouped as `lessons/index.json` orders it. */
export const LESSON_GROUPS: readonly LessonGroup[] = index.groups.map((g) => ({
  id: g.id,
  title: g.title,
  lessons: g.lessons.map((file) => ({ file, title: titleOf(file) })),
}));

/** The text of a shipped lesson file. */
export function loadLesson(file: string): string {
  const text = files[`../../lessons/${file}`];
  if (text === undefined) throw new Error(`no lesson ${file} in the library`);
  return text;
}
