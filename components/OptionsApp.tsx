import { useEffect, useState } from 'preact/hooks';
import { TOPICS } from '@/lib/topics';
import { getSettings, updateSettings, type Settings } from '@/utils/settings';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => void getSettings().then(setSettings), []);
  if (!settings) return <p>Loading…</p>;
  return (
    <main>
      <h1>Fact Notes — Options</h1>
      <fieldset>
        <legend>Topics</legend>
        {TOPICS.map((t) => (
          <label key={t.id}>
            <input
              type="checkbox"
              checked={settings.topics[t.id]}
              onChange={async (e) =>
                setSettings(await updateSettings({ topics: { ...settings.topics, [t.id]: e.currentTarget.checked } }))
              }
            />
            {t.names.en}
          </label>
        ))}
      </fieldset>
    </main>
  );
}
