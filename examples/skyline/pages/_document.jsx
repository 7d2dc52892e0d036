import { Head, Html, Main, NextScript } from 'next/document';

// Every Connect iframe needs Atlassian's all.js to talk to Confluence (window.AP).
export default function Document() {
  return (
    <Html lang="en">
      <Head>
        <script src="https://connect-cdn.atl-paas.net/all.js" async={false} />
      </Head>
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
