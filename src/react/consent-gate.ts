import type { ReactNode } from 'react';
import type { CategoryId } from './register';
import { useConsent } from './use-consent';

/** Props of `<Consent>`. */
export interface ConsentProps {
  /** The optional category the children need. */
  category: CategoryId | 'necessary';
  /** Shown instead while the category is not granted (e.g. a "this video needs marketing cookies" box). @default null */
  fallback?: ReactNode;
  children?: ReactNode;
}

/** Renders its children only while `category` is granted, else `fallback`; follows every change. */
export function Consent({ category, fallback = null, children }: ConsentProps): ReactNode {
  return useConsent(category) ? children : fallback;
}
