import posthog from 'posthog-js';
import { Analytics } from '@vercel/analytics/next';
import '../styles.css';

// Product analytics without identities: no identify() call, no autocapture, no session
// recording, nothing persisted in the browser. Events name an action and, at most, a mode.
if (typeof window !== 'undefined' && process.env.NEXT_PUBLIC_POSTHOG_KEY) {
  posthog.init(process.env.NEXT_PUBLIC_POSTHOG_KEY, {
    api_host: 'https://eu.i.posthog.com',
    autocapture: false,
    capture_pageview: false,
    disable_session_recording: true,
    persistence: 'memory',
    person_profiles: 'identified_only',
  });
}

export default function SkylineApp({ Component, pageProps }) {
  return (
    <>
      <Component {...pageProps} />
      <Analytics />
    </>
  );
}
