import { checkAnswer } from '../../../src-shared/checklists/answers';
import type { Item } from '../../../src-shared/checklists/schema';
import type { Answer, SaveAnswerInput } from '../../../src-shared/schemas/inspection';
import { ApiCallError } from '../../api/client';

/** Under DESIGN.md §9's half second: a crash loses at most this much typing. */
export const AUTOSAVE_DELAY_MS = 400;

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface ItemSaveState {
  status: SaveStatus;
  /** Bilingual reason of the last refusal (the form's own check or the core's). */
  error: { vi: string; en: string } | null;
}

/** What an edit asks to store: the raw typed value is checked when the save fires, not per keystroke. */
export interface PendingSave {
  item: Item;
  itemKey: string;
  instanceKey: string;
  raw: unknown;
  note?: string | null;
}

const IDLE: ItemSaveState = { status: 'idle', error: null };

/**
 * Autosave of answers, one debounce timer per item. Saves of one item go out in order (never
 * two at once, the latest edit wins); `flushAll` sends everything pending now (blur, leaving the
 * page, completing). A refused save keeps the typed value in the form and is retried on the
 * next edit.
 */
export class Autosaver {
  private timers = new Map<string, ReturnType<typeof setTimeout>>();
  private pending = new Map<string, PendingSave>();
  private inFlight = new Map<string, Promise<void>>();
  private states = new Map<string, ItemSaveState>();
  private listeners = new Set<() => void>();
  private lastSaved: Date | null = null;
  private version = 0;

  constructor(
    private readonly send: (input: Omit<SaveAnswerInput, 'inspectionId'>) => Promise<Answer>,
    private readonly onSaved: (key: string, answer: Answer) => void,
    private readonly delay = AUTOSAVE_DELAY_MS,
  ) {}

  schedule(key: string, save: PendingSave): void {
    this.pending.set(key, save);
    this.clearTimer(key);
    this.timers.set(
      key,
      setTimeout(() => this.fire(key), this.delay),
    );
    this.setState(key, { status: 'pending', error: this.states.get(key)?.error ?? null });
  }

  /** Sends this item's pending edit now (on blur or when it leaves the screen). */
  flush(key: string): void {
    if (this.pending.has(key)) this.fire(key);
  }

  /** Sends every pending edit and waits until all saves have answered. */
  async flushAll(): Promise<void> {
    for (const key of [...this.pending.keys()]) this.fire(key);
    await Promise.all([...this.inFlight.values()]);
  }

  hasUnsaved(): boolean {
    return this.pending.size > 0 || this.inFlight.size > 0;
  }

  state(key: string): ItemSaveState {
    return this.states.get(key) ?? IDLE;
  }

  lastSavedAt(): Date | null {
    return this.lastSaved;
  }

  /** Changes whenever any state changes (for useSyncExternalStore on form-level views). */
  snapshot(): number {
    return this.version;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private fire(key: string): void {
    this.clearTimer(key);
    const save = this.pending.get(key);
    if (!save) return;
    this.pending.delete(key);
    const previous = this.inFlight.get(key) ?? Promise.resolve();
    const run = previous.then(() => this.store(key, save));
    this.inFlight.set(key, run);
    void run.finally(() => {
      if (this.inFlight.get(key) !== run) return;
      this.inFlight.delete(key);
      this.emit();
    });
  }

  private async store(key: string, save: PendingSave): Promise<void> {
    // Photos and signatures are attachments: their answer row only carries the note.
    const attachmentItem = save.item.type === 'photo' || save.item.type === 'signature';
    const checked = attachmentItem ? ({ ok: true, value: null } as const) : checkAnswer(save.item, save.raw);
    if (!checked.ok) {
      if (!this.pending.has(key)) this.setState(key, { status: 'error', error: { vi: checked.vi, en: checked.en } });
      return;
    }
    if (!this.pending.has(key)) this.setState(key, { status: 'saving', error: null });
    try {
      const input: Omit<SaveAnswerInput, 'inspectionId'> = { itemKey: save.itemKey, instanceKey: save.instanceKey, value: checked.value };
      if (save.note !== undefined) input.note = save.note;
      const answer = await this.send(input);
      this.lastSaved = new Date();
      this.onSaved(key, answer);
      if (!this.pending.has(key)) this.setState(key, { status: 'saved', error: null });
      else this.emit();
    } catch (e) {
      const error = e instanceof ApiCallError ? { vi: e.error.vi, en: e.error.en } : { vi: String(e), en: String(e) };
      if (!this.pending.has(key)) this.setState(key, { status: 'error', error });
    }
  }

  private clearTimer(key: string): void {
    const t = this.timers.get(key);
    if (t !== undefined) clearTimeout(t);
    this.timers.delete(key);
  }

  private setState(key: string, state: ItemSaveState): void {
    this.states.set(key, state);
    this.emit();
  }

  private emit(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}
