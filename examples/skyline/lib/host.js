// Browser-side helpers for the Connect iframes: the Confluence JS API (window.AP) and calls to
// Skyline's own API with the context JWT.

/** Skyline's API, authenticated with a short-lived context JWT from Confluence. */
export async function api(path, { method = 'GET', body } = {}) {
  const token = await AP.context.getToken();
  const response = await fetch(path, {
    method,
    headers: { Authorization: `JWT ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = await response.json();
  if (!response.ok) throw new Error(data.error ?? `Request failed (${response.status})`);
  return data;
}

/** The Skyline page is stored in the macro body (Confluence keeps it with the page). */
export const readMacroBody = () =>
  new Promise((resolve) => AP.confluence.getMacroBody((body) => resolve(body ? JSON.parse(body) : { blocks: [] })));

export function saveMacroBody(page) {
  AP.confluence.saveMacro({ version: '3' }, JSON.stringify(page));
  AP.confluence.closeMacroEditor();
}

export const currentContentId = () =>
  new Promise((resolve) => AP.navigator.getLocation((location) => resolve(location.context.contentId)));

const siteBase = () => new Promise((resolve) => AP.getLocation((url) => resolve(`${new URL(url).origin}/wiki`)));

/**
 * The only read of existing Confluence content: is the page still a draft? Attachments of a
 * page that was never published must be uploaded with status=draft. (Connect scope READ.)
 */
export async function getPageStatus(pageId) {
  const { body } = await AP.request(`/api/v2/pages/${pageId}?status=current&status=draft`);
  return JSON.parse(body).status === 'draft' ? 'draft' : 'current';
}

/** Stores a user image as an attachment of the page and returns its URL. (Connect scope WRITE.) */
export async function uploadImage(pageId, file) {
  const status = await getPageStatus(pageId);
  const { body } = await AP.request({
    url: `/rest/api/content/${pageId}/child/attachment?status=${status}`,
    type: 'POST',
    contentType: 'multipart/form-data',
    data: { file, minorEdit: 'true' },
    headers: { 'X-Atlassian-Token': 'no-check' },
  });
  const attachment = JSON.parse(body).results[0];
  return `${await siteBase()}${attachment._links.download}`;
}

/** Reads an image the user attaches to a prompt; it goes to the AI provider and nowhere else. */
export const readImage = (file) =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ mimeType: file.type, data: String(reader.result).split(',')[1] });
    reader.onerror = () => reject(new Error('Could not read the image.'));
    reader.readAsDataURL(file);
  });
