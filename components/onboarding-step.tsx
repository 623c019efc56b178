// One step of the onboarding: "Step n of 3", its heading (focused when the step opens, so screen
// readers and keyboards land on the new content), and the step's content.
import type { ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import { useI18n } from './i18n';

export interface OnboardingStepProps {
  n: number;
  heading: string;
  /** Focus the heading on mount: every step but the first, which opens with the page. */
  focus: boolean;
  children: (headingId: string) => ComponentChildren;
}

export function OnboardingStep({ n, heading, focus, children }: OnboardingStepProps) {
  const { t } = useI18n();
  const id = useId();
  const ref = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <section class="step" aria-labelledby={id}>
      <p class="step-count">{t('onboarding.step', { n })}</p>
      <h2 id={id} tabIndex={-1} ref={ref}>
        {heading}
      </h2>
      {children(id)}
    </section>
  );
}
