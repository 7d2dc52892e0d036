import api, { route } from '@forge/api';

// The three Confluence calls the app makes, all as the signed-in user so page and space
// permissions apply. The template body is returned to the caller and never stored.

async function json(response, what) {
  if (!response.ok) throw new Error(`${what} failed with HTTP ${response.status}`);
  return response.json();
}

/** The template page with its storage-format body, labels, space and parent. */
export async function getTemplatePage(contentId) {
  const expand = 'body.storage,metadata.labels,space,ancestors';
  const response = await api.asUser().requestConfluence(route`/wiki/rest/api/content/${contentId}?expand=${expand}`);
  return json(response, 'Reading the template page');
}

/** One clone: a copy of the template with its own title and the placeholders filled in. */
export async function copyPage(templateId, { destination, title, storageBody }) {
  const response = await api.asUser().requestConfluence(route`/wiki/rest/api/content/${templateId}/copy`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({
      destination,
      pageTitle: title,
      body: { storage: { value: storageBody, representation: 'storage' } },
      copyAttachments: true,
      copyLabels: false,
      copyPermissions: false,
      copyProperties: false,
    }),
  });
  return json(response, 'Creating a clone');
}

export async function addLabels(contentId, labels) {
  if (labels.length === 0) return;
  const response = await api.asUser().requestConfluence(route`/wiki/rest/api/content/${contentId}/label`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(labels.map((name) => ({ prefix: 'global', name }))),
  });
  await json(response, 'Adding labels');
}
