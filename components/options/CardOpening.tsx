// "Open the card": on hover (with its delay), on hover with a key held (which key), or on click.
import { useEffect, useId, useState } from 'preact/hooks';
import { CARD_OPENERS, HOVER_DELAY, HOVER_KEYS, type CardOpener, type HoverKey, type Settings, type SettingsPatch } from '@/lib/settings-schema';
import type { UiStrings } from '@/lib/ui-strings';
import { ChoiceGroup } from './ChoiceGroup';

export interface CardOpeningProps {
  t: UiStrings['options'];
  settings: Pick<Settings, 'openCard' | 'hoverDelayMs' | 'hoverKey'>;
  /** Key names differ on a Mac (Option, Control). */
  mac: boolean;
  update(patch: SettingsPatch): void;
}

export function CardOpening({ t, settings, mac, update }: CardOpeningProps) {
  const keys = mac ? { ...t.keys, ...t.macKeys } : t.keys;
  const words: Record<CardOpener, { label: string; hint: string }> = {
    hover: t.openCard.hover,
    'hover-key': { label: t.openCard.hoverKey(keys[settings.hoverKey]), hint: t.openCard.hoverKeyHint },
    click: t.openCard.click,
  };
  return (
    <>
      <ChoiceGroup
        legend={t.openCard.legend}
        choices={CARD_OPENERS.map((value) => ({ value, ...words[value] }))}
        value={settings.openCard}
        onChange={(openCard) => update({ openCard })}
      />
      {settings.openCard === 'hover-key' && (
        <ChoiceGroup<HoverKey>
          legend={t.openCard.keyLegend}
          choices={HOVER_KEYS.map((value) => ({ value, label: keys[value] }))}
          value={settings.hoverKey}
          onChange={(hoverKey) => update({ hoverKey })}
        />
      )}
      {settings.openCard !== 'click' && (
        <DelaySlider t={t.openCard} value={settings.hoverDelayMs} onCommit={(hoverDelayMs) => update({ hoverDelayMs })} />
      )}
    </>
  );
}

/** Saves when the slider is released (one storage write, not one per step), shows the value while it moves. */
function DelaySlider({ t, value, onCommit }: { t: UiStrings['options']['openCard']; value: number; onCommit(ms: number): void }) {
  const id = useId();
  const [shown, setShown] = useState(value);
  useEffect(() => setShown(value), [value]);
  return (
    <div class="delay">
      <label for={id}>{t.delayLabel}</label>
      <input
        id={id}
        type="range"
        min={HOVER_DELAY.min}
        max={HOVER_DELAY.max}
        step={50}
        value={shown}
        aria-valuetext={t.delaySpoken(shown)}
        onInput={(e) => setShown(Number(e.currentTarget.value))}
        onChange={(e) => onCommit(Number(e.currentTarget.value))}
      />
      <span class="delay-value" aria-hidden="true">{t.delay(shown)}</span>
    </div>
  );
}
