// Onboarding: language, first brand, done (marks settings.onboarded so it is not offered again).
import { useRef, useState } from 'preact/hooks';
import { send } from '../../utils/messaging/client';
import { BrandForm } from '../../utils/mentions/ui/brand-form';
import { useI18n, usePageTitle } from '../../components/i18n';
import { AppHeader } from '../../components/app-header';
import { LanguageSwitcher } from '../../components/language-switcher';
import { OnboardingStep } from '../../components/onboarding-step';
import { StatusRegion, useStatus } from '../../components/status';

export function App() {
  const { t } = useI18n();
  usePageTitle('onboarding.title');
  const [step, setStep] = useState<1 | 2 | 3>(1);
  const [status, announce] = useStatus();
  // Focus goes to each new step's heading once the user has moved, not on first load.
  const moved = useRef(false);
  const go = (n: 1 | 2 | 3) => {
    moved.current = true;
    setStep(n);
  };

  function finish() {
    go(3);
    send('settings.set', { onboarded: true }).catch((error: unknown) =>
      console.error('[tact] onboarded not saved', error),
    );
  }

  return (
    <main class="page onboarding">
      <AppHeader title={t('onboarding.title')} />
      <p class="lead">{t('onboarding.intro')}</p>
      {step === 1 ? (
        <OnboardingStep key={1} n={1} heading={t('onboarding.languageHeading')} focus={moved.current}>
          {() => (
            <>
              <LanguageSwitcher announce={announce} />
              <button type="button" class="primary" onClick={() => go(2)}>
                {t('onboarding.continue')}
              </button>
            </>
          )}
        </OnboardingStep>
      ) : step === 2 ? (
        <OnboardingStep key={2} n={2} heading={t('onboarding.brandHeading')} focus>
          {(headingId) => (
            <>
              <p>{t('onboarding.brandIntro')}</p>
              <BrandForm
                save={(brand) => send('brands.save', { brand })}
                onSaved={finish}
                announce={announce}
                labelledBy={headingId}
              />
              <div class="actions">
                <button type="button" onClick={() => go(1)}>
                  {t('onboarding.back')}
                </button>
                <button type="button" onClick={finish}>
                  {t('onboarding.skip')}
                </button>
              </div>
            </>
          )}
        </OnboardingStep>
      ) : (
        <OnboardingStep key={3} n={3} heading={t('onboarding.doneHeading')} focus>
          {() => (
            <>
              <p>{t('onboarding.doneText')}</p>
              <p class="note">{t('common.privacy')}</p>
              <a class="button primary" href="/options.html">
                {t('onboarding.openOptions')}
              </a>
            </>
          )}
        </OnboardingStep>
      )}
      <StatusRegion message={status} />
    </main>
  );
}
