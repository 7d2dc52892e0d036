// Copying is the whole product: the template text goes to the user's clipboard and the user
// pastes it into a page they own. Nothing leaves the browser.

export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Only a fixed message: the template text is never logged.
    console.error('Copy to clipboard failed; select the preview text and copy it manually.');
    return false;
  }
}
