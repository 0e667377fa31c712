import { Button, Group, Kbd } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconCircleX } from '@tabler/icons-react';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { itemDomId } from './drafts';

/**
 * Keys of the check form. F8 / F9 clash with nothing in Chromium or Electron (no menu
 * mnemonic, no browser command); Alt+letters would open the window menu on Windows and Linux.
 */
export const SHORTCUTS = { nextUnanswered: 'F8', nextFailed: 'F9' } as const;

export interface ItemRef {
  itemKey: string;
  instanceKey: string;
}

/** The control to put focus on inside an item card: the chosen radio, else the first field. */
export function focusTarget(card: HTMLElement): HTMLElement | null {
  const checked = card.querySelector<HTMLElement>('input[type="radio"]:checked:not([disabled])');
  if (checked) return checked;
  return card.querySelector<HTMLElement>(
    'input:not([type="hidden"]):not([disabled]):not([tabindex="-1"]), textarea:not([disabled]), select:not([disabled]), button:not([disabled]):not([tabindex="-1"])',
  );
}

/** Focuses an item's first control (the card itself when it has none), scrolled clear of the sticky header. */
export function focusItem(card: HTMLElement): void {
  const target = focusTarget(card);
  if (target) {
    target.focus();
    return;
  }
  card.tabIndex = -1;
  card.focus();
}

/**
 * The next item card after the one holding focus (or after the top of the screen), among
 * `wanted`, in the order of the form; it wraps around to the first.
 */
export function nextCard(wanted: ItemRef[], from: Element | null): HTMLElement | null {
  const ids = new Set(wanted.map((w) => itemDomId(w.itemKey, w.instanceKey)));
  const cards = [...document.querySelectorAll<HTMLElement>('[data-testid="check-item"]')].filter((c) => ids.has(c.id));
  if (cards.length === 0) return null;
  const current = from?.closest<HTMLElement>('[data-testid="check-item"]') ?? null;
  if (current) {
    const after = cards.find((c) => current.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING);
    return after ?? cards[0]!;
  }
  return cards[0]!;
}

/**
 * Opening a check puts focus on its first unanswered required item (once); F8 jumps to the next
 * unanswered item and F9 to the next failed one (a "Không đạt" verdict). Returns the jump actions
 * for the buttons that show the keys.
 */
export function useCheckFormKeys({ missing, failed, ready, readOnly }: { missing: ItemRef[]; failed: ItemRef[]; ready: boolean; readOnly: boolean }) {
  const { t } = useTranslation('a11y');
  const focused = useRef(false);
  const latest = useRef({ missing, failed });
  useEffect(() => {
    latest.current = { missing, failed };
  }, [missing, failed]);
  // The item last worked on: the jump buttons take focus away from it.
  const lastCard = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const onFocus = (e: FocusEvent) => {
      const card = (e.target as Element | null)?.closest?.<HTMLElement>('[data-testid="check-item"]');
      if (card) lastCard.current = card;
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);

  useEffect(() => {
    if (!ready || readOnly || focused.current) return;
    focused.current = true;
    const first = nextCard(missing, null);
    if (first) focusItem(first);
  }, [ready, readOnly, missing]);

  const jump = useCallback(
    (which: 'missing' | 'failed') => {
      const active = document.activeElement?.closest('[data-testid="check-item"]') ? document.activeElement : lastCard.current?.isConnected ? lastCard.current : null;
      const card = nextCard(latest.current[which], active);
      if (card) focusItem(card);
      else notifications.show({ message: t('shortcuts.none'), autoClose: 3000 });
    },
    [t],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (e.key === SHORTCUTS.nextUnanswered) {
        e.preventDefault();
        jump('missing');
      } else if (e.key === SHORTCUTS.nextFailed) {
        e.preventDefault();
        jump('failed');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [jump]);

  return jump;
}

/** The two jumps as buttons in the sticky header, each showing its key. */
export function ShortcutButtons({ jump, failedCount }: { jump(which: 'missing' | 'failed'): void; failedCount: number }) {
  const { t } = useTranslation('a11y');
  return (
    <Group gap="xs" wrap="nowrap" data-testid="form-shortcuts">
      <Button
        variant="default"
        size="compact-sm"
        leftSection={<IconArrowDown size={14} aria-hidden />}
        rightSection={<Kbd size="xs">{SHORTCUTS.nextUnanswered}</Kbd>}
        aria-keyshortcuts={SHORTCUTS.nextUnanswered}
        onClick={() => jump('missing')}
      >
        {t('shortcuts.nextUnanswered')}
      </Button>
      <Button
        variant="default"
        size="compact-sm"
        leftSection={<IconCircleX size={14} aria-hidden />}
        rightSection={<Kbd size="xs">{SHORTCUTS.nextFailed}</Kbd>}
        aria-keyshortcuts={SHORTCUTS.nextFailed}
        onClick={() => jump('failed')}
        disabled={failedCount === 0}
      >
        {t('shortcuts.nextFailed')} ({failedCount})
      </Button>
    </Group>
  );
}
