import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { signIn } from './auth/session';
import { loadConfig } from './config';
import i18n, { currentLanguage, setUpI18n } from './i18n';
import './styles.css';

const root = createRoot(document.getElementById('root')!);

async function start() {
  await setUpI18n();
  document.documentElement.lang = currentLanguage();
  i18n.on('languageChanged', () => (document.documentElement.lang = currentLanguage()));
  root.render(<p className="splash">{i18n.t('app.loading')}</p>);
  const session = await signIn(await loadConfig(), currentLanguage);
  root.render(
    <StrictMode>
      <App session={session} />
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  root.render(
    <p role="alert" className="splash error">
      {i18n.t('app.startFailed', { message: error instanceof Error ? error.message : String(error) })}
    </p>,
  );
});
